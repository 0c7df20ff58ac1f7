// `npm run bench:confidence`:
//  1. calibration fits on 1,000,000 scores: seamkit (wasm, in Node's V8)
//     against scikit-learn (Debian's python3-sklearn) on the same data, same
//     machine, median of 3 — with the fitted parameters compared;
//  2. 1,000 <seam-confidence> elements inserted into a feed in headless
//     Chromium (median of 7 after 3 warm-ups): time from the start of the
//     task that creates and inserts them to the end of the first frame that
//     paints them (every element has its display and reads correctly, those
//     on or near the screen fully rendered), against the 16.7 ms budget of
//     one 60 Hz frame; then the time until all 1,000 are fully rendered in
//     idle time, and the longest task meanwhile (long tasks block input).
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
    const runs = [];
    for (let run = 0; run < 10; run++) {
      runs.push(await page.evaluate(async () => {
        const feed = document.getElementById('feed');
        feed.replaceChildren();
        await new Promise((r) => setTimeout(r, 100));
        await new Promise(requestAnimationFrame);
        const tasks = [];
        const po = new PerformanceObserver((l) => { for (const e of l.getEntries()) tasks.push(e.duration); });
        po.observe({ type: 'longtask' });
        // Starts in a task of its own, right after a frame, like a feed
        // update that arrives from the network.
        await new Promise((r) => setTimeout(r, 0));
        const t0 = performance.now();
        const frag = document.createDocumentFragment();
        const els = [];
        for (let i = 0; i < 1000; i++) {
          const el = document.createElement('seam-confidence');
          el.setAttribute('value', String((i * 7919 % 1000) / 1000));
          el.setAttribute('raw', String(i / 100 - 5));
          el.setAttribute('claim', `Example claim ${i}`);
          el.setAttribute('thresholds', '0.2 0.8');
          el.setAttribute('factors', '[{"code":"limited-corroboration","weight":0.5}]');
          frag.append(el);
          els.push(el);
        }
        feed.append(frag);
        // The end of the frame that paints them: a message posted from that
        // frame's animation callback runs after its paint.
        await new Promise((r) => {
          requestAnimationFrame(() => {
            const c = new MessageChannel();
            c.port1.onmessage = r;
            c.port2.postMessage(0);
          });
        });
        const firstFrame = performance.now() - t0;
        const displayed = els.every((el) => el.display && el.renderState !== 'none');
        const onScreenFull = els.filter((el) => {
          const r = el.getBoundingClientRect();
          return r.bottom > 0 && r.top < innerHeight;
        }).every((el) => el.renderState === 'full');
        while (!els.every((el) => el.renderState === 'full')) {
          await new Promise((r) => setTimeout(r, 20));
        }
        const allFull = performance.now() - t0;
        await new Promise((r) => setTimeout(r, 50));
        po.disconnect();
        return { firstFrame, allFull, displayed, onScreenFull, longest: Math.max(0, ...tasks.slice(1)) };
      }));
    }
    const measured = runs.slice(3);
    const m = median(measured.map((r) => r.firstFrame));
    const all = median(measured.map((r) => r.allFull));
    const longest = median(measured.map((r) => r.longest));
    const ok = measured.every((r) => r.displayed && r.onScreenFull);
    console.log(`\n1,000 <seam-confidence> inserted into a feed (Chromium, median of ${measured.length}):`);
    console.log(`  insertion → first painted frame: ${m.toFixed(1)} ms (one 60 Hz frame: 16.7 ms; ` +
      `${(m / 16.7).toFixed(2)}× the budget); every element displayed and on-screen ones complete: ${ok}`);
    console.log(`  all 1,000 fully rendered (idle time): ${all.toFixed(1)} ms; ` +
      `longest task after the insertion task: ${longest.toFixed(1)} ms (50 ms = a long task)`);
  } finally {
    await b.close();
  }
}

await fits();
await feed();
