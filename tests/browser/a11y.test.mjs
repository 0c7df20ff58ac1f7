// seamkit/a11y end to end in Debian's Chromium: collector → binary snapshot
// → wasm rules → axe-shaped results, on pages with known outcomes.
import test, { after, before } from 'node:test';
import assert from 'node:assert/strict';
import { openBrowser } from './harness.mjs';

let b;
before(async () => { b = await openBrowser(); });
after(async () => { await b?.close(); });

/** Opens a page under tests/browser/pages/a11y/ once its iframes loaded. */
async function open(name) {
  const page = await b.newPage();
  await page.goto(`${b.url}/tests/browser/pages/a11y/${name}`);
  await page.waitForFunction(() => [...document.querySelectorAll('iframe')]
    .every((f) => f.contentDocument?.readyState === 'complete'));
  return page;
}

/** { violations: { ruleId: [target strings] }, passes: ..., incomplete: ... } */
function outline(r) {
  const group = (g) => Object.fromEntries(r[g].map((x) => [x.id,
    x.nodes.map((n) => n.target.join(' | '))]));
  return { violations: group('violations'), passes: group('passes'),
    incomplete: group('incomplete'), inapplicable: r.inapplicable.map((x) => x.id) };
}

/** Audits in the page and returns the outline plus a few raw fields. */
function auditIn(page, target = null, options = {}) {
  return page.evaluate(async ({ target, options }) => {
    const m = await import('/dist/a11y/index.js');
    const t = target === null ? document
      : target.startsWith('#') ? document.querySelector(target) : target;
    const r = await m.audit(t, options);
    const group = (g) => Object.fromEntries(r[g].map((x) => [x.id,
      x.nodes.map((n) => n.target.join(' | '))]));
    const v = r.violations[0];
    return {
      violations: group('violations'), passes: group('passes'), incomplete: group('incomplete'),
      inapplicable: r.inapplicable.map((x) => x.id), timing: r.timing,
      sample: v && { id: v.id, impact: v.impact, tags: v.tags, help: v.help, helpUrl: v.helpUrl,
        actIds: v.actIds, node: v.nodes[0], element: v.nodes[0].element?.localName },
      frames: document.querySelectorAll('iframe').length,
    };
  }, { target, options });
}

test('known failures and passes: light DOM, open shadow root, same-origin iframe', async () => {
  const page = await open('basic.html');
  const r = await auditIn(page);
  assert.deepEqual(r.violations, {
    'button-name': ['#empty-button'],
    'image-alt': ['#no-alt', '#cards > my-card | div > img', '#frame | html > body > img'],
    'label': ['#unlabeled'],
    'link-name': ['#frame | html > body > a'],
  });
  // <template> contents and display:none subtrees are not audited: their
  // nameless images and buttons appear nowhere.
  assert.deepEqual(r.passes['button-name'], ['#named-button', '#cards > my-card | div > button']);
  assert.deepEqual(r.passes['image-alt'], ['#with-alt']);
  assert.deepEqual(r.passes['label'], ['#labeled']);
  assert.deepEqual(r.passes['frame-title'], ['#frame']);
  assert.deepEqual(r.passes['document-title'], ['html']);
  // Whether a page needs a way to bypass blocks takes a person: the
  // document-level rule reports it for review, nothing else is unsure.
  assert.deepEqual(r.incomplete, { 'skip-link': ['html'] });
  assert.ok(r.inapplicable.includes('meta-viewport'));
  assert.equal(r.sample.id, 'button-name');
  assert.equal(r.sample.impact, 'critical');
  assert.ok(r.sample.tags.includes('wcag2a'));
  assert.deepEqual(r.sample.actIds, ['97a4e1']);
  assert.match(r.sample.helpUrl, /^https:\/\//);
  assert.equal(r.sample.node.html, '<button id="empty-button"></button>');
  assert.match(r.sample.node.failureSummary, /^Fix all of the following:\n {2}\S/);
  assert.equal(r.sample.element, 'button', 'the live element is attached to the node result');
  assert.equal('element' in JSON.parse(JSON.stringify(r.sample.node)), false,
    'but is not enumerable: results stay plain JSON');
  for (const k of ['collectMs', 'wasmMs', 'resultsMs', 'totalMs']) {
    assert.ok(r.timing[k] >= 0, k);
  }
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('the packed results the core returns equal its interchange JSON', async () => {
  const page = await open('basic.html');
  const same = await page.evaluate(async () => {
    const m = await import('/dist/a11y/index.js');
    const { loadCore } = await import('/dist/loader.js');
    const { buffer } = m.collectSnapshot(document);
    const packed = await m.auditSnapshot(buffer);
    delete packed.timing;
    const core = await loadCore();
    const buf = new core.A11ySnapshotBytes(buffer.byteLength);
    buf.view().set(new Uint8Array(buffer));
    const r = core.a11yAuditJson(buf, [], []);
    buf.delete();
    const json = JSON.parse(r.value);
    const nodes = packed.rules.reduce((a, x) => a + x.nodes.length, 0);
    const data = packed.rules.reduce((a, x) => a + x.nodes.filter((n) => n.data).length, 0);
    return { equal: JSON.stringify(packed) === JSON.stringify(json), nodes, data };
  });
  assert.ok(same.equal);
  assert.ok(same.nodes > 30 && same.data > 5, JSON.stringify(same));
  await page.close();
});

test('hidden content is out of scope; names from aria-label, title, labelledby, label', async () => {
  const page = await open('hidden.html');
  const r = await auditIn(page);
  assert.deepEqual(r.violations, {});
  assert.deepEqual(r.passes['label'], ['#by-aria', '#by-title', '#by-labelledby', '#wrapped']);
  assert.deepEqual(r.passes['button-name'], ['#icon-button']);
  const audited = Object.values({ ...r.passes, ...r.incomplete }).flat();
  for (const id of ['#hidden-attr', '#invisible', '#aria-hidden-img']) {
    assert.ok(!audited.includes(id), `${id} is not in the accessibility tree`);
  }
  await page.close();
});

test('an Element target audits only its subtree; rules and tags select', async () => {
  const page = await open('basic.html');
  const scoped = await auditIn(page, '#form');
  assert.deepEqual(scoped.violations, { label: ['#unlabeled'] });
  assert.deepEqual(scoped.passes.label, ['#labeled']);
  // Only elements of the subtree appear, whatever the rule.
  for (const targets of Object.values(scoped.passes)) {
    assert.ok(targets.every((t) => t.startsWith('#form') || t.startsWith('#labeled') ||
      t.startsWith('#unlabeled')), targets.join());
  }
  const one = await auditIn(page, null, { rules: ['image-alt'] });
  assert.deepEqual(Object.keys(one.violations), ['image-alt']);
  assert.deepEqual(one.inapplicable, []);
  const bp = await page.evaluate(async () => {
    const m = await import('/dist/a11y/index.js');
    const r = await m.audit(document, { tags: ['best-practice'] });
    return [...r.violations, ...r.passes, ...r.inapplicable, ...r.incomplete]
      .every((x) => x.tags.includes('best-practice'));
  });
  assert.equal(bp, true);
  await page.close();
});

test('an HTML string is audited in a sandboxed iframe that is removed after', async () => {
  const page = await open('basic.html');
  const html = '<!doctype html><html lang="en"><head><title>t</title></head><body>' +
    '<img src="data:,"><button>Go</button><script>document.title = "ran"</script></body></html>';
  const r = await auditIn(page, html);
  assert.deepEqual(r.violations, { 'image-alt': ['html > body > img'] });
  assert.deepEqual(r.passes['button-name'], ['html > body > button']);
  assert.deepEqual(r.passes['document-title'], ['html']);
  assert.equal(r.frames, 1, 'only the page\'s own iframe is left');
  await page.close();
});

test('CSS that locks the orientation is found in style sheets (ACT b33eff)', async () => {
  const page = await open('basic.html');
  const doc = (css) => '<!doctype html><html lang="en"><head><title>t</title><style>' + css +
    '</style></head><body><p>Page content</p></body></html>';
  // A quarter turn relative to the unconditioned rotation fails, whichever
  // way it is written; a full turn, a translation or no media query do not.
  const locked = await auditIn(page, doc('body { transform: rotate(2.5deg) } ' +
    '@media (orientation: landscape) { body { transform: rotate(92.5deg) } }'));
  assert.deepEqual(locked.violations['css-orientation-lock'], ['html > body']);
  const matrix = await auditIn(page, doc('@media (orientation: portrait) { html { ' +
    'transform: matrix3d(0, -1, 0, 0, 1, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1) } }'));
  assert.deepEqual(matrix.violations['css-orientation-lock'], ['html']);
  const prop = await auditIn(page, doc('@media (orientation: portrait) { html { rotate: 90deg } }'));
  assert.deepEqual(prop.violations['css-orientation-lock'], ['html']);
  const turn = await auditIn(page, doc('@media (orientation: portrait) { html { transform: rotate(1turn) } }'));
  assert.deepEqual(turn.passes['css-orientation-lock'], ['html']);
  for (const css of ['@media (orientation: portrait) { body { transform: translateX(9px) } }',
    'body { transform: rotate(90deg) }']) {
    const r = await auditIn(page, doc(css));
    assert.ok(r.inapplicable.includes('css-orientation-lock'), css);
  }
  await page.close();
});

test('a scroll distance within the padding is no scrollable region', async () => {
  const page = await open('basic.html');
  const box = (h) => '<!doctype html><html lang="en"><head><title>t</title></head><body>' +
    `<section style="height:${h}px;width:300px;overflow:scroll;padding:30px 0 30px 30px">` +
    '<div style="height:200px">Text</div></section></body></html>';
  // 200px of content in a 190px-high box with 60px of vertical padding:
  // 70px to scroll, more than the padding only in the second case.
  const within = await auditIn(page, box(190));
  assert.ok(within.inapplicable.includes('scrollable-region-focusable'));
  const beyond = await auditIn(page, box(100));
  assert.deepEqual(beyond.violations['scrollable-region-focusable'], ['html > body > section']);
  await page.close();
});

test('a text-shadow halo is the background text is read against', async () => {
  const page = await open('basic.html');
  const p = (style) => '<!doctype html><html lang="en"><head><title>t</title></head><body>' +
    `<p id="t" style="${style}">Some text in a human language</p></body></html>`;
  const rescued = await auditIn(page, p('color:#000;background:#737373;text-shadow:white 0 0 3px'));
  assert.deepEqual(rescued.passes['color-contrast'], ['#t']);
  const spoiled = await auditIn(page, p('background:#fff;color:#666;text-shadow:#aaa 2px 2px 4px'));
  assert.deepEqual(spoiled.violations['color-contrast'], ['#t']);
  const drop = await auditIn(page, p('background:#fff;color:#999;text-shadow:#000 1px 1px 0'));
  assert.deepEqual(drop.incomplete['color-contrast'], ['#t']);
  await page.close();
});

test('an open modal dialog makes the rest of the page inert', async () => {
  const page = await open('modal.html');
  const r = await auditIn(page);
  // The frame with tabindex=-1 is blocked by the modal dialog: not failed.
  assert.equal(r.violations['iframe-tab-order'], undefined);
  assert.ok(r.inapplicable.includes('iframe-tab-order'));
  await page.close();
});

/** Replaces the body of a seamkit-served page with `html`, runs `script`. */
async function scratchPage(html, script = '') {
  const page = await b.newPage();
  await page.goto(`${b.url}/tests/browser/pages/a11y/hidden.html`);
  await page.evaluate(({ html, script }) => {
    document.head.innerHTML = '<title>t</title>';
    document.body.innerHTML = html;
    // eslint-disable-next-line no-new-func
    if (script) new Function(script)();
  }, { html, script });
  return page;
}

test('focus sentinels next to an aria-modal dialog are probed (ACT 6cfa84)', async () => {
  const dialog = '<div role="dialog" aria-modal="true" aria-label="Sample">' +
    '<label>Name <input id="first"></label><button id="close">Close</button></div>' +
    '<div id="hidden" aria-hidden="true"><a href="#" id="sentinel">wrap</a></div>' +
    '<button id="outside">Outside</button>';
  const wrap = "document.getElementById('sentinel').addEventListener('focus', " +
    "() => document.getElementById('first').focus());";
  const sentinel = await scratchPage(dialog, wrap + "document.getElementById('outside').focus();");
  const r = await auditIn(sentinel);
  assert.deepEqual(r.passes['aria-hidden-focus'], ['#hidden']);
  // Focus is put back where it was, and the page saw the probe once.
  assert.equal(await sentinel.evaluate(() => document.activeElement.id), 'outside');
  await sentinel.close();
  const plain = await scratchPage(dialog);
  const f = await auditIn(plain);
  assert.deepEqual(f.violations['aria-hidden-focus'], ['#hidden']);
  assert.equal(await plain.evaluate(() => document.activeElement.localName), 'body');
  await plain.close();
});

test('a lowercase word not in the name is an icon ligature only with web fonts (2ee8b8)', async () => {
  const link = '<a href="#" id="l" aria-label="non-standard">nonstandard</a>';
  const none = await scratchPage(link);
  assert.deepEqual((await auditIn(none)).violations['label-content-name-mismatch'], ['#l']);
  await none.close();
  const fonts = await scratchPage(link, "const s = document.createElement('style');" +
    "s.textContent = '@font-face { font-family: Icons; src: local(\"DejaVu Sans\"); }';" +
    'document.head.append(s);');
  assert.deepEqual((await auditIn(fonts)).incomplete['label-content-name-mismatch'], ['#l']);
  await fonts.close();
  // A style sheet that did not load may have declared the icon font (offline, ACT passed-6).
  const failed = await scratchPage(link);
  await failed.evaluate(() => new Promise((resolve) => {
    const l = document.createElement('link');
    l.rel = 'stylesheet';
    l.href = '/tests/browser/pages/no-such-sheet.css';
    l.onerror = resolve;
    l.onload = resolve;
    document.head.append(l);
  }));
  assert.deepEqual((await auditIn(failed)).incomplete['label-content-name-mismatch'], ['#l']);
  await failed.close();
});

test('text over a CSS gradient: failed when its best colour fails, passed when its worst passes', async () => {
  const html = '<p id="low" style="color:#aaa;background:linear-gradient(to right,#fff,#00f)">Sale</p>' +
    '<p id="ok" style="color:#000;background:linear-gradient(#fff,#ddd)">Fine print</p>' +
    '<p id="mixed" style="color:#000;background:linear-gradient(#fff,#000)">Half and half</p>' +
    '<p id="oklab" style="color:#aaa;background:linear-gradient(in oklab,#fff,#00f)">Other space</p>' +
    '<p id="img" style="color:#aaa;background:url(/tests/browser/pages/shop-product.svg)">Photo</p>';
  const page = await scratchPage(html);
  const r = await auditIn(page, null, { rules: ['color-contrast'] });
  assert.deepEqual(r.violations['color-contrast'], ['#low']);
  assert.deepEqual(r.passes['color-contrast'], ['#ok']);
  assert.deepEqual(r.incomplete['color-contrast'], ['#mixed', '#oklab', '#img']);
  const data = await page.evaluate(async () => {
    const m = await import('/dist/a11y/index.js');
    const res = await m.audit(document, { rules: ['color-contrast'] });
    return res.violations[0].nodes[0].none[0].data;
  });
  assert.equal(data.gradient, true);
  // Best at the blue end; half-way the gradient is about as light as the text.
  assert.ok(Math.abs(data.ratio - 3.7) < 0.02 && data.ratioMin < 1.2, JSON.stringify(data));
  await page.close();
});

// A mono 16-bit WAV at 8 kHz, made in the page: `parts` is a list of
// [seconds, amplitude] stretches of a 440 Hz tone (amplitude 0: silence).
const WAV_SCRIPT = `
window.wavUrl = (parts) => {
  const rate = 8000;
  const n = parts.reduce((a, [s]) => a + Math.round(s * rate), 0);
  const buf = new ArrayBuffer(44 + n * 2);
  const v = new DataView(buf);
  const str = (at, t) => { for (let i = 0; i < t.length; i++) v.setUint8(at + i, t.charCodeAt(i)); };
  str(0, 'RIFF'); v.setUint32(4, 36 + n * 2, true); str(8, 'WAVE'); str(12, 'fmt ');
  v.setUint32(16, 16, true); v.setUint16(20, 1, true); v.setUint16(22, 1, true);
  v.setUint32(24, rate, true); v.setUint32(28, rate * 2, true); v.setUint16(32, 2, true);
  v.setUint16(34, 16, true); str(36, 'data'); v.setUint32(40, n * 2, true);
  let i = 0;
  for (const [s, amp] of parts) {
    for (let k = Math.round(s * rate); k > 0; k--, i++) {
      v.setInt16(44 + i * 2, Math.round(amp * 32767 * Math.sin(2 * Math.PI * 440 * i / rate)), true);
    }
  }
  return URL.createObjectURL(new Blob([buf], { type: 'audio/wav' }));
};
for (const el of document.querySelectorAll('audio[data-parts]')) {
  el.src = wavUrl(JSON.parse(el.dataset.parts)) + (el.dataset.fragment ?? '');
}`;

const MEDIA_RULES = ['no-autoplay-audio', 'autoplay-audio-short', 'autoplay-audio-control'];

test('autoplaying audio is measured from its own resource (ACT 80f0bf, aaa1bf, 4c31df)', async () => {
  const html = '<audio id="long" autoplay data-parts="[[5,0.3]]"></audio>' +
    '<audio id="beep" autoplay data-parts="[[1,0.3],[4,0]]"></audio>' +
    '<audio id="silent" autoplay data-parts="[[5,0]]"></audio>' +
    '<audio id="quiet" autoplay data-parts="[[5,0.0005]]"></audio>' +
    '<audio id="tail" autoplay data-parts="[[5,0.3]]" data-fragment="#t=3"></audio>' +
    '<audio id="withcontrols" autoplay controls data-parts="[[5,0.3]]"></audio>' +
    '<audio id="muted" autoplay muted data-parts="[[5,0.3]]"></audio>' +
    '<audio id="foreign" autoplay src="http://127.0.0.2:9/speech.mp3"></audio>';
  const page = await scratchPage(html, WAV_SCRIPT);
  const probes = [];
  page.on('request', (r) => { if (r.resourceType() === 'fetch') probes.push(r.url()); });
  const r = await auditIn(page, null, { rules: MEDIA_RULES });
  assert.deepEqual(r.violations['autoplay-audio-short'], ['#long', '#withcontrols']);
  assert.deepEqual(r.passes['autoplay-audio-short'], ['#beep', '#tail']);
  assert.deepEqual(r.incomplete['autoplay-audio-short'], ['#foreign']);
  // The control rule: 5 s with sound and nothing on the page to stop it.
  assert.deepEqual(r.violations['autoplay-audio-control'], ['#long', '#beep']);
  assert.deepEqual(r.passes['autoplay-audio-control'], ['#withcontrols']);
  assert.deepEqual(r.violations['no-autoplay-audio'], ['#long']);
  assert.deepEqual(r.passes['no-autoplay-audio'], ['#beep', '#tail', '#withcontrols']);
  assert.deepEqual(r.incomplete['no-autoplay-audio'], ['#foreign']);
  assert.ok(r.timing.mediaMs > 0, JSON.stringify(r.timing));
  // Nothing was fetched from the other origin; the page's own blobs were.
  assert.ok(!probes.some((u) => u.includes('127.0.0.2')), probes.join(' '));
  assert.equal(probes.filter((u) => u.startsWith('blob:')).length, 6, probes.join(' '));
  const why = await page.evaluate(async () => {
    const m = await import('/dist/a11y/index.js');
    const res = await m.audit(document, { rules: ['autoplay-audio-short'] });
    const long = res.violations[0].nodes[0];
    return { foreign: res.incomplete[0].nodes[0].failureSummary, long: long.failureSummary,
      data: long.any.concat(long.all, long.none)[0].data };
  });
  assert.match(why.foreign, /another origin/);
  assert.match(why.long, /5\.0 s/);
  assert.ok(Math.abs(why.data.audibleSeconds - 5) < 0.1, JSON.stringify(why.data));

  // A visible button named "Mute" is a mechanism; probing off: cantTell.
  await page.evaluate(() => document.body.insertAdjacentHTML('beforeend', '<button>Mute</button>'));
  const withButton = await auditIn(page, null, { rules: MEDIA_RULES });
  assert.equal(withButton.violations['no-autoplay-audio'], undefined);
  assert.equal(withButton.violations['autoplay-audio-control'], undefined);
  assert.ok(withButton.passes['autoplay-audio-control'].includes('#long'));
  const off = await auditIn(page, null, { rules: MEDIA_RULES, probeMedia: false });
  assert.deepEqual(off.incomplete['autoplay-audio-short'], ['#long', '#beep', '#silent', '#quiet',
    '#tail', '#withcontrols', '#foreign']);
  assert.equal(off.timing.mediaMs, 0);
  await page.close();
});

// Paints images in the page (blob: URLs, the page's own origin) and sets
// them as the background of every element with data-image.
const IMAGE_SCRIPT = `
const paint = (w, h, draw) => { const c = document.createElement('canvas'); c.width = w; c.height = h;
  draw(c.getContext('2d')); return new Promise((ok) => c.toBlob((b) => ok(URL.createObjectURL(b)))); };
window.ready = (async () => {
  const urls = {
    // 200 x 60: dark grey, with a white band from x = 150
    dark: await paint(200, 60, (g) => { g.fillStyle = '#101010'; g.fillRect(0, 0, 200, 60);
      g.fillStyle = '#ffffff'; g.fillRect(150, 0, 50, 60); }),
    small: await paint(20, 20, (g) => { g.fillStyle = '#000000'; g.fillRect(0, 0, 20, 20); }),
    checker: await paint(2, 2, (g) => { g.fillStyle = '#000000'; g.fillRect(0, 0, 2, 2);
      g.fillStyle = '#222222'; g.fillRect(0, 0, 1, 1); g.fillRect(1, 1, 1, 1); }),
  };
  for (const el of document.querySelectorAll('[data-image]')) {
    el.style.backgroundImage = 'url("' + urls[el.dataset.image] + '")';
  }
})();`;

test('text over a raster background image is measured from its pixels (ACT afw4f7, 09o5cg)', async () => {
  const p = (id, style, image, text = 'Black hole sun') =>
    `<p id="${id}" data-image="${image}" style="margin:0 0 8px;font:16px sans-serif;` +
    `width:200px;height:30px;${style}">${text}</p>`;
  const html = p('fails', 'color:#555;background-color:#000;background-repeat:no-repeat', 'dark') +
    p('passes', 'color:#fff;background-color:#000;background-repeat:no-repeat', 'dark') +
    p('bright', 'color:#ccc;background-color:#000;background-repeat:no-repeat;' +
      'padding-left:150px;width:50px', 'dark', 'Sun') +
    p('edge', 'color:#555;background-color:#fff;background-repeat:no-repeat', 'small') +
    p('cover', 'color:#555;background-color:#fff;background-size:cover', 'small') +
    p('tiled', 'color:#fff;background-color:transparent', 'checker') +
    '<p id="foreign" style="color:#555;background:#000 url(http://127.0.0.2:9/hole.png)">Far away</p>';
  const page = await scratchPage(html, IMAGE_SCRIPT);
  await page.evaluate(() => window.ready);
  const probes = [];
  page.on('request', (r) => { if (r.resourceType() === 'fetch') probes.push(r.url()); });
  const rules = ['color-contrast'];
  const r = await auditIn(page, null, { rules });
  assert.deepEqual(r.violations['color-contrast'], ['#fails', '#cover']);
  assert.deepEqual(r.passes['color-contrast'], ['#passes', '#tiled']);
  // White pixels under the text, the white page beside a small image, and
  // an image on another origin (never fetched): for review.
  assert.deepEqual(r.incomplete['color-contrast'], ['#bright', '#edge', '#foreign']);
  assert.ok(r.timing.imageMs > 0, JSON.stringify(r.timing));
  assert.ok(!probes.some((u) => u.includes('127.0.0.2')), probes.join(' '));
  const why = await page.evaluate(async () => {
    const m = await import('/dist/a11y/index.js');
    const res = await m.audit(document, { rules: ['color-contrast'] });
    const node = res.violations[0].nodes[0];
    const foreign = res.incomplete[0].nodes.find((n) => n.target[0] === '#foreign');
    return { summary: node.failureSummary, data: node.any.concat(node.all, node.none)[0].data,
      foreign: foreign.failureSummary };
  });
  assert.match(why.summary, /background image/);
  assert.equal(why.data.backgroundImage, true);
  assert.equal(why.data.bg, '#101010');
  assert.match(why.foreign, /background image lies under the text/);
  // Probing off: nothing over an image is decided.
  const off = await auditIn(page, null, { rules, probeImages: false });
  assert.equal(off.violations['color-contrast'], undefined);
  assert.deepEqual(off.incomplete['color-contrast'], ['#fails', '#passes', '#bright', '#edge',
    '#cover', '#tiled', '#foreign']);
  assert.equal(off.timing.imageMs, 0);
  await page.close();
});

test('text that changes by itself is watched for, when asked (ACT efbfc7)', async () => {
  const html = '<p>Prices update while you read.</p><p>Price: <span id="price">1</span></p>' +
    '<p>Clock: <span id="clock">0</span></p>';
  // The price ticks every 300 ms; the clock changes once, on a click only.
  const tick = "let n = 1; setInterval(() => { document.getElementById('price').textContent = " +
    "String(++n); }, 300);";
  const page = await scratchPage(html, tick);
  await page.evaluate(() => { const s = document.createElement('script'); document.body.append(s); });
  const rules = ['text-changes-pausable'];
  const unwatched = await auditIn(page, null, { rules });
  // Not watched: the rule says nothing, not even "inapplicable".
  assert.equal(unwatched.violations['text-changes-pausable'], undefined);
  assert.ok(!unwatched.inapplicable.includes('text-changes-pausable'));
  const watched = await auditIn(page, null, { rules, observeChangesMs: 700 });
  assert.deepEqual(watched.violations['text-changes-pausable'], ['#price']);
  assert.ok(watched.timing.watchMs >= 650, JSON.stringify(watched.timing));
  await page.evaluate(() => document.body.insertAdjacentHTML('beforeend',
    '<button onclick="void 0">Pause prices</button>'));
  const paused = await auditIn(page, null, { rules, observeChangesMs: 700 });
  assert.deepEqual(paused.passes['text-changes-pausable'], ['#price']);
  await page.close();
  // No script, nothing can change: no waiting, and the rule is inapplicable.
  const still = await b.newPage();
  await still.goto(`${b.url}/tests/browser/pages/a11y/hidden.html`);
  const r = await still.evaluate(async () => {
    const m = await import('/dist/a11y/index.js');
    for (const s of document.querySelectorAll('script')) s.remove();
    const res = await m.audit(document, { rules: ['text-changes-pausable'], observeChangesMs: 3000 });
    return { watchMs: res.timing.watchMs, inapplicable: res.inapplicable.map((x) => x.id) };
  });
  assert.ok(r.watchMs < 100, JSON.stringify(r));
  assert.deepEqual(r.inapplicable, ['text-changes-pausable']);
  await still.close();
});

const BYPASS_RULES = ['bypass', 'page-has-heading', 'landmark-main-content', 'skip-link'];

test('repeated content is found by comparing with linked pages, when asked (ACT cf77f2 and inputs)', async () => {
  const page = await b.newPage();
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(`${b.url}/tests/browser/pages/a11y/site/tart.html`);
  const r = await page.evaluate(async (rules) => {
    const m = await import('/dist/a11y/index.js');
    const links = m.sameOriginLinks(document);
    const alone = await m.audit(document, { rules });
    const compared = await m.audit(document, { rules, compareWith: links });
    const ids = (g) => compared[g].map((x) => x.id).sort();
    const heading = compared.violations.find((x) => x.id === 'page-has-heading');
    return { links, aloneIncomplete: alone.incomplete.map((x) => x.id).sort(),
      aloneViolations: alone.violations.length, aloneCompared: alone.comparedPages,
      violations: ids('violations'), pages: compared.comparedPages,
      summary: heading?.nodes[0].failureSummary, compareMs: compared.timing.compareMs };
  }, BYPASS_RULES);
  const site = `${b.url}/tests/browser/pages/a11y/site`;
  // The page itself and fragments are no candidates.
  assert.deepEqual(r.links, [`${site}/index.html`, `${site}/soup.html`]);
  // Alone, nothing is known to be repeated: review, never a failure.
  assert.equal(r.aloneViolations, 0);
  assert.deepEqual(r.aloneIncomplete, [...BYPASS_RULES].sort());
  assert.equal(r.aloneCompared, undefined);
  // Compared: the menu and footer are repeated, the recipe is not, and
  // nothing leads to it.
  assert.deepEqual(r.violations, [...BYPASS_RULES].sort());
  assert.deepEqual(r.pages, [{ url: `${site}/index.html`, status: 'compared' },
    { url: `${site}/soup.html`, status: 'compared' }]);
  assert.match(r.summary, /not repeated on other pages has no visible heading/);
  assert.ok(r.compareMs > 0);
  assert.ok(requests.some((u) => u.endsWith('/site/soup.html')), requests.join(' '));

  // The soup page has a skip link, a main landmark and a heading.
  await page.goto(`${site}/soup.html`);
  const soup = await page.evaluate(async (rules) => {
    const m = await import('/dist/a11y/index.js');
    const res = await m.audit(document, { rules, compareWith: ['index.html', 'tart.html'] });
    return { passes: res.passes.map((x) => x.id).sort(), violations: res.violations.length };
  }, BYPASS_RULES);
  assert.deepEqual(soup, { passes: [...BYPASS_RULES].sort(), violations: 0 });
  await page.close();
});

test('compareWith: only the page\'s origin is fetched; failures are reported, not thrown', async () => {
  const page = await b.newPage();
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(`${b.url}/tests/browser/pages/a11y/site/tart.html`);
  const r = await page.evaluate(async (rules) => {
    const m = await import('/dist/a11y/index.js');
    const failing = await m.audit(document, { rules, compareWith: [
      'http://127.0.0.2:9/other.html', 'missing.html', '/package.json', 'javascript:void 0'] });
    const parsed = new DOMParser().parseFromString(
      '<body><div><img alt="Small Kitchen"><ul><li><a>Home</a></li><li><a>Tomato soup</a></li>' +
      '<li><a>Lemon tart</a></li></ul></div><main><h1>Other</h1></main></body>', 'text/html');
    const fromDoc = await m.audit(document, { rules, compareWith: [parsed] });
    const error = async (target, options) => {
      try { await m.audit(target, options); return null; } catch (e) { return e.code; }
    };
    return {
      pages: failing.comparedPages.map((p) => p.status),
      incomplete: failing.incomplete.map((x) => x.id).sort(),
      fromDoc: fromDoc.violations.map((x) => x.id).sort(),
      notArray: await error(document, { compareWith: 'soup.html' }),
      tooMany: await error(document, { compareWith: new Array(9).fill('soup.html') }),
      element: await error(document.body, { compareWith: ['soup.html'] }),
    };
  }, BYPASS_RULES);
  assert.deepEqual(r.pages, ['cross-origin', 'load-failed', 'not-html', 'cross-origin']);
  // Nothing compared: the rules stay as without a comparison.
  assert.deepEqual(r.incomplete, [...BYPASS_RULES].sort());
  // A parsed Document is compared as given.
  assert.deepEqual(r.fromDoc, [...BYPASS_RULES].sort());
  assert.equal(r.notArray, 'E_INVALID_ARGUMENT');
  assert.equal(r.tooMany, 'E_LIMIT_EXCEEDED');
  assert.equal(r.element, 'E_INVALID_ARGUMENT');
  assert.ok(!requests.some((u) => u.includes('127.0.0.2')), requests.join(' '));
  await page.close();
});

test('violation details are eager, pass node lists lazy but identical once read', async () => {
  const page = await open('basic.html');
  const r = await page.evaluate(async () => {
    const m = await import('/dist/a11y/index.js');
    const res = await m.audit(document);
    const v = res.violations[0];
    const p = res.passes.find((x) => x.id === 'button-name');
    const lazyBefore = typeof Object.getOwnPropertyDescriptor(p, 'nodes').get === 'function';
    const eager = typeof Object.getOwnPropertyDescriptor(v, 'nodes').get !== 'function' &&
      typeof v.nodes[0].html === 'string' && v.nodes[0].target.length > 0;
    const read = p.nodes[0].target.join(' | ');
    const dataAfter = Object.getOwnPropertyDescriptor(p, 'nodes').value === p.nodes &&
      Object.getOwnPropertyDescriptor(p.nodes[0], 'target').value === p.nodes[0].target;
    // JSON and structured clones read the lazy list like any property.
    const other = res.passes.find((x) => x.id !== 'button-name');
    const json = JSON.parse(JSON.stringify(other));
    const clone = structuredClone(res.passes.find((x) => x.id === 'image-alt') ?? other);
    return { lazyBefore, eager, read, dataAfter, html: json.nodes[0].html,
      cloned: clone.nodes.length > 0 && typeof clone.nodes[0].html === 'string',
      again: m.materialize(res) === res };
  });
  assert.deepEqual(r, { lazyBefore: true, eager: true, read: '#named-button', dataAfter: true,
    html: r.html, cloned: true, again: true });
  assert.match(r.html, /^</);
  await page.close();
});

test('bad input: truncated or corrupted snapshots and bad options give typed errors', async () => {
  const page = await open('basic.html');
  const errors = await page.evaluate(async () => {
    const m = await import('/dist/a11y/index.js');
    const { buffer } = m.collectSnapshot(document);
    const code = async (f) => { try { await f(); return 'resolved'; } catch (e) { return `${e.code}: ${e.message}`; } };
    const corrupt = new Uint8Array(buffer.slice(0));
    new DataView(corrupt.buffer).setUint32(16 * 4 + 4 + 1, 999999, true); // node 1 parent
    return {
      truncated: await code(() => m.auditSnapshot(buffer.slice(0, buffer.byteLength - 4))),
      corrupt: await code(() => m.auditSnapshot(corrupt)),
      empty: await code(() => m.auditSnapshot(new ArrayBuffer(0))),
      target: await code(() => m.audit(42)),
      rule: await code(() => m.audit(document, { rules: ['not-a-rule'] })),
    };
  });
  assert.match(errors.truncated, /^E_MALFORMED: .*truncated/);
  assert.match(errors.corrupt, /^E_MALFORMED: /);
  assert.match(errors.empty, /^E_MALFORMED: .*truncated/);
  assert.match(errors.target, /^E_INVALID_ARGUMENT: /);
  assert.match(errors.rule, /^E_INVALID_ARGUMENT: .*not-a-rule/);
  await page.close();
});

test('AbortSignal: before the start, during collection, before the wasm step', async () => {
  const page = await open('basic.html');
  const r = await page.evaluate(async () => {
    const m = await import('/dist/a11y/index.js');
    const code = async (f) => { try { await f(); return 'resolved'; } catch (e) { return e.code; } };
    const pre = new AbortController();
    pre.abort();
    const before = await code(() => m.audit(document, { signal: pre.signal }));
    // Many nodes, collected in slices of 0 ms: aborting in the first
    // progress report stops the walk at its next check.
    const big = document.createElement('div');
    for (let i = 0; i < 5000; i++) big.append(document.createElement('span'));
    document.body.append(big);
    const mid = new AbortController();
    let reports = 0;
    const during = await code(() => m.collectSnapshotAsync(document, { signal: mid.signal,
      sliceMs: 0, onProgress: () => { reports++; mid.abort(); } }));
    const late = new AbortController();
    const phases = [];
    const beforeWasm = await code(() => m.audit(document, { signal: late.signal,
      onProgress: (p) => { phases.push(p.phase); if (p.phase === 'audit') late.abort(); } }));
    big.remove();
    const done = [];
    await m.audit(document, { onProgress: (p) => done.push(p.phase) });
    return { before, during, reports, beforeWasm, phases, done };
  });
  assert.equal(r.before, 'E_ABORTED');
  assert.equal(r.during, 'E_ABORTED');
  assert.equal(r.reports, 1);
  assert.equal(r.beforeWasm, 'E_ABORTED');
  assert.equal(r.phases.at(-1), 'audit');
  assert.deepEqual(r.done.filter((p) => p !== 'collect'), ['audit', 'results', 'done']);
  await page.close();
});

test('the wasm half runs in a Worker on a transferred snapshot', async () => {
  const page = await open('basic.html');
  const r = await page.evaluate(async () => {
    const m = await import('/dist/a11y/index.js');
    const snap = m.collectSnapshot(document);
    const worker = new Worker('/tests/browser/pages/a11y/worker.js', { type: 'module' });
    const reply = await new Promise((resolve) => {
      worker.onmessage = (e) => resolve(e.data);
      worker.postMessage({ buffer: snap.buffer, options: { rules: ['image-alt'] } },
        [snap.buffer]);
    });
    worker.terminate();
    const transferred = snap.buffer.byteLength === 0;
    const results = m.toAxeResults(reply.engine, snap.nodes,
      { document, version: 'test', timing: {} });
    return { ok: reply.ok, transferred,
      targets: results.violations.flatMap((v) => v.nodes.map((n) => n.target.join(' | '))) };
  });
  assert.equal(r.ok, true);
  assert.equal(r.transferred, true, 'the buffer moved, not copied');
  assert.deepEqual(r.targets, ['#no-alt', '#cards > my-card | div > img',
    '#frame | html > body > img']);
  await page.close();
});

test('10k-deep nesting and a 200k-element DOM are audited without a stack overflow', {
  timeout: 600_000,
}, async () => {
  const page = await b.newPage();
  page.setDefaultTimeout(600_000);
  await page.goto(`${b.url}/tests/browser/pages/a11y/hidden.html`);
  const r = await page.evaluate(async () => {
    const m = await import('/dist/a11y/index.js');
    document.body.replaceChildren();
    // display: contents, as framework wrappers often are: Chromium's own
    // layout crashes the renderer at about 5,000 nested block boxes.
    let node = document.body;
    for (let i = 0; i < 10_000; i++) {
      const d = document.createElement('div');
      d.style.display = 'contents';
      node.append(d);
      node = d;
    }
    const img = document.createElement('img');
    img.id = 'deepest';
    img.src = 'data:,';
    node.append(img);
    const deep = await m.audit(document, { rules: ['image-alt'] });
    const deepTarget = deep.violations[0]?.nodes[0]?.target;
    document.body.replaceChildren();
    const wide = document.createElement('main');
    for (let i = 0; i < 20_000; i++) {
      const s = document.createElement('section');
      for (let k = 0; k < 9; k++) s.append(document.createElement(k === 4 ? 'img' : 'span'));
      s.lastChild.textContent = 'x';
      wide.append(s);
    }
    document.body.append(wide);
    const big = await m.audit(document, { rules: ['image-alt'] });
    return { deepNodes: deep.timing.nodes, deepTarget,
      bigNodes: big.timing.nodes, bigFailures: big.violations[0]?.nodes.length };
  });
  assert.ok(r.deepNodes > 10_000);
  assert.deepEqual(r.deepTarget, ['#deepest']);
  assert.ok(r.bigNodes > 200_000, String(r.bigNodes));
  assert.equal(r.bigFailures, 20_000);
  assert.deepEqual(page.errors, []);
  await page.close();
});
