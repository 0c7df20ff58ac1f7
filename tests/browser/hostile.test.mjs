// Hostile content in Chromium: XSS payloads (script tags, event handlers,
// javascript: URLs, SVG payloads, CSS injection, broken Unicode) placed in
// every text seamkit renders or returns for rendering. None may execute (a
// global flag the payloads set stays 0, no dialog opens) and each shows as
// text.
import test, { after, before } from 'node:test';
import assert from 'node:assert/strict';
import { openBrowser } from './harness.mjs';

/** Every payload sets window.pwned to its own number if it ever runs. */
const PAYLOADS = [
  '<script>window.pwned=1;alert(1)</script>',
  '<img src=x onerror="window.pwned=2;alert(2)">',
  '"><svg onload="window.pwned=3"><circle r=9 /></svg>',
  '<svg><script>window.pwned=4</script></svg>',
  'javascript:window.pwned=5',
  '<a href="javascript:window.pwned=6">click</a>',
  '<iframe srcdoc="<script>parent.pwned=7</script>"></iframe>',
  '</style><style>*{background:url("javascript:window.pwned=8")}</style>',
  'red;}</style><script>window.pwned=9</script><style>',
  "' onmouseover='window.pwned=10' x='",
  '<math><mtext><table><mglyph><style><img src=x onerror="window.pwned=11">',
  '<details open ontoggle="window.pwned=12">',
  'lone \ud800 surrogate \udfff and \u202e override',
];
const MARKUP = PAYLOADS.slice(0, PAYLOADS.length - 1);

let b;
let page;
const dialogs = [];
before(async () => {
  b = await openBrowser();
  page = await b.newPage();
  page.on('dialog', (d) => { dialogs.push(d.message()); d.dismiss().catch(() => {}); });
  await page.goto(`${b.url}/tests/browser/pages/confidence.html`);
  await page.waitForFunction(() => window.ready === true);
  await page.evaluate(() => { window.pwned = 0; });
});
after(async () => { await b?.close(); });

/** Waits a little for anything deferred (onerror, ontoggle) to fire, then reads the flag. */
async function pwned() {
  await page.waitForTimeout(300);
  return page.evaluate(() => window.pwned);
}

test('<seam-confidence>: payloads in claim, factors and thresholds render as text', async () => {
  const out = await page.evaluate((ps) => {
    const feed = document.getElementById('feed');
    feed.replaceChildren();
    for (const p of ps) {
      const el = document.createElement('seam-confidence');
      el.setAttribute('value', '0.5');
      el.setAttribute('raw', p);
      el.setAttribute('claim', p);
      el.setAttribute('thresholds', p);
      el.setAttribute('factors', JSON.stringify([{ code: p, weight: 1 }]));
      el.className = 'hostile';
      feed.append(el);
    }
    return new Promise((resolve) => {
      const check = () => {
        const els = [...document.querySelectorAll('.hostile')];
        if (!els.every((e) => e.display)) { setTimeout(check, 20); return; }
        resolve(els.map((e) => ({
          claim: e.shadowRoot.querySelector('.claim').textContent,
          injected: e.shadowRoot.querySelectorAll(
            'script, img, iframe, math, details, a, [onerror], [onload], [ontoggle], [onmouseover]')
            .length,
        })));
      };
      check();
    });
  }, PAYLOADS);
  assert.equal(await pwned(), 0);
  assert.deepEqual(dialogs, []);
  out.slice(0, MARKUP.length).forEach((o, i) => {
    assert.equal(o.claim, MARKUP[i], 'the claim is shown as the same text');
    assert.equal(o.injected, 0, `no element from payload ${i}`);
  });
  const last = out.at(-1).claim;
  assert.ok(!/[\ud800-\udfff]/.test(last.replace(/[\ud800-\udbff][\udc00-\udfff]/g, '')),
    'lone surrogates are replaced');
  assert.match(last, /lone .* surrogate .* and \u202e override/);
  assert.deepEqual(page.errors, []);
});

test('renderConfidenceHTML: the exported HTML is inert when opened', async () => {
  const out = await page.evaluate(async (ps) => {
    const m = await import('/dist/index.js');
    const host = document.createElement('div');
    document.body.append(host);
    const results = [];
    for (const p of ps) {
      const html = m.renderConfidenceHTML({
        calibrated: 0.4, raw: 1.5, claim: p, factors: [{ code: p, weight: 0.5 }],
        verdictLabel: p, policy: { low: 0.2, high: 0.8, labels: [p, p, p] },
      });
      host.innerHTML = html; // what opening the exported HTML does
      results.push({
        text: host.textContent,
        injected: host.querySelectorAll('script, img, iframe, math, details, a, svg script, [onload], [onerror]').length,
      });
      // And as a whole document in a frame that allows scripts.
      const frame = document.createElement('iframe');
      frame.srcdoc = `<!doctype html><meta charset=utf-8><body>${html}`;
      const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
      document.body.append(frame);
      await loaded;
      results.at(-1).framePwned = frame.contentWindow.pwned ?? 0;
      frame.remove();
    }
    host.remove();
    return results;
  }, PAYLOADS);
  assert.equal(await pwned(), 0);
  assert.deepEqual(dialogs, []);
  out.forEach((o, i) => {
    assert.equal(o.injected, 0, `no element from payload ${i}`);
    assert.equal(o.framePwned, 0, `payload ${i} did not run in a scriptable frame`);
  });
  out.slice(0, MARKUP.length).forEach((o, i) => {
    assert.ok(o.text.includes(MARKUP[i]), `payload ${i} is shown as text`);
  });
});

test('avatarFromName: hostile names give a plain-text alt and run nothing', async () => {
  const out = await page.evaluate(async (ps) => {
    const m = await import('/dist/avatar/index.js');
    const results = [];
    for (const p of ps) {
      const r = await m.avatarFromName(p, { size: 64 });
      const img = document.createElement('img');
      img.alt = r.alt;
      document.body.append(img);
      results.push({ alt: r.alt, initials: r.initials, altAttr: img.getAttribute('alt'),
        width: r.width });
      img.remove();
    }
    return results;
  }, PAYLOADS);
  assert.equal(await pwned(), 0);
  assert.deepEqual(dialogs, []);
  for (const o of out) {
    assert.equal(o.width, 64, 'an avatar was made');
    assert.equal(typeof o.alt, 'string');
    assert.equal(o.altAttr, o.alt, 'the alt is an attribute value, not markup');
    assert.ok(!/[<>"]/.test(o.initials ?? ''), `initials ${o.initials} are letters only`);
    assert.ok(!/[\ud800-\udfff]/.test((o.alt ?? '').replace(/[\ud800-\udbff][\udc00-\udfff]/g, '')),
      'no lone surrogate in the alt');
  }
});

test('audit: hostile page text and attributes never run; snippets carry them as text', async () => {
  const out = await page.evaluate(async (ps) => {
    const m = await import('/dist/a11y/index.js');
    // Images without alt (violations) whose src/title carry the payloads,
    // plus the payloads as text: audited as an HTML string (sandboxed frame).
    const esc = (s) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
    const body = ps.map((p, i) => `<img id="i${i}" data-note="${esc(p)}" src="data:,">` +
      `<p>${p}</p>`).join('');
    const r = await m.audit(`<!doctype html><html lang="en"><title>t</title><body>${body}`,
      { rules: ['image-alt'] });
    const v = r.violations.find((x) => x.id === 'image-alt');
    const host = document.createElement('pre');
    document.body.append(host);
    // Rendering results the documented way: as text.
    host.textContent = v.nodes.map((n) => `${n.html}\n${n.failureSummary}`).join('\n') + v.help;
    const injected = host.querySelectorAll('*').length;
    host.remove();
    return { count: v.nodes.length, snippets: v.nodes.map((n) => n.html), injected,
      help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) };
  }, PAYLOADS);
  assert.equal(await pwned(), 0);
  assert.deepEqual(dialogs, []);
  assert.ok(out.count >= 1);
  assert.equal(out.injected, 0);
  assert.equal(typeof out.help, 'string');
  // The snippet of an image carries its attribute verbatim (escaped as an
  // attribute value), i.e. as data.
  const first = out.snippets.find((s) => s.includes('id="i1"'));
  assert.ok(first, out.snippets.join('\n'));
  assert.match(first, /onerror=/);
  assert.ok(!first.includes('data-note="<img'), 'the attribute value stays escaped');
});
