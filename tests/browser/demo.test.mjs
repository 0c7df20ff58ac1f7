// The demo as `npm run demo` serves it, in headless Chromium.
import test from 'node:test';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
import { startDemoServer } from '../../scripts/demo-server.mjs';

test('the demo shows a contrast ratio computed by the wasm core', async () => {
  const server = await startDemoServer();
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const page = await browser.newPage();
    const failed = [];
    page.on('response', (r) => { if (r.status() >= 400) failed.push(r.url()); });
    page.on('pageerror', (e) => failed.push(String(e)));
    await page.goto(`${server.url}/`);
    await page.waitForFunction(() => document.getElementById('ratio')?.textContent !== '—');
    assert.equal(await page.textContent('#ratio'), '4.54:1');
    assert.match(await page.textContent('#aa'), /^Pass/);
    // Typing a new colour recomputes it.
    await page.fill('#fg', '#777777');
    await page.waitForFunction(() => document.getElementById('ratio').textContent === '4.48:1');
    assert.match(await page.textContent('#aa'), /^Fail/);
    await page.fill('#fg', 'not-a-colour');
    await page.waitForFunction(() => /Cannot compute/.test(document.getElementById('status').textContent));
    assert.deepEqual(failed, []);
  } finally {
    await browser.close();
    await server.close();
  }
});
