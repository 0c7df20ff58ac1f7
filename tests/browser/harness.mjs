// Shared by the browser tests: a loopback static server over the repository
// and Debian's Chromium driven by playwright-core (never a downloaded browser).
import { afterEach } from 'node:test';
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
 * Page errors not yet charged to a test: uncaught exceptions and unhandled
 * rejections of every page (and its workers' uncaught errors, which Chromium
 * logs on the page's console) of every context opened through this harness.
 * @type {string[]}
 */
const pending = [];

/** What the console says for an uncaught error (page or worker). */
const UNCAUGHT = /^Uncaught\b|Uncaught \(in promise\)|Unhandled Promise Rejection/;

/**
 * Collects uncaught exceptions and unhandled rejections from `page` into
 * `page.errors` (kept for tests that assert it) and the pending list, which
 * fails the running test (afterEach below) or the closing of the browser.
 * @param {import('playwright-core').Page} page
 */
export function watchPage(page) {
  if (/** @type {any} */ (page).errors) return page;
  const errors = [];
  /** @type {any} */ (page).errors = errors;
  page.on('pageerror', (e) => {
    errors.push(e);
    pending.push(`pageerror on ${page.url()}: ${e?.stack ?? e}`);
  });
  page.on('console', (m) => {
    if (m.type() === 'error' && UNCAUGHT.test(m.text())) {
      pending.push(`console on ${page.url()}: ${m.text()}`);
    }
  });
  return page;
}

/** Watches every page that `context` opens (including popups). */
export function watchContext(context) {
  for (const p of context.pages()) watchPage(p);
  context.on('page', (p) => watchPage(p));
  return context;
}

/**
 * Returns and clears the errors not yet charged to a test; tests that
 * provoke a page error on purpose take it with this.
 * @returns {string[]}
 */
export function takePageErrors() {
  return pending.splice(0, pending.length);
}

function failOnPending(when) {
  const errors = takePageErrors();
  if (errors.length) {
    throw new Error(`${errors.length} uncaught error(s) in the browser ${when}:\n` +
      errors.join('\n'));
  }
}

// Every test file that imports the harness: a test during which a page threw
// (or left a promise rejection unhandled) fails. The browser needs a moment
// to report an error, so the hook waits briefly when a browser is open.
// (Only in test files: bench scripts import the harness too.)
let openContexts = 0;
const underTest = !!process.env.NODE_TEST_CONTEXT || /\.test\.mjs$/.test(process.argv[1] ?? '');
if (underTest) {
  afterEach(async () => {
    if (openContexts > 0) await new Promise((r) => setTimeout(r, 50));
    failOnPending('during this test');
  });
}

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
  watchContext(context);
  openContexts++;
  let closed = false;
  return {
    url: server.url,
    context,
    /** Opens a page that fails the test on any uncaught page error. */
    async newPage() {
      return watchPage(await context.newPage());
    },
    /** Closes everything; fails (in an after hook) on errors no test took. */
    async close() {
      if (closed) return;
      closed = true;
      openContexts--;
      await new Promise((r) => setTimeout(r, 50));
      await context.close();
      await server.close();
      await rm(profile, { recursive: true, force: true });
      failOnPending('after the last test');
    },
  };
}
