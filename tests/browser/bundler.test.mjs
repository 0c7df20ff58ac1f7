// The package consumed through a bundler (Vite): the wasm must be found and
// emitted as an asset via new URL(..., import.meta.url), with no extra config.
import test from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'vite';
import { chromium } from 'playwright-core';
import { ROOT } from './harness.mjs';
import { startServer } from '../../scripts/serve.mjs';

test('a Vite production build of an app importing seamkit runs in Chromium', async () => {
  const out = await mkdtemp(path.join(tmpdir(), 'seamkit-vite-'));
  const server = { close: async () => {} };
  let browser;
  try {
    await build({
      root: path.join(ROOT, 'tests/browser/bundler-app'),
      logLevel: 'silent',
      build: { outDir: out, emptyOutDir: true, target: 'es2022' },
    });
    const assets = await readdir(path.join(out, 'assets'));
    assert.ok(assets.some((f) => f.endsWith('.wasm')), `no .wasm emitted: ${assets}`);
    Object.assign(server, await startServer({ mounts: { '/': out } }));
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
        '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`${server.url}/`);
    await page.waitForFunction(() => document.getElementById('out').textContent !== 'pending');
    assert.equal(await page.textContent('#out'), '4.54');
    assert.deepEqual(errors, []);
  } finally {
    await browser?.close();
    await server.close();
    await rm(out, { recursive: true, force: true });
  }
});
