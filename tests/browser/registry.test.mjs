// The model registry in Chromium: verified load, then a second visit with
// model downloads blocked, served from the Cache API.
import test from 'node:test';
import assert from 'node:assert/strict';
import { openBrowser } from './harness.mjs';

test('models load verified, then offline from the cache on the next visit', async () => {
  const b = await openBrowser();
  try {
    const page = await b.newPage();
    const modelRequests = [];
    page.on('request', (r) => { if (r.url().endsWith('.onnx')) modelRequests.push(r.url()); });
    await page.goto(`${b.url}/tests/browser/pages/registry.html`);
    const first = await page.evaluate(() => window.loadModel('blazeface-front'));
    assert.equal(first.version, '1.0.0', JSON.stringify(first));
    assert.deepEqual(first.dims, [1, 512, 1]);
    assert.equal(modelRequests.length, 1);

    // Block every model download, then visit again.
    await b.context.route('**/*.onnx', (route) => route.abort('internetdisconnected'));
    await page.reload();
    const second = await page.evaluate(() => window.loadModel('blazeface-front'));
    assert.equal(second.version, '1.0.0', JSON.stringify(second));
    assert.deepEqual(second.dims, [1, 512, 1]);

    // A model never cached cannot load offline: typed error with its fallback.
    const back = await page.evaluate(() => window.loadModel('blazeface-back'));
    assert.equal(back.error, 'E_MODEL_UNAVAILABLE');
    assert.ok(back.events.some((e) => e.type === 'fallback'));
    assert.deepEqual(page.errors, []);
  } finally {
    await b.close();
  }
});
