// `npm run bench:confidence`:
//  1. calibration fits on 1,000,000 scores: seamkit (wasm, in Node's V8)
//     against scikit-learn (Debian's python3-sklearn) on the same data, same
//     machine, median of 3 — with the fitted parameters compared;
//  2. 1,000 <seam-confidence> elements rendered into a feed in headless
//     Chromium: time from insertion to the frame that shows them all,
//     against the 16.7 ms budget of one 60 Hz frame (median of 5).
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openBrowser } from '../tests/browser/harness.mjs';
import * as seamkit from '../dist/index.js';

const N = Number(process.env.BENCH_N ?? 1_000_000);
const RUNS = 3;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function sklearnPeer() {
  const dir = await mkdtemp(path.join(tmpdir(), 'seamkit-bench-'));
  const dump = path.join(dir, 'data.bin');
  const out = execFileSync('/usr/bin/python3',
    ['scripts/bench_sklearn_calibration.py', '--n', String(N), '--repeats', String(RUNS), '--dump', dump],
    { encoding: 'utf8' });
  const bytes = await readFile(dump);
  await rm(dir, { recursive: true, force: true });
  const scores = new Float64Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + 8 * N));
  const labels = new Uint8Array(bytes.buffer.slice(bytes.byteOffset + 8 * N, bytes.byteOffset + 9 * N));
  return { peer: JSON.parse(out), scores, labels };
}

function timeFit(spec) {
  const times = [];
  let cal;
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    cal = seamkit.fitCalibration(spec);
    times.push((performance.now() - t0) / 1000);
  }
  return { s: median(times), params: cal.toJSON() };
}

async function fits() {
  await seamkit.init();
  const { peer, scores, labels } = await sklearnPeer();
  const iso = timeFit({ method: 'isotonic', scores, labels });
  const platt = timeFit({ method: 'platt', scores, labels });
  const temp = timeFit({ method: 'temperature', scores, labels });
  const rows = [
    ['isotonic (PAV)', iso.s, peer.isotonic_fit_s,
      `${(iso.params.x ?? iso.params.thresholds_x ?? []).length || '?'} vs ${peer.isotonic_thresholds} thresholds`],
    ['Platt (sigmoid)', platt.s, peer.platt_fit_s,
      `a ${platt.params.a?.toFixed(5)} vs ${peer.platt_a.toFixed(5)}, b ${platt.params.b?.toFixed(5)} vs ${peer.platt_b.toFixed(5)}`],
    ['temperature (binary)', temp.s, peer.temperature_fit_s,
      `T ${temp.params.temperature?.toFixed(5)} vs ${peer.temperature.toFixed(5)}`],
  ];
  console.log(`\nCalibration fits on ${N.toLocaleString('en')} scores, median of ${RUNS} ` +
    `(seamkit wasm in Node ${process.versions.node}; scikit-learn ${peer.sklearn}, numpy ${peer.numpy})\n`);
  console.log('| fit | seamkit wasm (s) | scikit-learn (s) | speed-up | parameters (seamkit vs sklearn) |');
  console.log('|---|---:|---:|---:|---|');
  for (const [name, ours, theirs, check] of rows) {
    console.log(`| ${name} | ${ours.toFixed(3)} | ${theirs.toFixed(3)} | ${(theirs / ours).toFixed(2)}× | ${check} |`);
  }
}

async function feed() {
  const b = await openBrowser();
  try {
    const page = await b.newPage();
    await page.goto(`${b.url}/tests/browser/pages/confidence.html`);
    await page.waitForFunction(() => window.ready === true);
    const times = [];
    for (let run = 0; run < 5; run++) {
      times.push(await page.evaluate(async () => {
        const feed = document.getElementById('feed');
        feed.replaceChildren();
        await new Promise(requestAnimationFrame);
        const t0 = performance.now();
        let left = 1000;
        const all = new Promise((resolve) => {
          // seam-render does not bubble: listen in the capture phase.
          const onRender = () => {
            if (--left === 0) { feed.removeEventListener('seam-render', onRender, true); resolve(); }
          };
          feed.addEventListener('seam-render', onRender, true);
        });
        const frag = document.createDocumentFragment();
        for (let i = 0; i < 1000; i++) {
          const el = document.createElement('seam-confidence');
          el.setAttribute('value', String((i * 7919 % 1000) / 1000));
          el.setAttribute('raw', String(i / 100 - 5));
          el.setAttribute('claim', `Example claim ${i}`);
          el.setAttribute('thresholds', '0.2 0.8');
          el.setAttribute('factors', '[{"code":"limited-corroboration","weight":0.5}]');
          frag.append(el);
        }
        feed.append(frag);
        await all;
        // The frame that paints them: layout + style of all 1,000 included.
        await new Promise(requestAnimationFrame);
        return performance.now() - t0;
      }));
    }
    const m = median(times);
    console.log(`\n1,000 <seam-confidence> in one feed, insertion → painted frame, median of 5: ` +
      `${m.toFixed(1)} ms (budget of one 60 Hz frame: 16.7 ms; ${(m / 16.7).toFixed(2)}× the budget)`);
  } finally {
    await b.close();
  }
}

await fits();
await feed();
