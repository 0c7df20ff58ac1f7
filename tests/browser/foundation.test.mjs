// dist/ in real Chromium, on the main thread and in a module Worker, with and
// without cross-origin isolation.
import test from 'node:test';
import assert from 'node:assert/strict';
import { openBrowser } from './harness.mjs';

const ISOLATION = {
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-embedder-policy': 'require-corp',
};

for (const [label, headers] of [['plain', {}], ['cross-origin isolated', ISOLATION]]) {
  test(`Chromium (${label}): contrast from wasm on the main thread and in a Worker`, async () => {
    const b = await openBrowser({ headers });
    try {
      const page = await b.newPage();
      await page.goto(`${b.url}/tests/browser/pages/foundation.html`);
      const r = await page.evaluate(() => window.seamkitResult);
      assert.equal(r.main.toFixed(2), '4.54');
      assert.equal(r.worker.ratio.toFixed(2), '4.54');
      assert.equal(r.worker.crossOriginIsolated, label !== 'plain');
      assert.equal(r.batch.length, 2);
      assert.ok(Math.abs(r.batch[0] - r.main) < 1e-4);
      assert.ok(Math.abs(r.batch[1] - 21) < 21 * 2e-5);
      assert.equal(r.names, 148);
      assert.deepEqual(r.mismatches, [], 'named colours disagree with Chromium');
      assert.deepEqual(page.errors, []);
    } finally {
      await b.close();
    }
  });
}
