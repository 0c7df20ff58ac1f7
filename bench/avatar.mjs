// Avatar pipeline latency in Debian's Chromium: median per stage (decode,
// detect = letterbox + ORT inference + decoding, align, stylize, mask,
// encode = result ImageBitmap + PNG Blob, total)
// for skimage's astronaut.png, per style and output size, after a
// time-based warm-up (V8 tiers ORT's wasm up late; see the model notes).
//   node bench/avatar.mjs [--runs 25] [--warmup-ms 4000] [--json]
// Needs a built dist/ (bash scripts/build.sh) and python3-skimage.
import { openBrowser } from '../tests/browser/harness.mjs';

const SKIMAGE = '/usr/lib/python3/dist-packages/skimage/data';
const args = process.argv.slice(2);
const arg = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const RUNS = arg('--runs', 25);
const WARMUP_MS = arg('--warmup-ms', 4000);
const STAGES = ['decode', 'detect', 'inference', 'align', 'stylize', 'mask', 'encode', 'total',
  'wall'];
const CONFIGS = [
  { style: 'cartoon', size: 256 }, { style: 'posterize', size: 256 },
  { style: 'duotone', size: 256 }, { style: 'sketch', size: 256 },
  { style: 'none', size: 256 }, { style: 'cartoon', size: 512 }, { style: 'sketch', size: 512 },
];

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const b = await openBrowser({ mounts: { '/skimage/': SKIMAGE } });
try {
  const page = await b.newPage();
  await page.goto(`${b.url}/tests/browser/pages/avatar/index.html`);
  await page.waitForFunction(() => typeof window.runAvatar === 'function');
  const first = await page.evaluate(() =>
    window.runAvatar('/skimage/astronaut.png', { name: 'A', size: 256 }));
  if (first.kind !== 'photo') throw new Error(`no face found: ${JSON.stringify(first)}`);
  const cold = { total: first.timings.total, modelLoad: first.timings.modelLoad };
  const warmEnd = Date.now() + WARMUP_MS;
  while (Date.now() < warmEnd) {
    await page.evaluate(() => window.runAvatar('/skimage/astronaut.png', { name: 'A', size: 256 }));
  }
  const rows = [];
  for (const cfg of CONFIGS) {
    const samples = Object.fromEntries(STAGES.map((s) => [s, []]));
    for (let i = 0; i < RUNS; i++) {
      const r = await page.evaluate((c) =>
        window.runAvatar('/skimage/astronaut.png', { name: 'A', ...c }), cfg);
      if (r.kind !== 'photo') throw new Error(`run ${i}: ${JSON.stringify(r.fallback ?? r)}`);
      for (const s of STAGES) samples[s].push(s === 'wall' ? r.wallMs : r.timings[s]);
    }
    rows.push({ ...cfg, ...Object.fromEntries(STAGES.map((s) => [s, median(samples[s])])) });
  }
  if (args.includes('--json')) {
    console.log(JSON.stringify({ runs: RUNS, cold, rows }, null, 2));
  } else {
    console.log(`avatar pipeline, Chromium, astronaut.png 512x512, median of ${RUNS} runs (ms);`);
    console.log(`first job in a fresh page: total ${cold.total.toFixed(0)} ms ` +
      `(model load incl. ORT start ${cold.modelLoad.toFixed(0)} ms)`);
    console.log(['style', 'size', ...STAGES].map((h) => h.padStart(10)).join(''));
    for (const r of rows) {
      console.log([r.style, String(r.size), ...STAGES.map((s) => r[s].toFixed(1))]
        .map((c) => c.padStart(10)).join(''));
    }
    console.log('detect = letterbox + ORT inference + BlazeFace decoding; total = in the Worker; ' +
      'wall = createAvatarJob() to the resolved promise on the page.');
  }
} finally {
  await b.close();
}
