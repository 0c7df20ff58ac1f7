// Shared by the browser tests: a loopback static server over the repository
// and Debian's Chromium driven by playwright-core (never a downloaded browser).
import { chromium } from 'playwright-core';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from '../../scripts/serve.mjs';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

/**
 * Serves the repository root at / (so /dist/, /tests/browser/pages/ resolve)
 * plus any extra mounts, and opens a fresh Chromium profile.
 * @param {{ mounts?: Record<string, string>, headers?: Record<string, string> }} [options]
 */
export async function openBrowser(options = {}) {
  const server = await startServer({ mounts: { '/': ROOT, ...(options.mounts ?? {}) },
    headers: options.headers });
  const profile = await mkdtemp(path.join(tmpdir(), 'seamkit-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
  });
  return {
    url: server.url,
    context,
    /** Opens a page that fails the test on any uncaught page error. */
    async newPage() {
      const page = await context.newPage();
      const errors = [];
      page.on('pageerror', (e) => errors.push(e));
      page.errors = errors;
      return page;
    },
    async close() {
      await context.close();
      await server.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}
