// The report's "AI-assisted suggestions" section in Node: suggestionView()
// (the strings the section shows) and toHTML(report, { suggestions }) on the
// real shop report (tests/fixtures/report/shop-results.json), with hostile
// text in every suggestion field. The Chromium side (the editable section of
// <seam-audit-report>) is tests/browser/report-suggestions.test.mjs.
import test from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { report, toHTML, suggestionView } from '../../dist/report/index.js';
import { SeamkitError } from '../../dist/index.js';

const shop = JSON.parse(await readFile(new URL('../fixtures/report/shop-results.json', import.meta.url), 'utf8'));

/** A suggestion with the fields suggestImageText() gives (the browser tests make real ones). */
const suggestion = (over = {}) => ({
  ruleId: 'image-text-alt-suggestion', aiAssisted: true, kind: 'file-name-alt', target: ['#banner'],
  html: '<img id="banner" alt="banner1.png">', text: 'SUMMER SALE 50% OFF', alt: 'banner1.png',
  altSource: 'alt', auditRule: null, similarity: 0.1, confidence: 0.91, rawConfidence: 0.99,
  display: null, suggestion: 'SUMMER SALE 50% OFF', status: 'suggested',
  thresholds: { similarity: 0.45, reviewBelow: 0.5 }, message: '', lines: [], modelId: 'ppocr-rec',
  model: null, ...over,
});

const HOSTILE = '"><script>alert(1)</script><img src=x onerror=alert(2)>&amp;\'';

test('suggestionView: what the image appears to say, the current alt, the suggested alt, the confidence', () => {
  const v = suggestionView(suggestion());
  assert.equal(v.aiAssisted, true);
  assert.equal(v.heading, 'Image of text whose alt is a file name');
  assert.equal(v.says, 'SUMMER SALE 50% OFF');
  assert.equal(v.currentAltText, 'banner1.png');
  assert.equal(v.suggestedAlt, 'SUMMER SALE 50% OFF');
  assert.equal(v.confidenceText, '91% calibrated confidence');
  assert.equal(v.claim, 'This image appears to say “SUMMER SALE 50% OFF”');
  assert.equal(v.needsReview, false);
  assert.equal(v.statusLabel, 'Suggested');
  assert.equal(v.selector, '#banner');
  assert.equal(v.modelId, 'ppocr-rec');
  assert.equal(v.reviewBelow, 0.5);

  const missing = suggestionView(suggestion({ kind: 'missing-alt', alt: null, altSource: null }));
  assert.equal(missing.heading, 'Image of text with no alt');
  assert.equal(missing.currentAltText, 'none');
  const label = suggestionView(suggestion({ kind: 'alt-disagrees', alt: 'Team photo', altSource: 'aria-label' }));
  assert.equal(label.currentAltLabel, 'Current name (aria-label)');
});

test('suggestionView: low confidence says "needs review" and never asserts the reading', () => {
  const v = suggestionView(suggestion({ confidence: 0.31, status: 'needs-review' }));
  assert.equal(v.needsReview, true);
  assert.equal(v.statusLabel, 'Needs review');
  assert.equal(v.statusText, 'the text was read with low confidence and may be wrong. ' +
    'Compare it with the image before using it.');
  assert.match(v.claim, /appears to say/);
  assert.equal(v.confidenceText, '31% calibrated confidence');
});

test('suggestionView refuses what is not a suggestion', () => {
  for (const bad of [null, 'x', {}, { text: 'x' }, suggestion({ confidence: 1.5 }), suggestion({ alt: 7 })]) {
    assert.throws(() => suggestionView(/** @type {any} */ (bad)),
      (e) => e instanceof SeamkitError && e.code === 'E_INVALID_ARGUMENT');
  }
});

test('toHTML with suggestions: a separate AI-assisted section; the report part is unchanged', async () => {
  const r = await report(shop);
  const plain = toHTML(r);
  const s = { available: true, suggestions: [suggestion(),
    suggestion({ kind: 'missing-alt', alt: null, target: ['#logo'], text: 'Fern & Field',
      suggestion: 'Fern & Field', confidence: 0.2, status: 'needs-review' })] };
  const html = toHTML(r, { suggestions: s });
  // The report itself (summary, counts, groups) is the plain export's, byte for byte.
  const reportOf = (h) => h.slice(h.indexOf('<section class="report"'), h.indexOf('</section>') + 10);
  assert.ok(reportOf(plain).length > 1000);
  assert.equal(reportOf(html), reportOf(plain));
  const start = html.indexOf('<section class="suggestions"');
  assert.ok(start > html.indexOf('<section class="report"'), 'the section comes after the report');
  const section = html.slice(start);
  assert.match(section, /<h2 id="sg-h">AI-assisted suggestions<\/h2>/);
  assert.match(section, /Not audit results/);
  assert.match(section, /2 images of text with a suggested alt \(1 needs review\)\./);
  assert.match(section, /The image appears to say<\/dt><dd class="says">“SUMMER SALE 50% OFF”/);
  assert.match(section, /<code>banner1\.png<\/code>/);
  assert.match(section, /<strong>Needs review:<\/strong>/);
  assert.match(section, /Fern &amp; Field/);
  // The confidence display from the core: a meter with its accessible value text.
  assert.match(section, /role="meter"/);
  assert.doesNotMatch(html, /<script|<button|<input/i, 'a static file: no script, no controls');
});

test('toHTML escapes hostile text in every suggestion field', async () => {
  const r = await report(shop);
  const html = toHTML(r, { suggestions: [suggestion({ text: HOSTILE, suggestion: HOSTILE, alt: HOSTILE,
    altSource: HOSTILE, target: [HOSTILE], kind: HOSTILE })] });
  const section = html.slice(html.indexOf('<section class="suggestions"'));
  assert.doesNotMatch(section, /<script|<img|onerror=alert\(2\)>/i);
  assert.match(section, /&lt;script&gt;alert\(1\)&lt;\/script&gt;/);
  assert.match(section, /&amp;amp;/);
});

test('toHTML: unavailable suggestions say why; no suggestions option, no section', async () => {
  const r = await report(shop);
  const html = toHTML(r, { suggestions: { available: false, reason: 'the models did not load', suggestions: [] } });
  assert.match(html, /AI-assisted suggestions are unavailable: the models did not load\./);
  assert.doesNotMatch(toHTML(r), /AI-assisted/);
  assert.doesNotMatch(toHTML(r, { suggestions: null }), /AI-assisted/);
  assert.throws(() => toHTML(r, { suggestions: 'x' }), (e) => e.code === 'E_INVALID_ARGUMENT');
});
