// "Create your profile": the avatar is made in a Worker from the moment a
// photo is chosen, while the user types; by "Continue" it is there. No photo:
// the avatar from the name. A live panel shows the face detector's figures
// from seamkit's on-device monitor.
import { monitor } from 'seamkit';
import 'seamkit/elements/avatar';

const $ = (id) => document.getElementById(id);
const MODEL = 'blazeface-front';
// The models are served next to the page (copied there by build-demo.mjs).
const REGISTRY = { manifestUrl: './models/manifest.json' };

const STYLE_NAMES = { cartoon: 'cartoon', posterize: 'posterised', duotone: 'two-tone',
  sketch: 'pencil sketch' };

// Before the element's first warm-up (when it comes into view): the jobs'
// registry, so the warm-up loads the same model the jobs will use.
document.getElementById('avatar').registry = REGISTRY;

let monitorReady = false;
let pickedAt = 0;
let firstPreviewMs = null;

const fmtMs = (v) => (v == null ? '—' : `${v < 10 ? v.toFixed(1) : Math.round(v)} ms`);

function renderMonitor() {
  if (!monitorReady) return;
  const m = monitor.snapshot().models[MODEL];
  if (!m) return;
  $('m-model').textContent = `${m.model} ${m.version}`;
  $('m-p50').textContent = fmtMs(m.latencyMs.p50);
  $('m-p95').textContent = fmtMs(m.latencyMs.p95);
  $('m-runs').textContent = String(m.successes);
  $('m-fallbacks').textContent = String(m.fallbacks);
}

/** The Worker runs the model; its figures are recorded here, on the page's monitor. */
function record(result) {
  if (!monitorReady) return;
  if (result.model && result.timings.inference != null) {
    monitor.recordRun(MODEL, result.timings.inference, result.model.version);
  }
  if (result.fallback && result.fallback.reason !== 'no-photo') {
    monitor.recordFallback(MODEL, { reason: result.fallback.reason });
  }
  renderMonitor();
}

async function configureMonitor() {
  try {
    const res = await fetch(REGISTRY.manifestUrl);
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    monitor.configure(await res.text());
    monitorReady = true;
  } catch (e) {
    $('m-model').textContent = `Monitor unavailable: ${e.message}`;
  }
}

function nameError(show) {
  const err = $('p-name-error');
  const input = $('p-name');
  err.hidden = !show;
  err.textContent = show ? 'Please enter your name: it is shown on your profile.' : '';
  if (show) input.setAttribute('aria-invalid', 'true'); else input.removeAttribute('aria-invalid');
}

function describeResult(result) {
  if (result.kind === 'photo') {
    return `Ready: ${STYLE_NAMES[result.style] ?? result.style} avatar from your photo. ` +
      `${result.face?.confidence.message ?? ''}`;
  }
  return result.fallback?.reason === 'no-photo'
    ? 'Ready: an avatar made from your name. Choose a photo for a picture of you.'
    : `Ready: ${result.fallback?.message ?? 'an avatar made from your name.'}`;
}

async function finish(avatar) {
  const status = $('profile-status');
  if (!$('p-name').value.trim()) {
    nameError(true);
    $('p-name').focus();
    status.textContent = 'Your profile needs a name.';
    return;
  }
  nameError(false);
  const pressedAt = performance.now();
  let result = avatar.result;
  if (avatar.state !== 'ready' && avatar.state !== 'error') {
    status.textContent = 'Finishing your avatar…';
    result = await new Promise((resolve) => {
      const done = (e) => resolve(e.type === 'avatar-ready' ? e.detail.result : null);
      avatar.addEventListener('avatar-ready', done, { once: true });
      avatar.addEventListener('avatar-error', done, { once: true });
    });
  }
  const waited = performance.now() - pressedAt;
  $('welcome-title').textContent = `Welcome, ${$('p-name').value.trim()}`;
  $('welcome-bio').textContent = $('p-bio').value.trim() || 'No bio yet.';
  const prefs = [`${STYLE_NAMES[$('p-style').value]} avatar`,
    $('p-news').checked ? 'product news on' : 'no product news',
    $('p-public').checked ? 'profile visible to members' : 'profile private'];
  $('welcome-prefs').textContent = `Preferences: ${prefs.join(', ')}.`;
  $('welcome-timing').textContent = waited < 50
    ? 'Your avatar was ready before you pressed Continue.'
    : `You waited ${(waited / 1000).toFixed(1)} s for your avatar.`;
  const img = $('welcome-avatar');
  if (result?.blob) {
    img.src = URL.createObjectURL(result.blob);
    img.alt = avatar.shadowRoot.querySelector('img')?.alt ?? 'Your avatar';
    img.hidden = false;
  } else {
    img.hidden = true;
  }
  status.textContent = '';
  $('profile-form').hidden = true;
  $('profile-done').hidden = false;
  $('profile-done').focus();
}

export function startProfile() {
  const avatar = $('avatar');
  configureMonitor().then(renderMonitor);
  const status = $('avatar-status');

  $('p-name').addEventListener('input', () => {
    avatar.setAttribute('name', $('p-name').value);
    if ($('p-name').value.trim()) nameError(false);
  });
  $('p-style').addEventListener('change', () => avatar.setAttribute('avatar-style', $('p-style').value));
  $('p-photo').addEventListener('change', (e) => {
    const file = /** @type {HTMLInputElement} */ (e.target).files?.[0] ?? null;
    pickedAt = performance.now();
    firstPreviewMs = null;
    avatar.photo = file;
    $('p-remove-photo').disabled = !file;
    status.textContent = file ? 'Working on your photo…' : 'Making an avatar from your name…';
  });
  $('p-remove-photo').addEventListener('click', () => {
    $('p-photo').value = '';
    avatar.photo = null;
    $('p-remove-photo').disabled = true;
    status.textContent = 'Photo removed: making an avatar from your name…';
    $('p-photo').focus();
  });

  avatar.addEventListener('avatar-preview', (e) => {
    if (firstPreviewMs == null && pickedAt) {
      firstPreviewMs = performance.now() - pickedAt;
      $('m-preview').textContent = `${fmtMs(firstPreviewMs)} after you chose the photo`;
    }
    if (e.detail.quality === 'aligned') status.textContent = 'Found your face: styling it…';
  });
  avatar.addEventListener('avatar-ready', (e) => {
    status.textContent = describeResult(e.detail.result);
    record(e.detail.result);
  });
  avatar.addEventListener('avatar-error', (e) => {
    status.textContent = `The avatar could not be made: ${e.detail.error.message}`;
  });

  $('profile-form').addEventListener('submit', (e) => {
    e.preventDefault();
    finish(avatar).catch((err) => { $('profile-status').textContent = `Something went wrong: ${err.message}`; });
  });
  $('p-edit').addEventListener('click', () => {
    $('profile-done').hidden = true;
    $('profile-form').hidden = false;
    $('p-name').focus();
  });
}
