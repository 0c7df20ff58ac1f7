// The Node test runner as scripts/test.sh runs it (node --test) fails a
// test file on an uncaught exception or an unhandled rejection, during a
// test or after the last one, so no extra setup file is needed for that:
// this checks it on throwaway test files (written to a temp folder, so the
// suite never runs them itself).
import test from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

const CASES = {
  'rejection during a test': `test('t', async () => {
    Promise.reject(new Error('unhandled-x'));
    await new Promise((r) => setTimeout(r, 50));
  });`,
  'exception during a test': `test('t', async () => {
    setTimeout(() => { throw new Error('uncaught-x'); }, 0);
    await new Promise((r) => setTimeout(r, 50));
  });`,
  'rejection after the last test': `test('t', () => {
    setTimeout(() => Promise.reject(new Error('late-x')), 50);
  });`,
  'exception in a before hook': `before(() => { throw new Error('hook-x'); });
  test('t', () => {});`,
};

test('node --test fails on uncaught exceptions and unhandled rejections', async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'seamkit-unhandled-'));
  try {
    const env = { ...process.env };
    delete env.NODE_TEST_CONTEXT; // run as a top-level runner, not as our child
    for (const [name, body] of Object.entries(CASES)) {
      const file = path.join(dir, 'case.test.mjs');
      await writeFile(file, `import test, { before } from 'node:test';\n${body}\n`);
      const r = spawnSync(process.execPath, ['--test', '--test-reporter=tap', file],
        { env, encoding: 'utf8', timeout: 60_000 });
      assert.equal(r.status, 1, `${name}: exit ${r.status}\n${r.stdout}${r.stderr}`);
      assert.match(r.stdout, /^# fail [1-9]/m, `${name}: no failure reported\n${r.stdout}`);
    }
    // And a clean file passes, so the check above can tell them apart.
    const file = path.join(dir, 'clean.test.mjs');
    await writeFile(file, "import test from 'node:test';\ntest('t', async () => {});\n");
    const r = spawnSync(process.execPath, ['--test', '--test-reporter=tap', file],
      { env, encoding: 'utf8', timeout: 60_000 });
    assert.equal(r.status, 0, r.stdout + r.stderr);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
