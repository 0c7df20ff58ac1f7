// `npm run bench:confidence`:
//  1. calibration fits on 1,000,000 scores: seamkit (wasm, in Node's V8)
//     against scikit-learn (Debian's python3-sklearn) on the same data, same
//     machine, median of 3 — with the fitted parameters compared;
//  2. 1,000 <seam-confidence> elements inserted into a feed in headless
//     Chromium (median of 20 after 3 warm-ups): time from the start of the
//     task that creates and inserts them to the end of the first frame that
//     paints them (those on screen fully rendered), each run paired with a
//     control run that inserts 1,000 inert boxes of the same size with the
//     same attributes; seamkit's own cost (the paired difference) against
//     the 16.7 ms budget of one 60 Hz frame; then the time until every
//     element has its display and until all are fully rendered in idle time,
//     and the longest task meanwhile (long tasks block input).
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
    // The control: the same 1,000 elements with the same attributes, as
    // inert placeholder boxes of the same size (an undefined element name
    // with a page style). What it costs, every feed of 1,000 elements pays.
    await page.addStyleTag({ content: 'seam-control { display: block; min-height: 10rem; }' });
    const one = (tag) => page.evaluate(async (tag) => {
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
        const el = document.createElement(tag);
        el.setAttribute('value', String((i * 7919 % 1000) / 1000));
        el.setAttribute('raw', String(i / 100 - 5));
        el.setAttribute('claim', `Example claim ${i}`);
        el.setAttribute('thresholds', '0.2 0.8');
        el.setAttribute('factors', '[{"code":"limited-corroboration","weight":0.5}]');
        frag.append(el);
        els.push(el);
      }
      const created = performance.now() - t0;
      feed.append(frag);
      // The end of the frame that paints them: a message posted from that
      // frame's animation callback runs after its paint.
      let onScreenFull = true;
      await new Promise((r) => {
        requestAnimationFrame(() => {
          if (tag === 'seam-confidence') {
            onScreenFull = els.filter((el) => {
              const box = el.getBoundingClientRect();
              return box.bottom > 0 && box.top < innerHeight;
            }).every((el) => el.renderState === 'full' && el.display);
          }
          const c = new MessageChannel();
          c.port1.onmessage = r;
          c.port2.postMessage(0);
        });
      });
      const firstFrame = performance.now() - t0;
      let allRead = 0;
      let allFull = 0;
      if (tag === 'seam-confidence') {
        while (!allFull) {
          await new Promise((r) => setTimeout(r, 5));
          if (!allRead && els.every((el) => el.display)) allRead = performance.now() - t0;
          if (els.every((el) => el.renderState === 'full')) allFull = performance.now() - t0;
        }
      }
      await new Promise((r) => setTimeout(r, 50));
      po.disconnect();
      return { created, firstFrame, allRead, allFull, onScreenFull, longest: Math.max(0, ...tasks.slice(1)) };
    }, tag);
    const ours = [];
    const control = [];
    for (let run = 0; run < 23; run++) {
      const a = await one('seam-confidence');
      const c = await one('seam-control');
      if (run >= 3) {
        ours.push(a);
        control.push(c);
      }
    }
    const m = (rows, k) => median(rows.map((r) => r[k]));
    const own = median(ours.map((r, i) => r.firstFrame - control[i].firstFrame));
    const ownCreate = median(ours.map((r, i) => r.created - control[i].created));
    const ok = ours.every((r) => r.onScreenFull);
    console.log(`\n1,000 <seam-confidence> inserted into a feed (Chromium, median of ${ours.length}, ` +
      'each run paired with a control run):');
    console.log('| | creation → first painted frame (ms) | of which creating the elements (ms) |');
    console.log('|---|---:|---:|');
    console.log(`| 1,000 <seam-confidence> | ${m(ours, 'firstFrame').toFixed(1)} | ${m(ours, 'created').toFixed(1)} |`);
    console.log(`| control: 1,000 inert boxes, same attributes | ${m(control, 'firstFrame').toFixed(1)} | ${m(control, 'created').toFixed(1)} |`);
    console.log(`| **seamkit's own cost** (paired difference) | **${own.toFixed(1)}** | ${ownCreate.toFixed(1)} |`);
    console.log(`  one 60 Hz frame: 16.7 ms; seamkit's own cost is ${(own / 16.7).toFixed(2)}× the budget, ` +
      `the whole insertion ${(m(ours, 'firstFrame') / 16.7).toFixed(2)}× (the control alone ${(m(control, 'firstFrame') / 16.7).toFixed(2)}×)`);
    console.log(`  on-screen elements complete in the first painted frame, every run: ${ok}`);
    console.log(`  every element has its display (reads correctly): ${m(ours, 'allRead').toFixed(1)} ms; ` +
      `all 1,000 fully rendered: ${m(ours, 'allFull').toFixed(1)} ms; longest task after the insertion task: ` +
      `${m(ours, 'longest').toFixed(1)} ms (50 ms = a long task)`);
  } finally {
    await b.close();
  }
}

if (!process.env.BENCH_FEED_ONLY) await fits();
await feed();
