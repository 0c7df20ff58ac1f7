// `npm run bench:a11y`: seamkit audit() against axe-core's axe.run() on
// generated pages of 1k–50k elements (and any saved pages in bench/pages/real),
// in one headless Chromium, timed in the page. Median of 3 runs after a
// time-based warm-up. Prints a Markdown table with the ratio.
import path from 'node:path';
import { readdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startServer } from '../scripts/serve.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SIZES = (process.env.BENCH_SIZES ?? '1000,5000,20000,50000').split(',').map(Number);
const RUNS = 3;

// axe-core rules that test what seamkit's implemented rules test.
export const AXE_PEERS = {
  'document-title': 'document-title', 'html-has-lang': 'html-has-lang',
  'html-lang-valid': 'html-lang-valid', 'valid-lang': 'valid-lang', 'image-alt': 'image-alt',
  'button-name': 'button-name', 'link-name': 'link-name', 'label': 'label',
  'input-image-alt': 'input-image-alt', 'empty-heading': 'empty-heading', 'frame-title': 'frame-title',
  'summary-name': 'summary-name', 'meta-viewport': 'meta-viewport', 'meta-refresh': 'meta-refresh',
  'aria-valid-attr': 'aria-valid-attr', 'aria-valid-attr-value': 'aria-valid-attr-value',
  'aria-roles': 'aria-roles', 'aria-hidden-focus': 'aria-hidden-focus',
  'aria-required-attr': 'aria-required-attr', 'aria-allowed-attr': 'aria-allowed-attr',
  'color-contrast': 'color-contrast', 'color-contrast-enhanced': 'color-contrast-enhanced',
  'presentation-role-conflict': 'presentation-role-conflict',
};

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function benchPage(page, url, setup) {
  await page.goto(url);
  const elements = await page.evaluate(setup);
  return page.evaluate(async ({ runs, peers }) => {
    const m = await import('/dist/index.js');
    await m.init();
    const ours = m.auditRules().map((r) => r.id);
    const axeRules = [...new Set(ours.map((id) => peers[id]).filter(Boolean))];
    const t = [];
    const warmUntil = performance.now() + 3000;
    while (performance.now() < warmUntil) await m.audit(document);
    for (let i = 0; i < runs; i++) {
      const r = await m.audit(document);
      t.push({ total: r.timings.totalMs, collect: r.timings.collectMs, engine: r.timings.engineMs,
        heap: r.timings.wasmHeapBytes });
    }
    const a = [];
    await window.axe.run(document, { runOnly: { type: 'rule', values: axeRules }, resultTypes: ['violations'] });
    for (let i = 0; i < runs; i++) {
      const s = performance.now();
      await window.axe.run(document, { runOnly: { type: 'rule', values: axeRules }, resultTypes: ['violations'] });
      a.push(performance.now() - s);
    }
    return { t, a, axeRules: axeRules.length, ourRules: ours.length };
  }, { runs: RUNS, peers: AXE_PEERS }).then((r) => ({ ...r, elements }));
}

async function main() {
  const server = await startServer({ mounts: { '/': ROOT } });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const rows = [];
  for (const n of SIZES) {
    const r = await benchPage(page, `${server.url}/bench/pages/blank.html`,
      `import('/bench/pages/generate.js').then((g) => g.generatePage(${n}))`);
    rows.push({ name: `generated ${n}`, ...r });
    console.error(`bench:a11y: ${n} done`);
  }
  let real = [];
  try { real = (await readdir(path.join(ROOT, 'bench/pages/real'))).filter((f) => f.endsWith('.html')); } catch { /* none saved */ }
  for (const f of real) {
    const r = await benchPage(page, `${server.url}/bench/pages/real/${f}`,
      `(async () => { const s = document.createElement('script'); s.src = '/node_modules/axe-core/axe.min.js';
         document.head.append(s); await new Promise((ok) => { s.onload = ok; });
         return document.getElementsByTagName('*').length; })()`);
    rows.push({ name: f, ...r });
  }
  await browser.close();
  await server.close();
  console.log('| page | elements | seamkit total ms | collector ms | wasm ms | wasm share | axe-core ms | axe / seamkit | peak wasm heap |');
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const r of rows) {
    const total = median(r.t.map((x) => x.total));
    const collect = median(r.t.map((x) => x.collect));
    const engine = median(r.t.map((x) => x.engine));
    const axe = median(r.a);
    const heap = Math.max(...r.t.map((x) => x.heap ?? 0));
    console.log(`| ${r.name} | ${r.elements} | ${total.toFixed(1)} | ${collect.toFixed(1)} | ${engine.toFixed(1)} | ` +
      `${((100 * engine) / total).toFixed(0)} % | ${axe.toFixed(1)} | ${(axe / total).toFixed(1)}× | ${(heap / 1048576).toFixed(1)} MiB |`);
  }
  console.log(`\n(${rows[0]?.ourRules} seamkit rules vs ${rows[0]?.axeRules} axe-core rules; median of ${RUNS}, Chromium headless, this machine)`);
}

await main();
