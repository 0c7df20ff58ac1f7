// The feedback store persisted in IndexedDB in Chromium: outcomes and a
// fitted calibration survive a reload of the page; clear() removes them.
import test from 'node:test';
import assert from 'node:assert/strict';
import { openBrowser } from './harness.mjs';

test('feedback persists in IndexedDB across a reload and is user-clearable', async () => {
  const b = await openBrowser();
  try {
    const page = await b.newPage();
    await page.goto(`${b.url}/tests/browser/pages/confidence.html`);
    await page.waitForFunction(() => window.ready === true);
    const first = await page.evaluate(async () => {
      const s = await import('/dist/index.js');
      const store = new s.FeedbackStore({ storage: s.indexedDBStorage('seamkit-test') });
      await store.restore();
      for (let i = 0; i < 200; i++) {
        // Over-confident scores: right 70 % of the time whatever they say.
        await store.record({ modelId: 'm', output: 0.5 + (i % 50) / 100, userVerdict: i % 10 < 7 });
      }
      const v = await store.recalibrate('m', { method: 'histogram' });
      return { n: store.entries('m').length, version: v.version, p: store.calibration('m').apply(0.95) };
    });
    assert.equal(first.n, 200);
    assert.equal(first.version, 1);
    await page.reload();
    await page.waitForFunction(() => window.ready === true);
    const second = await page.evaluate(async () => {
      const s = await import('/dist/index.js');
      const store = new s.FeedbackStore({ storage: s.indexedDBStorage('seamkit-test') });
      await store.restore();
      const restored = { n: store.entries('m').length, versions: store.calibrationVersions('m').length,
        p: store.calibration('m')?.apply(0.95) };
      await store.clear();
      const again = new s.FeedbackStore({ storage: s.indexedDBStorage('seamkit-test') });
      await again.restore();
      return { ...restored, afterClear: again.entries('m').length };
    });
    assert.equal(second.n, 200);
    assert.equal(second.versions, 1);
    assert.equal(second.p, first.p);
    assert.equal(second.afterClear, 0);
    assert.deepEqual(page.errors, []);
  } finally {
    await b.close();
  }
});
