// The demo imports seamkit through its public entry points only.
import { init, checkContrast, SeamkitError } from 'seamkit';
import { startClaims } from './claims.js';
import { startProfile } from './profile.js';
import { startAudit } from './audit.js';
import { registerOffline } from './offline.js';

const $ = (id) => document.getElementById(id);

function render() {
  const fg = $('fg').value;
  const bg = $('bg').value;
  try {
    const c = checkContrast(fg, bg, { fontSizePx: 16 });
    $('ratio').textContent = `${c.ratio.toFixed(2)}:1`;
    $('aa').textContent = c.aa ? `Pass (needs ${c.required.aa}:1)` : `Fail (needs ${c.required.aa}:1)`;
    $('aaa').textContent = c.aaa ? `Pass (needs ${c.required.aaa}:1)` : `Fail (needs ${c.required.aaa}:1)`;
    $('sample').style.color = fg;
    $('sample').style.backgroundColor = bg;
    $('status').textContent = 'Computed by the WebAssembly core.';
  } catch (e) {
    const why = e instanceof SeamkitError ? e.message : String(e);
    $('ratio').textContent = '—';
    $('aa').textContent = '—';
    $('aaa').textContent = '—';
    $('status').textContent = `Cannot compute: ${why}`;
  }
}

/** Shown in words in the page, never only in the console. */
function showError(what, e) {
  const box = $('app-error');
  box.hidden = false;
  box.textContent = `${what}: ${e?.message ?? e}. Reload the page to try again.`;
}

window.addEventListener('unhandledrejection', (e) => showError('Something went wrong', e.reason));
registerOffline();
try {
  await init();
  $('fg').addEventListener('input', render);
  $('bg').addEventListener('input', render);
  render();
  startProfile();
  startAudit();
  startClaims();
} catch (e) {
  $('status').textContent = `seamkit could not start: ${e.message}`;
  showError('seamkit could not start', e);
}
