// Post-processing vs model time of the PP-OCRv4 pipeline in Node (1 thread):
//   bash scripts/build.sh && node bench/ocr-core.mjs [seconds-of-warm-up]
// Per image: detector and recogniser model time, the core's pre-processing
// (det input, rec crops) and post-processing (DB boxes, CTC decode), medians
// over the timed runs. Target (issue #8): post-processing < 10 % of model time.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { loadCore } from '../dist/loader.js';
import { loadOrt } from '../dist/models/ort.js';
import { ROOT, SKIMAGE, readPngRgba, openOcr, runOcr } from '../tests/web/ocr-pipeline.mjs';

const warmSeconds = Number(process.argv[2] ?? 3);
const IMAGES = [
  path.join(ROOT, 'tests/fixtures/ocr/summer-sale.png'),
  path.join(SKIMAGE, 'bw_text.png'),
  path.join(SKIMAGE, 'page.png'),
].filter((f) => existsSync(f));

const median = (v) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)];

const core = await loadCore();
const ort = await loadOrt({ numThreads: 1 });
const ocr = await openOcr(core, ort);
for (const file of IMAGES) {
  const img = await readPngRgba(file);
  // Time-based warm-up: V8 tiers ORT's wasm up late (see the notes).
  const until = performance.now() + warmSeconds * 1000;
  let last;
  while (performance.now() < until) last = await runOcr(core, ort, ocr, img);
  const runs = [];
  for (let i = 0; i < 10; i++) runs.push((await runOcr(core, ort, ocr, img)).t);
  const m = (k) => median(runs.map((r) => r[k]));
  const model = m('detModel') + m('recModel');
  console.log(`${path.basename(file)} ${img.width}x${img.height}: ${last.boxes.length} boxes; ` +
    `det ${m('detModel').toFixed(1)} ms, rec ${m('recModel').toFixed(1)} ms, ` +
    `pre ${m('pre').toFixed(2)} ms, post ${m('post').toFixed(2)} ms (boxes ${m('boxes').toFixed(2)}, ctc ${m('ctc').toFixed(2)}) ` +
    `(post ${(100 * m('post') / model).toFixed(2)} % of model time, pre ${(100 * m('pre') / model).toFixed(2)} %)`);
}
