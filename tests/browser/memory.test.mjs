// Memory bounds in Debian's Chromium, measured and asserted:
//  - 10,000 consecutive audits of a small real page (a11y/basic.html, its
//    own document) and 200 audits of a larger one given as an HTML string
//    (shop.html, loaded into a sandboxed frame each time);
//  - 1,000 <seam-confidence> elements created, rendered and removed, and
//    1,000 confidenceDisplay() + renderConfidenceHTML() calls;
//  - 200 full avatar jobs through the Worker on a real photograph (decode,
//    BlazeFace, align, stylise, mask), measuring the Worker's wasm heap;
//  - the wasm memory cap: an audit that needs more than is left under it
//    rejects with E_OUT_OF_MEMORY, and the next call works on a fresh core.
// After a first run (which sizes the heaps), the wasm linear memory and the
// bytes malloc holds, the JS heap after a full GC, and Blink's DOM counters
// (documents, nodes, listeners: detached nodes count until collected) must
// stay within the bounds below. The figures are printed as diagnostics
// ("# memory: ...") for SECURITY.md.
import test, { after, before } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { openBrowser, ROOT } from './harness.mjs';

const SKIMAGE = '/usr/lib/python3/dist-packages/skimage/data';
const SLOW = { timeout: 900_000 };
const MiB = 2 ** 20;

/** The bounds (growth from the state after the first run). */
const BOUND = {
  wasmMemory: 1 * MiB, // linear memory: no growth beyond one step
  wasmInUse: 64 * 1024, // bytes held by malloc: nothing leaks per call
  jsHeap: 2 * MiB, // V8 heap after a full GC
  domNodes: 0, // Blink nodes after GC (detached ones included)
  documents: 0,
  listeners: 0,
};

let b;
before(async () => { b = await openBrowser({ mounts: { '/skimage/': SKIMAGE } }); });
after(async () => { await b?.close(); });

/** Heap figures after a full garbage collection. */
async function measure(page, cdp, { worker } = {}) {
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const dom = await cdp.send('Memory.getDOMCounters');
  const stats = async () => (await import(`${self.location.origin}/dist/loader.js`))
    .requireCore().wasmHeapStats();
  const wasm = await (worker ?? page).evaluate(stats);
  return { jsHeap: usedSize, documents: dom.documents, nodes: dom.nodes,
    listeners: dom.jsEventListeners, wasm };
}

const mb = (n) => `${(n / MiB).toFixed(2)} MiB`;

function report(what, first, last) {
  console.log(`# memory: ${what}: wasm memory ${mb(first.wasm.memoryBytes)} -> ` +
    `${mb(last.wasm.memoryBytes)}, malloc in use ${first.wasm.inUseBytes} -> ` +
    `${last.wasm.inUseBytes} bytes, JS heap ${mb(first.jsHeap)} -> ${mb(last.jsHeap)}, ` +
    `DOM documents ${first.documents} -> ${last.documents}, nodes ${first.nodes} -> ` +
    `${last.nodes}, listeners ${first.listeners} -> ${last.listeners}`);
}

function assertBounded(what, first, last, { dom = true, js = true } = {}) {
  const grow = (a, z) => z - a;
  assert.ok(grow(first.wasm.memoryBytes, last.wasm.memoryBytes) <= BOUND.wasmMemory,
    `${what}: wasm memory grew ${first.wasm.memoryBytes} -> ${last.wasm.memoryBytes}`);
  assert.ok(grow(first.wasm.inUseBytes, last.wasm.inUseBytes) <= BOUND.wasmInUse,
    `${what}: malloc in use grew ${first.wasm.inUseBytes} -> ${last.wasm.inUseBytes}`);
  if (js) {
    assert.ok(grow(first.jsHeap, last.jsHeap) <= BOUND.jsHeap,
      `${what}: JS heap grew ${first.jsHeap} -> ${last.jsHeap}`);
  }
  if (dom) {
    assert.ok(grow(first.nodes, last.nodes) <= BOUND.domNodes,
      `${what}: DOM nodes ${first.nodes} -> ${last.nodes}`);
    assert.ok(grow(first.documents, last.documents) <= BOUND.documents,
      `${what}: documents ${first.documents} -> ${last.documents}`);
    assert.ok(grow(first.listeners, last.listeners) <= BOUND.listeners,
      `${what}: listeners ${first.listeners} -> ${last.listeners}`);
  }
}

test('10,000 audits of a small page and 200 of a larger HTML string stay bounded', SLOW, async () => {
  const page = await b.newPage();
  await page.goto(`${b.url}/tests/browser/pages/a11y/basic.html`);
  const cdp = await b.context.newCDPSession(page);
  const shop = await readFile(path.join(ROOT, 'tests/browser/pages/shop.html'), 'utf8');
  /** Runs n audits of the page's own document; returns the outcome counts seen. */
  const auditDocument = (n) => page.evaluate(async (count) => {
    const m = await import('/dist/a11y/index.js');
    const seen = new Set();
    const t0 = performance.now();
    for (let i = 0; i < count; i++) {
      const r = await m.audit(document);
      seen.add(`${r.violations.length}/${r.passes.length}/${r.timing.nodes}`);
    }
    return { seen: [...seen], ms: performance.now() - t0 };
  }, n);
  const auditString = (n) => page.evaluate(async ({ count, html }) => {
    const m = await import('/dist/a11y/index.js');
    const seen = new Set();
    const framesBefore = document.querySelectorAll('iframe').length;
    const t0 = performance.now();
    for (let i = 0; i < count; i++) {
      const r = await m.audit(html);
      seen.add(`${r.violations.length}/${r.passes.length}/${r.timing.nodes}`);
    }
    return { seen: [...seen], ms: performance.now() - t0,
      frames: document.querySelectorAll('iframe').length - framesBefore };
  }, { count: n, html: shop });

  const warm = await auditDocument(20);
  await auditString(2);
  const first = await measure(page, cdp);
  const docs = await auditDocument(10_000);
  const mid = await measure(page, cdp);
  const strings = await auditString(200);
  const last = await measure(page, cdp);
  console.log(`# memory: 10,000 audits of basic.html (${warm.seen[0]} violations/passes/nodes) ` +
    `in ${Math.round(docs.ms)} ms (${(docs.ms / 10_000).toFixed(2)} ms each); ` +
    `200 audits of shop.html as a string in ${Math.round(strings.ms)} ms`);
  report('after 10,000 document audits', first, mid);
  report('after 200 more HTML-string audits', first, last);
  assert.deepEqual(docs.seen, warm.seen, 'every audit found the same results');
  assert.equal(strings.seen.length, 1, `HTML-string audits varied: ${strings.seen}`);
  assert.equal(strings.frames, 0, 'every audit frame was removed');
  assertBounded('document audits', first, mid);
  assertBounded('HTML-string audits', first, last);
});

test('1,000 <seam-confidence> renders and 1,000 display/HTML calls stay bounded', SLOW, async () => {
  const page = await b.newPage();
  await page.goto(`${b.url}/tests/browser/pages/confidence.html`);
  await page.waitForFunction(() => window.ready === true);
  const cdp = await b.context.newCDPSession(page);
  const run = (n) => page.evaluate(async (count) => {
    const s = await import('/dist/index.js');
    const feed = document.getElementById('feed');
    let claims = 0;
    let html = 0;
    const t0 = performance.now();
    for (let i = 0; i < count; i++) {
      const el = document.createElement('seam-confidence');
      const value = ((i * 37) % 100) / 100;
      el.setAttribute('value', String(value));
      el.setAttribute('raw', String(value * 4 - 2));
      el.setAttribute('thresholds', '0.2 0.8');
      el.setAttribute('claim', `Claim number ${i}`);
      el.setAttribute('factors', JSON.stringify([{ code: 'stale-data', weight: 0.3 }]));
      feed.append(el);
      await new Promise((resolve) => {
        const check = () => (el.display ? resolve() : setTimeout(check, 0));
        check();
      });
      if (el.shadowRoot.querySelector('.claim').textContent === `Claim number ${i}`) claims++;
      el.remove();
      const input = { calibrated: value, raw: value * 4 - 2, claim: `Claim ${i}`,
        factors: [{ code: 'limited-corroboration', weight: 0.5 }],
        policy: { low: 0.2, high: 0.8 } };
      const d = s.confidenceDisplay(input);
      if (d.scoreValid) html += s.renderConfidenceHTML(input).includes(`Claim ${i}`) ? 1 : 0;
    }
    return { claims, html, ms: performance.now() - t0, left: feed.childElementCount };
  }, n);
  await run(10);
  const first = await measure(page, cdp);
  const r = await run(1000);
  const last = await measure(page, cdp);
  console.log(`# memory: 1,000 confidence renders + display/HTML calls in ${Math.round(r.ms)} ms`);
  report('after 1,000 confidence renders', first, last);
  assert.equal(r.claims, 1000, 'every element rendered its claim');
  assert.equal(r.html, 1000, 'every HTML render carried its claim');
  assert.equal(r.left, 0);
  assertBounded('confidence renders', first, last);
});

const photo = path.join(SKIMAGE, 'astronaut.png');

test('200 avatar jobs leave the Worker\'s wasm heap bounded', { ...SLOW,
  skip: !existsSync(photo) && 'python3-skimage sample images are not installed' }, async () => {
  const page = await b.newPage();
  await page.goto(`${b.url}/tests/browser/pages/avatar/index.html`);
  await page.waitForFunction(() => typeof window.runAvatar === 'function');
  const cdp = await b.context.newCDPSession(page);
  const run = (n) => page.evaluate(async (count) => {
    const blob = await (await fetch('/skimage/astronaut.png')).blob();
    const kinds = {};
    const t0 = performance.now();
    for (let i = 0; i < count; i++) {
      const r = await window.runAvatar(blob, { name: 'Eileen Collins', size: 256 });
      const k = r.error ? `error ${r.error}` : `${r.kind} ${r.face?.box?.x ?? ''}`;
      kinds[k] = (kinds[k] ?? 0) + 1;
    }
    return { kinds, ms: performance.now() - t0 };
  }, n);
  const r1 = await run(1);
  const worker = page.workers().find((w) => w.url().includes('/dist/avatar/worker.js'));
  assert.ok(worker, `the avatar Worker is running: ${page.workers().map((w) => w.url())}`);
  const first = await measure(page, cdp, { worker });
  const r = await run(200);
  const last = await measure(page, cdp, { worker });
  console.log(`# memory: 200 avatar jobs (astronaut.png, 256 px) in ${Math.round(r.ms)} ms ` +
    `(${Math.round(r.ms / 200)} ms each): ${JSON.stringify(r.kinds)}`);
  report('Worker wasm, page JS heap and DOM after 200 avatar jobs', first, last);
  assert.deepEqual(Object.keys(r.kinds), Object.keys(r1.kinds), 'every job gave the same result');
  assert.match(Object.keys(r.kinds)[0], /^photo /);
  assertBounded('avatar jobs', first, last);
});

test('past the wasm memory cap an audit rejects with E_OUT_OF_MEMORY; the next call works', SLOW,
  async () => {
    const page = await b.newPage();
    await page.goto(`${b.url}/tests/browser/pages/a11y/hidden.html`);
    const r = await page.evaluate(async () => {
      const a11y = await import('/dist/a11y/index.js');
      const s = await import('/dist/index.js');
      const loader = await import('/dist/loader.js');
      // A 30,000-element page, collected while there is room.
      document.body.replaceChildren();
      for (let i = 0; i < 3000; i++) {
        const sec = document.createElement('section');
        sec.innerHTML = '<h2>Title</h2><p>Some text <a href="#x">a link</a></p><img src="data:,">' +
          '<button>Go</button><input aria-label="q"><span>more</span><ul><li>one</li></ul>';
        document.body.append(sec);
      }
      const snap = a11y.collectSnapshot(document);
      const core = await loader.loadCore();
      const cap = loader.WASM_MEMORY_CAP_BYTES;
      // Fill the heap with images the page holds on to (what an app keeping
      // large buffers does) until less than the audit needs is left.
      const held = [];
      const top = () => core.wasmHeapStats().heapTopBytes;
      const image = (w, h) => {
        const x = core.RgbaImage.create(w, h);
        if (!x.ok) throw new Error(x.message);
        held.push(x.value);
      };
      while (top() + 80 * 2 ** 20 < cap) image(4096, 4096); // 64 MiB each
      while (top() + 12 * 2 ** 20 < cap) image(1024, 1024); // 4 MiB each
      const filled = { heapTop: top(), memory: core.wasmHeapStats().memoryBytes, images: held.length };
      let error = null;
      try {
        await a11y.auditSnapshot(snap.buffer);
      } catch (e) {
        error = { name: e.name, code: e.code, message: e.message, cause: String(e.cause) };
      }
      // The old instance is retired; synchronous calls say so until the
      // next init(), and the next audit loads a fresh core and works.
      let sync = null;
      try { s.contrastRatio('#000', '#fff'); } catch (e) { sync = { code: e.code, message: e.message }; }
      const again = await a11y.auditSnapshot(snap.buffer);
      const fresh = await loader.loadCore();
      return { filled, error, sync, aborted: core.seamkitAborted ?? null,
        freshIsNew: fresh !== core, freshMemory: fresh.wasmHeapStats().memoryBytes,
        rules: again.rules.length, nodes: snap.stats.nodes, bytes: snap.stats.bytes,
        ratio: s.contrastRatio('#000', '#fff') };
    });
    console.log(`# memory: cap test: heap filled to ${mb(r.filled.heapTop)} of 1024 MiB ` +
      `(${r.filled.images} images, memory ${mb(r.filled.memory)}); auditing ${r.nodes} nodes ` +
      `(${r.bytes} bytes) -> ${r.error?.code}: ${r.error?.message}; fresh core memory ` +
      `${mb(r.freshMemory)}`);
    assert.equal(r.error?.name, 'SeamkitError');
    assert.equal(r.error.code, 'E_OUT_OF_MEMORY');
    assert.match(r.error.message, /ran out of memory \(its cap is 1024 MiB\)/);
    assert.match(r.error.cause, /Aborted\(OOM\)/);
    assert.equal(r.aborted, 'OOM');
    assert.equal(r.sync?.code, 'E_NOT_INITIALIZED');
    assert.match(r.sync.message, /reset after it stopped \(OOM\)/);
    assert.ok(r.freshIsNew, 'a fresh core was loaded');
    assert.ok(r.rules > 10, 'the next audit ran every rule');
    assert.equal(r.ratio, 21);
    assert.ok(r.freshMemory < 256 * MiB, 'the fresh core starts small again');
  });

test('an avatar job past the Worker\'s memory cap falls back with the reason; the next job works',
  { ...SLOW, skip: !existsSync(photo) && 'python3-skimage sample images are not installed' },
  async () => {
    const page = await b.newPage();
    await page.goto(`${b.url}/tests/browser/pages/avatar/index.html`);
    await page.waitForFunction(() => typeof window.runAvatar === 'function');
    const job = () => page.evaluate(async () => {
      const r = await window.runAvatar('/skimage/astronaut.png', { name: 'Eileen Collins', size: 256 });
      return { kind: r.kind, error: r.error, fallback: r.fallback };
    });
    assert.equal((await job()).kind, 'photo');
    const worker = page.workers().find((w) => w.url().includes('/dist/avatar/worker.js'));
    // Fill the Worker's heap (its own core) until less than the decoded
    // photo (512 x 512 RGBA, 1 MiB) is left under the cap.
    const filled = await worker.evaluate(async () => {
      const loader = await import(`${self.location.origin}/dist/loader.js`);
      const core = await loader.loadCore();
      const cap = loader.WASM_MEMORY_CAP_BYTES;
      const held = [];
      self.heldImages = held;
      const top = () => core.wasmHeapStats().heapTopBytes;
      for (const [side, margin] of [[4096, 80], [1024, 12], [256, 0.5]]) {
        while (top() + side * side * 4 + margin * 2 ** 20 < cap) {
          const x = core.RgbaImage.create(side, side);
          if (!x.ok) throw new Error(x.message);
          held.push(x.value);
        }
      }
      return { images: held.length, heapTop: top() };
    });
    const r = await job();
    await worker.evaluate(() => { self.heldImages = null; });
    const next = await job();
    console.log(`# memory: Worker heap filled to ${mb(filled.heapTop)} (${filled.images} images): ` +
      `the job gave ${r.kind} (${r.fallback?.reason}: ${r.fallback?.detail}); the next: ${next.kind}`);
    assert.equal(r.error, undefined);
    assert.equal(r.kind, 'procedural', 'the user still gets an avatar');
    assert.equal(r.fallback.reason, 'internal');
    assert.match(r.fallback.detail, /ran out of memory \(its cap is 1024 MiB\)/);
    assert.equal(next.kind, 'photo', 'the next job runs on a fresh core');
  });
