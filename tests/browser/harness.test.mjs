// The browser harness itself: an uncaught exception or an unhandled
// rejection in a page (or a Worker it starts) is collected and would fail
// the test during which it happened (harness.mjs afterEach). Here the
// errors are provoked on purpose and taken, so this file passes.
import test, { after, before } from 'node:test';
import assert from 'node:assert/strict';
import { openBrowser, takePageErrors } from './harness.mjs';

let b;
before(async () => { b = await openBrowser(); });
after(async () => { await b?.close(); });

test('page errors and unhandled rejections are collected for the running test', async () => {
  const page = await b.newPage();
  await page.goto(`${b.url}/tests/browser/pages/a11y/hidden.html`);
  await page.evaluate(() => {
    setTimeout(() => { throw new Error('harness-check: uncaught'); }, 0);
    Promise.reject(new Error('harness-check: unhandled rejection'));
  });
  await page.waitForTimeout(300);
  const errors = takePageErrors();
  assert.equal(errors.length, 2, errors.join('\n'));
  assert.ok(errors.some((e) => e.includes('harness-check: uncaught')));
  assert.ok(errors.some((e) => e.includes('harness-check: unhandled rejection')));
  assert.equal(page.errors.length, 2, 'page.errors keeps them for tests that assert it');
  assert.deepEqual(takePageErrors(), [], 'taken errors are cleared');
});

test('pages opened on the context directly are watched too', async () => {
  const page = await b.context.newPage();
  await page.goto(`${b.url}/tests/browser/pages/a11y/hidden.html`);
  await page.evaluate(() => { Promise.reject(new Error('harness-check: context page')); });
  await page.waitForTimeout(300);
  const errors = takePageErrors();
  assert.equal(errors.length, 1, errors.join('\n'));
  assert.match(errors[0], /harness-check: context page/);
});

test('an uncaught error in a module Worker reaches the collector', async () => {
  const page = await b.newPage();
  await page.goto(`${b.url}/tests/browser/pages/a11y/hidden.html`);
  await page.evaluate(() => {
    const src = 'setTimeout(() => { throw new Error("harness-check: worker"); }, 0);';
    const url = URL.createObjectURL(new Blob([src], { type: 'text/javascript' }));
    window.w = new Worker(url, { type: 'module' });
  });
  await page.waitForTimeout(500);
  const errors = takePageErrors();
  assert.ok(errors.some((e) => e.includes('harness-check: worker')), errors.join('\n') || 'none');
});
