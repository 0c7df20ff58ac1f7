// `npm run bench:a11y`: seamkit audit() against axe-core's axe.run() on
// generated pages of 1k–50k elements (bench/pages/generate.js), real pages
// (three pages of the Node.js API documentation that Debian's nodejs package
// installs in /usr/share/doc/nodejs/api, when present) and any saved pages
// in bench/pages/real/*.html, in one headless Chromium, timed in the
// page. Both run the same set of comparable rules and return full results
// (violations, passes, incomplete, inapplicable). Each engine: a first run
// (reported apart), 3 s of warm-up, then the median of 5. Prints a Markdown
// table.
// Requests that would leave the local server (a web font of those pages) are
// refused, as offline.
//   BENCH_SIZES=1000,5000 node bench/a11y.mjs     (BENCH_SIZES=0: no generated
//   page; BENCH_REAL=0: no real page)
import path from 'node:path';
import { readdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startServer } from '../scripts/serve.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SIZES = (process.env.BENCH_SIZES ?? '1000,5000,20000,50000').split(',').map(Number)
  .filter((n) => n > 0);
const REAL = process.env.BENCH_REAL !== '0';
// Real pages at hand on Debian: the Node.js API reference (nodejs package),
// long documents with a navigation sidebar, tables of contents, code blocks
// and many links; 8k–16k elements.
const NODE_DOCS = '/usr/share/doc/nodejs/api';
const NODE_DOC_PAGES = ['errors.html', 'buffer.html', 'fs.html'];
const RUNS = 5;
// After the first run, warm-up runs until they have taken WARM_MS (at least
// one): V8 tiers JS and wasm code up as it gets hot, and on a small page that
// takes tens of runs. The same rule for both engines.
const WARM_MS = 3000;

// seamkit rule → axe-core rule that checks the same thing (the same id in
// both, where axe-core has it; pairs missing from axe-core are dropped).
export const AXE_PEERS = [
  'aria-allowed-attr', 'aria-hidden-focus', 'aria-required-attr', 'aria-roles',
  'aria-valid-attr', 'aria-valid-attr-value', 'button-name', 'document-title', 'empty-heading',
  'frame-title', 'html-has-lang', 'html-lang-valid', 'image-alt', 'input-image-alt', 'label',
  'link-name', 'meta-refresh', 'meta-viewport', 'presentation-role-conflict', 'summary-name',
  'valid-lang', 'color-contrast', 'color-contrast-enhanced', 'aria-required-children',
  'aria-required-parent', 'autocomplete-valid', 'td-headers-attr', 'th-has-data-cells',
  'scrollable-region-focusable', 'object-alt', 'svg-img-alt', 'role-img-alt',
  'aria-command-name', 'aria-input-field-name', 'aria-toggle-field-name', 'aria-meter-name',
  'aria-progressbar-name', 'aria-tooltip-name', 'bypass', 'frame-focusable-content',
  'nested-interactive', 'avoid-inline-spacing', 'css-orientation-lock', 'no-autoplay-audio',
  'video-caption', 'label-content-name-mismatch', 'html-xml-lang-mismatch', 'landmark-one-main',
  'page-has-heading-one', 'aria-text', 'identical-links-same-purpose', 'target-size',
];

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * Runs both engines in the page (already holding the document to audit).
 * Each engine gets the same treatment: a first run (timed and reported on its
 * own: it includes V8's first compilation of the engine's code), warm-up runs
 * for WARM_MS, then RUNS timed runs. The median after warm-up is what a page
 * that audits more than once sees.
 */
function timeInPage(page) {
  return page.evaluate(async ({ runs, warmMs, peers }) => {
    const m = await import('/dist/a11y/index.js');
    const axeIds = new Set(window.axe.getRules().map((r) => r.ruleId));
    const rules = (await m.auditRules()).map((r) => r.id).filter((id) => peers.includes(id) &&
      axeIds.has(id));
    const warmUp = async (once) => {
      const start = performance.now();
      do await once(); while (performance.now() - start < warmMs);
    };
    const ourFirst = (await m.audit(document, { rules })).timing;
    await warmUp(() => m.audit(document, { rules }));
    const ours = [];
    for (let i = 0; i < runs; i++) {
      const r = await m.audit(document, { rules });
      ours.push(r.timing);
    }
    const axeOpts = { runOnly: { type: 'rule', values: rules } };
    const axeRun = async () => {
      const s = performance.now();
      await window.axe.run(document, axeOpts);
      return performance.now() - s;
    };
    const axeFirst = await axeRun();
    await warmUp(axeRun);
    const axe = [];
    for (let i = 0; i < runs; i++) axe.push(await axeRun());
    return { ours, axe, ourFirst, axeFirst, rules,
      elements: document.getElementsByTagName('*').length };
  }, { runs: RUNS, warmMs: WARM_MS, peers: AXE_PEERS });
}

async function main() {
  const haveNodeDocs = REAL && await readdir(NODE_DOCS).then((f) => f.includes('fs.html'), () => false);
  const server = await startServer({ mounts: { '/': ROOT,
    ...(haveNodeDocs ? { '/real/nodejs-api': NODE_DOCS } : {}) } });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const rows = [];
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    page.setDefaultTimeout(30 * 60_000);
    await page.route((url) => !url.href.startsWith(server.url), (route) => route.abort());
    for (const n of SIZES) {
      await page.goto(`${server.url}/bench/pages/blank.html`);
      await page.evaluate((size) => import('/bench/pages/generate.js')
        .then((g) => g.generatePage(size)), n);
      rows.push({ name: `generated ${n}`, ...(await timeInPage(page)) });
      console.error(`bench:a11y: generated ${n} done`);
    }
    const real = [];
    if (haveNodeDocs) {
      for (const f of NODE_DOC_PAGES) {
        real.push({ name: `Node.js API docs: ${f}`, url: `/real/nodejs-api/${f}` });
      }
    } else if (REAL) {
      console.error(`bench:a11y: ${NODE_DOCS} not found (Debian's nodejs package installs it): ` +
        'no Node.js docs pages');
    }
    try {
      for (const f of await readdir(path.join(ROOT, 'bench/pages/real'))) {
        if (REAL && f.endsWith('.html')) real.push({ name: f, url: `/bench/pages/real/${f}` });
      }
    } catch { /* none saved */ }
    for (const { name, url } of real) {
      await page.goto(`${server.url}${url}`, { waitUntil: 'load' });
      await page.addScriptTag({ url: '/node_modules/axe-core/axe.min.js' });
      rows.push({ name, ...(await timeInPage(page)) });
      console.error(`bench:a11y: ${name} done`);
    }
  } finally {
    await browser.close();
    await server.close();
  }
  console.log('| page | elements | seamkit total ms | collector ms | wasm ms | results ms | ' +
    'wasm share | axe-core ms | axe / seamkit | wasm memory | first run ms: seamkit / axe-core |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const r of rows) {
    const total = median(r.ours.map((x) => x.totalMs));
    const collect = median(r.ours.map((x) => x.collectMs));
    const wasm = median(r.ours.map((x) => x.wasmMs));
    const results = median(r.ours.map((x) => x.resultsMs));
    const axe = median(r.axe);
    const mem = Math.max(...r.ours.map((x) => x.wasmMemoryBytes));
    console.log(`| ${r.name} | ${r.elements} | ${total.toFixed(1)} | ${collect.toFixed(1)} | ` +
      `${wasm.toFixed(1)} | ${results.toFixed(1)} | ${((100 * wasm) / total).toFixed(0)} % | ` +
      `${axe.toFixed(1)} | ${(axe / total).toFixed(1)}× | ${(mem / 1048576).toFixed(0)} MiB | ` +
      `${r.ourFirst.totalMs.toFixed(1)} / ${r.axeFirst.toFixed(1)} |`);
  }
  console.log(`\nRules compared (${rows[0]?.rules.length ?? 0}): ${rows[0]?.rules.join(', ')}.`);
  console.log(`Median of ${RUNS} runs per engine after warm-up (the first run, then runs for ` +
    `${WARM_MS / 1000} s, at least one), headless Chromium, one page. The first run is ` +
    'reported on its own. wasm memory is the size of the wasm linear memory after the runs ' +
    '(it only grows: the peak).');
}

await main();
