// Avatar pipeline latency in Debian's Chromium: median per stage (decode,
// detect = letterbox + ORT inference + decoding, align, stylize, mask,
// encode = result ImageBitmap + PNG Blob, total) and the time the page waits
// for the quick preview, the aligned preview and the final avatar, for
// skimage's astronaut.png, per style and output size, after a time-based
// warm-up (V8 tiers ORT's wasm up late; see the model notes). Then the
// stylisation kernels, SIMD against their scalar references, as wasm in the
// same Chromium: tests/bench/vision_kernels_bench.cpp linked with em++
// against the wasm build's libraries (build/wasm-release, made by build.sh).
//   node bench/avatar.mjs [--runs 25] [--warmup-ms 4000] [--kernel-runs 15]
//                         [--no-kernels] [--kernels-only] [--json]
// Needs a built dist/ (bash scripts/build.sh) and python3-skimage.
import { execFileSync } from 'node:child_process';
import { mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { openBrowser, ROOT } from '../tests/browser/harness.mjs';

const SKIMAGE = '/usr/lib/python3/dist-packages/skimage/data';
const args = process.argv.slice(2);
const arg = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const RUNS = arg('--runs', 25);
const WARMUP_MS = arg('--warmup-ms', 4000);
const KERNEL_RUNS = arg('--kernel-runs', 15);
const STAGES = ['decode', 'detect', 'inference', 'align', 'stylize', 'mask', 'encode', 'total'];
const WAITS = ['quickMs', 'previewMs', 'wallMs'];
const CONFIGS = [
  { style: 'cartoon', size: 256 }, { style: 'posterize', size: 256 },
  { style: 'duotone', size: 256 }, { style: 'sketch', size: 256 },
  { style: 'none', size: 256 }, { style: 'cartoon', size: 512 }, { style: 'sketch', size: 512 },
];

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** Links the kernel bench to wasm (simd128) when it is missing or older than the libraries. */
function buildKernelBench() {
  const libs = ['libseamkit_vision.a', 'libseamkit_common.a']
    .map((l) => path.join(ROOT, 'build/wasm-release', l));
  const src = path.join(ROOT, 'tests/bench/vision_kernels_bench.cpp');
  const out = path.join(ROOT, 'build/bench-kernels/kernels.mjs');
  const mtime = (f) => statSync(f).mtimeMs;
  const newest = Math.max(...[src, ...libs].map(mtime));
  let fresh = false;
  try { fresh = mtime(out) > newest; } catch { /* not built yet */ }
  if (!fresh) {
    mkdirSync(path.dirname(out), { recursive: true });
    execFileSync('em++', ['-std=c++20', '-O3', '-msimd128', '-fwasm-exceptions', '-DNDEBUG',
      `-I${ROOT}`, src, ...libs, '-sALLOW_MEMORY_GROWTH=1', '-sENVIRONMENT=web',
      '-sMODULARIZE=1', '-sEXPORT_ES6=1', '-sEXPORT_NAME=runKernelBench', '-sFILESYSTEM=0',
      '-o', out], { stdio: ['ignore', 'inherit', 'inherit'],
      env: { ...process.env, NODE_PATH: ['/usr/share/nodejs', process.env.NODE_PATH]
        .filter(Boolean).join(':') } });
  }
  return `/${path.relative(ROOT, out)}`;
}

/** The kernel bench's lines, run in the page (its main() prints them). */
async function kernelRows(page, url) {
  const lines = await page.evaluate(async ({ u, runs }) => {
    const out = [];
    const factory = (await import(u)).default;
    await factory({ print: (s) => out.push(s), printErr: (s) => out.push(s),
      arguments: [String(runs)] });
    return out;
  }, { u: url, runs: KERNEL_RUNS });
  const re = /^(.+?)\s+simd\s+([\d.]+) \(med\s+([\d.]+)\) ms\s+scalar\s+([\d.]+) \(med\s+([\d.]+)\) ms\s+ratio\s+([\d.]+)x(.*)$/;
  return lines.map((l) => re.exec(l)).filter(Boolean).map((m) => ({ kernel: m[1].trim(),
    simd: Number(m[2]), simdMedian: Number(m[3]), scalar: Number(m[4]),
    scalarMedian: Number(m[5]), ratio: Number(m[6]),
    // Kernels whose work the styles now do inside fused kernels.
    onStylePath: !m[7].includes('not on any style')}));
}

async function pipelineRows(page) {
  const run = (cfg) => page.evaluate((c) => window.runAvatar('/skimage/astronaut.png',
    { name: 'A', quickPreview: true, ...c }), cfg);
  const first = await run({ size: 256 });
  if (first.kind !== 'photo') throw new Error(`no face found: ${JSON.stringify(first)}`);
  const cold = { total: first.timings.total, modelLoad: first.timings.modelLoad,
    quickMs: first.quickMs, wallMs: first.wallMs };
  const warmEnd = Date.now() + WARMUP_MS;
  while (Date.now() < warmEnd) await run({ size: 256 });
  const rows = [];
  for (const cfg of CONFIGS) {
    const samples = Object.fromEntries([...STAGES, ...WAITS].map((s) => [s, []]));
    for (let i = 0; i < RUNS; i++) {
      const r = await run(cfg);
      if (r.kind !== 'photo') throw new Error(`run ${i}: ${JSON.stringify(r.fallback ?? r)}`);
      for (const s of STAGES) samples[s].push(r.timings[s]);
      for (const s of WAITS) samples[s].push(r[s]);
    }
    rows.push({ ...cfg, ...Object.fromEntries(Object.entries(samples).map(([k, v]) => [k, median(v)])) });
  }
  return { cold, rows };
}

function printPipeline({ cold, rows }) {
  console.log(`avatar pipeline, Chromium, astronaut.png 512x512, median of ${RUNS} runs (ms);`);
  console.log(`first job in a fresh page: quick preview ${cold.quickMs.toFixed(0)} ms, avatar ` +
    `${cold.wallMs.toFixed(0)} ms (model load incl. ORT start ${cold.modelLoad.toFixed(0)} ms)`);
  const cols = [...STAGES, 'quick', 'preview', 'final'];
  console.log(['style', 'size', ...cols].map((h) => h.padStart(10)).join(''));
  for (const r of rows) {
    const vals = [...STAGES.map((s) => r[s]), r.quickMs, r.previewMs, r.wallMs];
    console.log([r.style, String(r.size), ...vals.map((v) => v.toFixed(1))]
      .map((c) => c.padStart(10)).join(''));
  }
  console.log('detect = letterbox + ORT inference + BlazeFace decoding; total = in the Worker; ' +
    'quick / preview / final = createAvatarJob() to the 96 px quick preview, to the aligned ' +
    'crop and to the resolved avatar, on the page.');
}

function printKernels(rows) {
  console.log(`\nstylisation kernels, wasm simd128 in Chromium, 512x512 RGBA, best of ${KERNEL_RUNS} (ms)`);
  console.log(['kernel'.padEnd(24), 'simd', 'scalar', 'ratio'].map((h, i) => (i ? h.padStart(10) : h)).join(''));
  for (const k of rows) {
    const note = !k.onStylePath ? "   not on any style's path" : k.ratio < 3 ? '   < 3x' : '';
    console.log(k.kernel.padEnd(24) + [k.simd.toFixed(3), k.scalar.toFixed(3), `${k.ratio.toFixed(2)}x`]
      .map((c) => c.padStart(10)).join('') + note);
  }
  console.log('SIMD and scalar runs alternate within each repetition; ratio = best scalar / best SIMD.');
}

const kernelUrl = args.includes('--no-kernels') ? null : buildKernelBench();
let pipeline = null;
let kernels = null;
if (!args.includes('--kernels-only')) {
  const b = await openBrowser({ mounts: { '/skimage/': SKIMAGE } });
  try {
    const page = await b.newPage();
    await page.goto(`${b.url}/tests/browser/pages/avatar/index.html`);
    await page.waitForFunction(() => typeof window.runAvatar === 'function');
    pipeline = await pipelineRows(page);
  } finally {
    await b.close();
  }
}
if (kernelUrl) {
  // Cross-origin isolated, so performance.now() (behind std::chrono) has
  // microsecond resolution instead of 100 us.
  const b = await openBrowser({ headers: { 'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Embedder-Policy': 'require-corp' } });
  try {
    const page = await b.newPage();
    await page.goto(`${b.url}/bench/pages/blank.html`);
    if (!await page.evaluate(() => globalThis.crossOriginIsolated)) {
      throw new Error('the kernel page is not cross-origin isolated: timings would be coarse');
    }
    kernels = await kernelRows(page, kernelUrl);
  } finally {
    await b.close();
  }
}
if (args.includes('--json')) {
  console.log(JSON.stringify({ runs: RUNS, ...(pipeline ?? {}), kernels }, null, 2));
} else {
  if (pipeline) printPipeline(pipeline);
  if (kernels) printKernels(kernels);
}
