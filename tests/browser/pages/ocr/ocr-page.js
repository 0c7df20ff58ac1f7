// The OCR browser tests' page: draws images of text on canvases (same-origin
// data URLs), adds a cross-origin image, and exposes helpers that run the
// audit, the OCR suggestions and createOcr() and return plain summaries.
import { audit } from '/dist/a11y/index.js';
import { suggestImageText } from '/dist/a11y/ocr-suggest.js';
import { createOcr } from '/dist/ocr/index.js';

// Unbundled pages must tell the Worker where ONNX Runtime Web lives.
const ORT = { moduleUrl: '/node_modules/onnxruntime-web/dist/ort.wasm.min.mjs' };

/** A banner: gradient background, one or more lines of bold text. */
export function banner(lines, { width = 560, size = 44, bg = ['#fde68a', '#f97316'], fg = '#111827' } = {}) {
  const lineH = Math.round(size * 1.35);
  const c = document.createElement('canvas');
  c.width = width;
  c.height = lineH * lines.length + 40;
  const g = c.getContext('2d');
  const grad = g.createLinearGradient(0, 0, c.width, c.height);
  grad.addColorStop(0, bg[0]);
  grad.addColorStop(1, bg[1]);
  g.fillStyle = grad;
  g.fillRect(0, 0, c.width, c.height);
  g.fillStyle = fg;
  g.font = `bold ${size}px "DejaVu Sans"`;
  g.textBaseline = 'middle';
  g.textAlign = 'center';
  lines.forEach((l, i) => g.fillText(l, c.width / 2, 20 + lineH * (i + 0.5)));
  return c.toDataURL('image/png');
}

function blank(width, height, colour) {
  const c = document.createElement('canvas');
  c.width = width;
  c.height = height;
  const g = c.getContext('2d');
  g.fillStyle = colour;
  g.fillRect(0, 0, width, height);
  return c.toDataURL('image/png');
}

function addImage(id, src, attrs = {}) {
  const img = document.createElement('img');
  img.id = id;
  for (const [k, v] of Object.entries(attrs)) img.setAttribute(k, v);
  img.src = src;
  document.getElementById('images').append(img);
  return img.decode().catch(() => {});
}

/** Builds the page's images; crossOrigin: the URL of an image on another origin. */
window.setupImages = async (crossOrigin) => {
  await Promise.all([
    addImage('banner', banner(['SUMMER SALE', '50% OFF']), { alt: 'banner1.png' }),
    addImage('noalt', banner(['Free shipping today'], { size: 36, bg: ['#e0f2fe', '#bae6fd'] })),
    addImage('good', banner(['Open daily'], { size: 40, bg: ['#dcfce7', '#86efac'] }),
      { alt: 'Open daily' }),
    addImage('wrong', banner(['Closed on Sunday'], { size: 40, bg: ['#fee2e2', '#fca5a5'] }),
      { alt: 'A photo of our friendly team' }),
    addImage('tiny', banner(['tiny'], { size: 12, width: 60 }), { alt: 'img_0042.jpg', height: '20' }),
    addImage('decor', blank(300, 100, '#3b82f6'), { alt: '' }),
    addImage('cross', crossOrigin, { alt: 'product.svg', width: '200', height: '200' }),
  ]);
};

/** Audit, then suggestions: both summaries, and how long each took. */
window.runSuggestions = async (options = {}) => {
  const t0 = performance.now();
  const results = await audit(document);
  const auditMs = performance.now() - t0;
  const imageAlt = results.violations.find((v) => v.id === 'image-alt');
  const summary = { violations: results.violations.map((v) => v.id),
    imageAltTargets: imageAlt ? imageAlt.nodes.map((n) => n.target.join(' ')) : [] };
  const t1 = performance.now();
  const s = await suggestImageText(results, document,
    { ...options, ocrOptions: { registry: { ort: ORT, ...(options.registry ?? {}) } } });
  const workerLoaded = performance.getEntriesByType('resource')
    .some((e) => e.name.endsWith('/dist/ocr/worker.js'));
  return { audit: summary, auditMs, suggestMs: performance.now() - t1, workerLoaded,
    suggestions: JSON.parse(JSON.stringify(s)) };
};

/** createOcr().recognize() on a generated image, in the Worker. */
window.recognizeGenerated = async (kind) => {
  const ocr = createOcr({ registry: { ort: ORT } });
  try {
    await ocr.ready;
    let source;
    if (kind === 'blank') {
      source = new ImageData(800, 400);
      source.data.fill(255);
    } else if (kind === 'transparent') {
      source = new ImageData(300, 300);
    } else {
      const img = new Image();
      img.src = banner(['SUMMER SALE', '50% OFF']);
      await img.decode();
      source = img;
    }
    const t0 = performance.now();
    const r = await ocr.recognize(source);
    return { ms: performance.now() - t0, ...JSON.parse(JSON.stringify(r)) };
  } finally {
    ocr.close();
  }
};

/** The SeamkitError codes of bad calls (null: no error). */
window.badArguments = async () => {
  const code = async (fn) => {
    try { await fn(); return null; } catch (e) { return `${e.name}:${e.code}`; }
  };
  const ocr = createOcr({ registry: { ort: ORT } });
  const out = {
    threads: await code(() => createOcr({ threads: 'two' })),
    registry: await code(() => createOcr({ registry: 7 })),
    source: await code(() => ocr.recognize(42)),
    imageData: await code(() => ocr.recognize({ data: new Uint8Array(3), width: 1, height: 1 })),
    maxSide: await code(() => ocr.recognize(new ImageData(4, 4), { maxSide: 1e6 })),
    signal: await code(() => ocr.recognize(new ImageData(4, 4), { signal: 'stop' })),
    threshold: await code(() => suggestImageText(null, document, { similarityThreshold: 2 })),
    root: await code(() => suggestImageText(null, /** @type {any} */ ('body'))),
    aborted: await code(() => { const a = new AbortController(); a.abort(); return ocr.recognize(new ImageData(4, 4), { signal: a.signal }); }),
  };
  ocr.close();
  return out;
};
