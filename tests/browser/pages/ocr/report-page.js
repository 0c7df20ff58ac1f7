// The page of tests/browser/report-suggestions.test.mjs: images of text in
// every source the suggestions read (an <img> with a file-name alt, an
// <input type=image> with none, an image in a same-origin iframe, an SVG with
// only a viewBox, a one-character image that must give no suggestion), then
// audit → report → suggestions → <seam-audit-report>.
import { audit, report, FeedbackStore } from '/dist/index.js';
import { suggestImageText } from '/dist/a11y/ocr-suggest.js';
import { createOcr } from '/dist/ocr/index.js';
import '/dist/components/seam-audit-report.js';
import { banner } from './ocr-page.js';

const ORT = { moduleUrl: '/node_modules/onnxruntime-web/dist/ort.wasm.min.mjs' };
const REGISTRY = { ort: ORT };

const loaded = (el) => new Promise((resolve) => {
  el.addEventListener('load', resolve, { once: true });
  el.addEventListener('error', resolve, { once: true });
});

function add(html) {
  const host = document.getElementById('images');
  host.insertAdjacentHTML('beforeend', html);
  return host.lastElementChild;
}

// Text in an SVG that has a viewBox and no width or height (no natural size).
const SVG_LOGO = 'data:image/svg+xml,' + encodeURIComponent('<svg xmlns="http://www.w3.org/2000/svg" ' +
  'viewBox="0 0 200 50"><rect width="200" height="50" fill="#fff"/><text x="100" y="34" ' +
  'font-family="DejaVu Sans" font-weight="bold" font-size="26" text-anchor="middle" fill="#123">' +
  'TRAIL SHOP</text></svg>');

window.setup = async () => {
  const waits = [];
  const img = add('<img id="banner" alt="banner1.png">');
  waits.push(loaded(img));
  img.src = banner(['SUMMER SALE', '50% OFF']);
  const input = add('<form><input type="image" id="go"></form>').firstElementChild;
  waits.push(loaded(input));
  input.src = banner(['Buy now'], { size: 40, bg: ['#dbeafe', '#93c5fd'] });
  const svg = add('<img id="logo" style="width:200px;height:50px">');
  waits.push(loaded(svg));
  svg.src = SVG_LOGO;
  const one = add('<img id="one" alt="img_7.png">');
  waits.push(loaded(one));
  one.src = banner(['7'], { width: 120, size: 60 });
  const frame = add('<iframe id="frame" title="Sale details" width="600" height="240"></iframe>');
  const fdoc = frame.contentDocument;
  fdoc.open();
  fdoc.write('<!DOCTYPE html><html lang="en"><title>Sale details</title><body style="margin:0">' +
    '<img id="inner" alt="IMG_0042.jpg"></body></html>');
  fdoc.close();
  const inner = fdoc.getElementById('inner');
  waits.push(loaded(inner));
  inner.src = banner(['Closed on Sunday'], { size: 40, bg: ['#fee2e2', '#fca5a5'] });
  await Promise.all(waits);
};

/** One OCR for the whole page (its models load once). */
let ocr = null;
const theOcr = () => (ocr ??= createOcr({ registry: REGISTRY }));

/** What the report part of the element shows (to compare before and after suggestions). */
const reportPart = (el) => {
  const sec = el.shadowRoot.querySelector('section.report');
  return { html: sec.outerHTML, counts: sec.querySelector('.counts').textContent,
    cards: sec.querySelectorAll('article.group').length };
};

/** Audit → report → element; then the suggestions of `root` (a selector; default the document). */
window.run = async (options = {}, root = null) => {
  const results = await audit(document, { tags: ['wcag2a', 'wcag2aa'] });
  const r = await report(results);
  const el = document.createElement('seam-audit-report');
  el.report = r;
  el.feedback = new FeedbackStore();
  const host = document.getElementById('report-host');
  host.replaceChildren(el);
  const before = reportPart(el);
  const t0 = performance.now();
  const s = await suggestImageText(results, root ? document.querySelector(root) : document,
    { ocr: theOcr(), ...options });
  const suggestMs = performance.now() - t0;
  el.suggestions = s;
  window.theElement = el;
  window.theSuggestions = s;
  await customElements.whenDefined('seam-confidence');
  return { before, after: reportPart(el), suggestMs, groups: r.groups.length,
    rules: results.violations.map((v) => `${v.id}:${v.nodes.length}`),
    s: JSON.parse(JSON.stringify(s)) };
};

/** createOcr({ timeoutMs: 1 }) on the banner, then the same OCR with a normal limit. */
window.timeout = async () => {
  const t = createOcr({ registry: REGISTRY, timeoutMs: 1 });
  try {
    const ready = await t.ready;
    const img = document.getElementById('banner');
    const first = await t.recognize(img).then((x) => ({ ok: true, text: x.text }),
      (e) => ({ ok: false, name: e.name, code: e.code, message: e.message }));
    const t0 = performance.now();
    const next = await t.recognize(img, { timeoutMs: 30000 });
    return { ready: ready.available, first, next: { available: next.available, text: next.text },
      nextMs: performance.now() - t0 };
  } finally {
    t.close();
  }
};

/** The OCR's reading of one image of the page (to show what a skipped reading was). */
window.read = async (id) => {
  const r = await theOcr().recognize(document.getElementById(id));
  return r.text;
};
