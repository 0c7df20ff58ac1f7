// <seam-audit-report>'s "AI-assisted suggestions" section in Debian's
// Chromium with the real PP-OCRv4 models: images of text from every source
// (an <img>, an <input type=image>, an image in a same-origin iframe, an SVG
// with only a viewBox; a one-character image gives none), the report part
// unchanged, edit + Copy (Clipboard API and the execCommand fallback) with
// the event and the feedback record, Dismiss, "needs review" wording,
// hostile text, the section passing seamkit's audit and axe-core, and
// createOcr's time limit (E_TIMEOUT, then the next call works).
import test, { after, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { openBrowser } from './harness.mjs';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const squash = (s) => s.toUpperCase().replace(/[^A-Z0-9%]/g, '');
const HOSTILE = '"><img src=x onerror="window.pwned=1"><script>window.pwned=2</script>';

let b;
let page;
let first;
before(async () => {
  b = await openBrowser();
  await b.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: b.url });
  page = await b.newPage();
  await page.goto(`${b.url}/tests/browser/pages/ocr/report.html`);
  await page.waitForFunction(() => typeof window.setup === 'function');
  await page.evaluate(() => window.setup());
  first = await page.evaluate(() => window.run());
});
after(async () => {
  assert.deepEqual(page?.errors ?? [], []);
  await b?.close();
});

/** Runs `fn(shadowRoot, ...args)` on the element in the page. */
const inElement = (fn, ...args) => page.evaluate(([src, a]) =>
  // eslint-disable-next-line no-new-func
  new Function('root', 'args', `return (${src})(root, ...args)`)(window.theElement.shadowRoot, a),
[fn.toString(), args]);

const statusText = () => page.waitForFunction(() =>
  window.theElement.shadowRoot.querySelector('.status').textContent).then((h) => h.jsonValue());

test('suggestions from an <img>, an <input type=image>, a same-origin iframe and a viewBox-only SVG', async () => {
  const { s } = first;
  assert.equal(s.available, true, s.reason);
  const by = Object.fromEntries(s.suggestions.map((x) => [x.target.join(' '), x]));
  assert.deepEqual(Object.keys(by).sort(), ['#banner', '#frame #inner', '#go', '#logo'].sort(),
    JSON.stringify([s.suggestions.map((x) => [x.target, x.text]), s.skipped]));
  assert.equal(by['#banner'].kind, 'file-name-alt');
  assert.equal(squash(by['#banner'].text), 'SUMMERSALE50%OFF');
  assert.equal(by['#go'].kind, 'missing-alt');
  assert.equal(by['#go'].auditRule, 'input-image-alt', 'the audit reported the same input');
  assert.equal(squash(by['#go'].text), 'BUYNOW');
  assert.equal(by['#frame #inner'].kind, 'file-name-alt');
  assert.equal(squash(by['#frame #inner'].text), 'CLOSEDONSUNDAY');
  assert.equal(by['#logo'].kind, 'missing-alt');
  assert.equal(squash(by['#logo'].text), 'TRAILSHOP');
  for (const x of s.suggestions) {
    assert.equal(x.modelId, 'ppocr-rec');
    assert.equal(x.model.rec.id, 'ppocr-rec');
    assert.equal(x.model.det.id, 'ppocr-det');
  }
  // The one-character image was read, but one character is noise: no suggestion.
  assert.equal(squash(await page.evaluate(() => window.read('one'))), '7');
  assert.equal(by['#one'], undefined);
});

test('the report part (groups, counts, cards) is the same before and after the suggestions', async () => {
  assert.equal(first.after.html, first.before.html);
  assert.ok(first.before.cards >= 1);
  assert.ok(first.rules.some((r) => r.startsWith('input-image-alt:')), first.rules.join());
  const shown = await inElement((root) => ({
    heading: root.querySelector('.suggestions h2').textContent,
    note: root.querySelector('.sg-note').textContent.replace(/\s+/g, ' '),
    summary: root.querySelector('.sg-summary').textContent,
    items: root.querySelectorAll('.suggestions article.suggestion').length,
    meters: [...root.querySelectorAll('.suggestions seam-confidence')].map((m) =>
      m.shadowRoot.querySelector('[role="meter"]')?.getAttribute('aria-valuetext') ?? null),
    fields: [...root.querySelectorAll('.suggestions input.alt-edit')].map((i) =>
      [i.labels[0]?.textContent, i.value]),
  }));
  assert.equal(shown.heading, 'AI-assisted suggestions');
  assert.match(shown.note, /^Not audit results/);
  assert.match(shown.summary, /^4 images of text with a suggested alt/);
  assert.equal(shown.items, 4);
  assert.equal(shown.meters.length, 4);
  shown.meters.forEach((m) => assert.match(m ?? '', /% confidence/));
  for (const [label, value] of shown.fields) {
    assert.equal(label, 'Suggested alt (edit it before copying)');
    assert.ok(value.length >= 2);
  }
});

test('edit the alt, Copy with the keyboard: clipboard, event with the edited text, feedback recorded', async () => {
  const i = first.s.suggestions.findIndex((x) => x.target.join(' ') === '#banner');
  await page.evaluate(() => {
    window.accepts = [];
    window.theElement.addEventListener('seam-suggestion-accept', (e) => window.accepts.push({
      ...e.detail, suggestion: e.detail.suggestion.target.join(' ') }));
  });
  await inElement((root, n) => root.getElementById(`sg${n}-alt`).focus(), i);
  await page.keyboard.press('Control+A');
  await page.keyboard.type('Summer sale: 50% off everything');
  await page.keyboard.press('Tab'); // to Copy
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => window.accepts.length === 1);
  const [ev] = await page.evaluate(() => window.accepts);
  assert.deepEqual({ ...ev }, { index: i, suggestion: '#banner', text: 'Summer sale: 50% off everything',
    edited: true, copied: true, recorded: true });
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), 'Summer sale: 50% off everything');
  assert.match(await statusText(), /^Copied the alt text: Summer sale/);
  const fb = await page.evaluate(() => window.theElement.feedback.entries('ppocr-rec'));
  assert.equal(fb.length, 1);
  assert.equal(fb[0].verdict, 0, 'an edited reading was not exactly right');
  assert.equal(fb[0].output, first.s.suggestions[i].rawConfidence);
});

test('Copy without navigator.clipboard falls back (execCommand) and an unedited copy records "right"', async () => {
  const i = first.s.suggestions.findIndex((x) => x.target.join(' ') === '#go');
  await page.evaluate(() => Object.defineProperty(navigator, 'clipboard', { configurable: true, value: undefined }));
  try {
    await inElement((root) => { root.querySelector('.status').textContent = ''; });
    await inElement((root, n) => root.querySelector(`button.accept[data-suggestion="${n}"]`).focus(), i);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => window.accepts.length === 2);
    const ev = (await page.evaluate(() => window.accepts))[1];
    assert.equal(ev.copied, true);
    assert.equal(ev.edited, false);
    assert.equal(ev.text, first.s.suggestions[i].suggestion);
  } finally {
    await page.evaluate(() => delete navigator.clipboard); // the prototype's again
  }
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), first.s.suggestions[i].suggestion);
  const fb = await page.evaluate(() => window.theElement.feedback.entries('ppocr-rec'));
  assert.deepEqual(fb.map((e) => e.verdict), [0, 1]);
});

test('Dismiss (keyboard) removes the suggestion, moves focus to a heading, announces it and records feedback', async () => {
  const i = first.s.suggestions.findIndex((x) => x.target.join(' ') === '#logo');
  await page.evaluate(() => {
    window.dismissals = [];
    window.theElement.addEventListener('seam-suggestion-dismiss', (e) =>
      window.dismissals.push({ index: e.detail.index, recorded: e.detail.recorded }));
  });
  await inElement((root) => { root.querySelector('.status').textContent = ''; });
  await inElement((root, n) => root.querySelector(`button.dismiss[data-suggestion="${n}"]`).focus(), i);
  await page.keyboard.press('Space');
  await page.waitForFunction(() => window.dismissals.length === 1);
  assert.deepEqual(await page.evaluate(() => window.dismissals), [{ index: i, recorded: true }]);
  const after = await inElement((root, n) => ({
    gone: !root.querySelector(`article[data-suggestion="${n}"]`),
    items: root.querySelectorAll('article.suggestion').length,
    summary: root.querySelector('.sg-summary').textContent,
    focus: root.activeElement?.localName,
  }), i);
  assert.equal(after.gone, true);
  assert.equal(after.items, 3);
  assert.match(after.focus, /^h[2-6]$/);
  assert.match(after.summary, /^3 images of text/);
  assert.match(await statusText(), /^Suggestion dismissed\. 3 images/);
  const fb = await page.evaluate(() => window.theElement.feedback.entries('ppocr-rec'));
  assert.deepEqual(fb.map((e) => e.verdict), [0, 1, 0]);
});

test('low confidence is shown as "needs review", never asserted', async () => {
  // A review threshold of 1 (every reading below it), on the banner only (one recognition).
  const r = await page.evaluate(() => window.run({ reviewBelow: 1 }, '#banner'));
  const review = r.s.suggestions.filter((x) => x.status === 'needs-review');
  assert.equal(review.length, 1, JSON.stringify(r.s.suggestions.map((x) => x.confidence)));
  const items = await inElement((root) => [...root.querySelectorAll('article.suggestion')].map((a) => ({
    status: a.dataset.status, text: a.querySelector('.sg-status').textContent,
    says: a.querySelector('.says').previousElementSibling.textContent })));
  assert.deepEqual(items.map((x) => x.status), ['needs-review']);
  for (const it of items) {
    assert.equal(it.text, 'Needs review: the text was read with low confidence and may be wrong. ' +
      'Compare it with the image before using it.');
    assert.equal(it.says, 'The image appears to say');
  }
  assert.match(await inElement((root) => root.querySelector('.sg-summary').textContent),
    /^1 image of text with a suggested alt \(1 needs review\)\.$/);
});

test('the section passes seamkit\'s audit and axe-core', async () => {
  const ours = await page.evaluate(async () => {
    const { audit } = await import('/dist/index.js');
    const r = await audit(document.getElementById('report-host'), { tags: ['wcag2a', 'wcag2aa', 'wcag21aa'] });
    return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
  assert.deepEqual(ours, []);
  await page.evaluate(await readFile(AXE, 'utf8'));
  const axe = await page.evaluate(() => window.axe.run(document.getElementById('report-host'),
    { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa', 'best-practice'] } })
    .then((r) => r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)));
  assert.deepEqual(axe, []);
});

test('hostile text in a suggestion is shown as text, never as markup', async () => {
  const shown = await page.evaluate((h) => {
    const s = window.theSuggestions.suggestions[0];
    window.theElement.suggestions = [{ ...s, text: h, suggestion: h, alt: h, target: [h] }];
    const root = window.theElement.shadowRoot;
    const sec = root.querySelector('.suggestions');
    return { imgs: sec.querySelectorAll('img').length, scripts: sec.querySelectorAll('script').length,
      says: sec.querySelector('.says').textContent, alt: sec.querySelector('.current-alt').textContent,
      field: sec.querySelector('input.alt-edit').value, pwned: window.pwned ?? null };
  }, HOSTILE);
  assert.deepEqual(shown, { imgs: 0, scripts: 0, says: `“${HOSTILE}”`, alt: HOSTILE, field: HOSTILE, pwned: null });
  const err = await page.evaluate(() => {
    try { window.theElement.suggestions = 'x'; return null; } catch (e) { return e.code; }
  });
  assert.equal(err, 'E_INVALID_ARGUMENT');
});

test('createOcr({ timeoutMs }): an overrun rejects with E_TIMEOUT, the Worker restarts, the next call works', async () => {
  const r = await page.evaluate(() => window.timeout());
  assert.equal(r.ready, true);
  assert.deepEqual({ ok: r.first.ok, name: r.first.name, code: r.first.code },
    { ok: false, name: 'SeamkitError', code: 'E_TIMEOUT' });
  assert.match(r.first.message, /longer than 1 ms/);
  assert.equal(r.next.available, true);
  assert.equal(squash(r.next.text), 'SUMMERSALE50%OFF');
  console.log(`# after the restart: ${Math.round(r.nextMs)} ms (models reloaded in the new Worker)`);
});
