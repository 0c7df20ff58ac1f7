// The demo as `npm run demo` builds and serves it: from the packed tarball,
// bundled by Vite, under a strict CSP, in headless Chromium.
import test, { before } from 'node:test';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
import { buildDemo } from '../../scripts/build-demo.mjs';
import { startDemoServer } from '../../scripts/demo-server.mjs';

before(async () => { await buildDemo({ quiet: true }); });

async function withDemo(fn) {
  const server = await startDemoServer();
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const page = await browser.newPage();
  const problems = [];
  const origin = new URL(server.url).origin;
  page.on('response', (r) => { if (r.status() >= 400) problems.push(`${r.status()} ${r.url()}`); });
  page.on('pageerror', (e) => problems.push(String(e)));
  page.on('console', (m) => { if (/Content Security Policy|Refused to/.test(m.text())) problems.push(m.text()); });
  page.on('request', (r) => {
    const u = new URL(r.url());
    if (!['data:', 'blob:'].includes(u.protocol) && u.origin !== origin) problems.push(`left the origin: ${r.url()}`);
  });
  try {
    await fn(page, server.url);
    assert.deepEqual(problems, []);
  } finally {
    await browser.close();
    await server.close();
  }
}

test('the demo shows a contrast ratio computed by the wasm core', async () => {
  await withDemo(async (page, url) => {
    await page.goto(`${url}/`);
    await page.waitForFunction(() => document.getElementById('ratio')?.textContent !== '—');
    assert.equal(await page.textContent('#ratio'), '4.54:1');
    assert.match(await page.textContent('#aa'), /^Pass/);
    await page.fill('#fg', '#777777');
    await page.waitForFunction(() => document.getElementById('ratio').textContent === '4.48:1');
    assert.match(await page.textContent('#aa'), /^Fail/);
    await page.fill('#fg', 'not-a-colour');
    await page.waitForFunction(() => /Cannot compute/.test(document.getElementById('status').textContent));
  });
});

test('the demo checks claims: calibrated bars, reliability before/after, threshold slider', async () => {
  await withDemo(async (page, url) => {
    await page.goto(`${url}/`);
    await page.waitForFunction(() => [...document.querySelectorAll('#claims seam-confidence')]
      .length === 5 && [...document.querySelectorAll('#claims seam-confidence')].every((e) => e.display));
    const claims = await page.evaluate(() => [...document.querySelectorAll('#claims seam-confidence')]
      .map((e) => ({ verdict: e.display.verdictId, valuetext: e.shadowRoot
        .querySelector('[role="meter"]').getAttribute('aria-valuetext'), claim: e.display.claim })));
    assert.equal(claims[0].verdict, 'likely-true');
    assert.equal(claims[4].verdict, 'likely-false');
    assert.ok(claims.some((c) => c.verdict === 'unverified'));
    claims.forEach((c) => assert.match(c.valuetext, /% confidence: /));
    assert.match(await page.textContent('.example-note'), /Example data/);
    const summary = await page.textContent('#reliability-summary');
    const [before, after] = summary.match(/(\d+\.\d) % before, (\d+\.\d) % after/).slice(1).map(Number);
    assert.ok(after < before, summary);
    assert.ok(await page.locator('#reliability polyline').count() === 2);
    const rows = await page.locator('#reliability-table tbody tr').count();
    assert.ok(rows >= 3 && rows <= 10, `${rows} bins`);
    const out1 = await page.textContent('#threshold-out');
    await page.locator('#threshold').focus();
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowLeft');
    await page.waitForFunction((t) => document.getElementById('threshold-out').textContent !== t, out1);
    assert.match(await page.textContent('#threshold-out'), /^At 0\.85: "likely true" for \d+ % of cases, [\d.]+ % of them right/);
  });
});
