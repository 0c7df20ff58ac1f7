// OCR latency and accuracy in Debian's Chromium, through the public API
// (createOcr → the OCR Worker): per image, the median of N warm runs of each
// stage — detector pre-processing, detector model, DB post-processing,
// recogniser crops, recogniser model, CTC decoding — and post-processing
// as a share of model time (target < 10 %); then the character error rate
// on the held-out part of the rendered set and on skimage's bw_text.png.
//   node bench/ocr.mjs [--runs 15] [--warmup-ms 4000] [--threads 1] [--json]
// Needs a built dist/ (bash scripts/build.sh), the rendered set
// (node scripts/make-ocr-set.mjs) and python3-skimage.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { openBrowser, ROOT } from '../tests/browser/harness.mjs';
import { BW_TEXT_LINES, SKIMAGE_DATA, editDistance } from '../tests/web/ocr-text.mjs';

const args = process.argv.slice(2);
const arg = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const RUNS = arg('--runs', 15);
const WARMUP_MS = arg('--warmup-ms', 4000);
const THREADS = arg('--threads', 1);
const SET = path.join(ROOT, '.cache/ocr-set');
const STAGES = ['detPre', 'det', 'detPost', 'recPre', 'rec', 'recPost', 'total'];
const norm = (s) => s.normalize('NFKC').replace(/\s+/g, ' ').trim();

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** In the page: recognise a list of URLs `runs` times each, all timings back. */
async function recogniseInPage({ urls, runs, threads, warmupMs }) {
  const { createOcr } = await import('/dist/ocr/index.js');
  const ORT = { moduleUrl: '/node_modules/onnxruntime-web/dist/ort.wasm.min.mjs' };
  window.benchOcr ??= createOcr({ threads, registry: { ort: ORT } });
  const ocr = window.benchOcr;
  const ready = await ocr.ready;
  if (!ready.available) throw new Error(ready.reason);
  const load = async (u) => {
    if (u !== 'blank:') return (await fetch(u)).blob();
    const white = new ImageData(800, 400); // answered without either model
    white.data.fill(255);
    return white;
  };
  const blobs = await Promise.all(urls.map(load));
  const end = performance.now() + warmupMs;
  while (performance.now() < end) await ocr.recognize(blobs[0]);
  const out = [];
  for (const blob of blobs) {
    const samples = [];
    for (let i = 0; i < runs; i++) {
      const r = await ocr.recognize(blob);
      samples.push({ timings: r.timings, text: r.text, lines: r.lines.length });
    }
    out.push(samples);
  }
  return { ready, out };
}

function cerOf(pairs) {
  let d = 0;
  let n = 0;
  let dn = 0;
  let nn = 0;
  for (const [truth, got] of pairs) {
    const t = norm(truth);
    d += editDistance(t, norm(got));
    n += [...t].length;
    const t2 = t.replace(/ /g, '');
    dn += editDistance(t2, norm(got).replace(/ /g, ''));
    nn += [...t2].length;
  }
  return { cer: d / n, cerIgnoringSpaces: dn / nn, chars: n };
}

const mounts = { '/skimage/': SKIMAGE_DATA };
if (existsSync(SET)) mounts['/ocr-set/'] = SET;
const b = await openBrowser({ mounts });
const report = { runs: RUNS, threads: THREADS, images: [], cer: {} };
try {
  const page = await b.newPage();
  await page.goto(`${b.url}/tests/browser/pages/ocr/index.html`);
  const labels = existsSync(SET) ? JSON.parse(readFileSync(path.join(SET, 'labels.json'), 'utf8')) : null;
  const held = labels?.items.filter((i) => i.part === 'held-out') ?? [];
  const latencyImages = [
    { name: 'bw_text.png (skimage, 10 lines)', url: '/skimage/bw_text.png' },
    { name: 'page.png (skimage, photo of a page)', url: '/skimage/page.png' },
    ...held.filter((i) => i.lines.length === 1).slice(0, 1)
      .map((i) => ({ name: `${i.file} (rendered, 1 line)`, url: `/ocr-set/${i.file}` })),
    ...held.filter((i) => i.lines.length === 3).slice(0, 1)
      .map((i) => ({ name: `${i.file} (rendered, 3 lines)`, url: `/ocr-set/${i.file}` })),
    { name: 'blank 800×400 (no text, no model run)', url: 'blank:' },
  ];
  const lat = await page.evaluate(recogniseInPage, { urls: latencyImages.map((i) => i.url),
    runs: RUNS, threads: THREADS, warmupMs: WARMUP_MS });
  report.model = lat.ready.model;
  latencyImages.forEach((img, k) => {
    const s = lat.out[k];
    const med = Object.fromEntries(STAGES.map((st) => [st, median(s.map((x) => x.timings[st]))]));
    const model = med.det + med.rec;
    report.images.push({ ...img, lines: s[0].lines, median: med,
      postPctOfModel: model > 0 ? (100 * (med.detPost + med.recPost)) / model : null,
      prePctOfModel: model > 0 ? (100 * (med.detPre + med.recPre)) / model : null });
  });
  const bw = lat.out[0][0].text;
  report.cer.bwText = { ...cerOf([[BW_TEXT_LINES.join(' '), bw]]), text: bw };
  if (held.length) {
    const r = await page.evaluate(recogniseInPage, { urls: held.map((i) => `/ocr-set/${i.file}`),
      runs: 1, threads: THREADS, warmupMs: 0 });
    report.cer.heldOut = { images: held.length,
      ...cerOf(held.map((it, k) => [it.lines.join(' '), r.out[k][0].text])) };
  }
} finally {
  await b.close();
}

if (args.includes('--json')) {
  console.log(JSON.stringify(report, null, 2));
} else {
  const f = (x) => x.toFixed(1).padStart(8);
  console.log(`OCR in Chromium, ${RUNS} warm runs per image, median ms, ORT threads ${THREADS}`);
  console.log(`${'image'.padEnd(42)}${STAGES.map((s) => s.padStart(8)).join('')}  post/model  pre/model`);
  const pct = (x, w) => (x === null ? '—'.padStart(w + 2) : `${x.toFixed(1).padStart(w)} %`);
  for (const r of report.images) {
    console.log(`${r.name.padEnd(42)}${STAGES.map((s) => f(r.median[s])).join('')}` +
      `  ${pct(r.postPctOfModel, 8)}  ${pct(r.prePctOfModel, 7)}`);
  }
  const c = report.cer;
  console.log(`CER bw_text.png: ${(100 * c.bwText.cer).toFixed(2)} % ` +
    `(ignoring spaces ${(100 * c.bwText.cerIgnoringSpaces).toFixed(2)} %)`);
  if (c.heldOut) {
    console.log(`CER held-out rendered set (${c.heldOut.images} images, ${c.heldOut.chars} chars): ` +
      `${(100 * c.heldOut.cer).toFixed(2)} % (ignoring spaces ${(100 * c.heldOut.cerIgnoringSpaces).toFixed(2)} %)`);
  } else {
    console.log('held-out set missing: run node scripts/make-ocr-set.mjs');
  }
}
