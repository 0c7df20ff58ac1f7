// Renders the OCR test banner tests/fixtures/ocr/summer-sale.png with Debian's
// Chromium (playwright-core) and the DejaVu Sans font of fonts-dejavu-core:
//   node scripts/make-ocr-fixtures.mjs
// The PNG is committed; re-running gives the same text and layout (pixels may
// differ by anti-aliasing between Chromium versions).
import { chromium } from 'playwright-core';
import { mkdtemp, rm, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(ROOT, 'tests/fixtures/ocr');

const BANNER = `<!doctype html><meta charset="utf-8">
<style>
  html, body { margin: 0; background: #fff; }
  #banner { width: 560px; height: 190px; box-sizing: border-box; padding: 24px 32px;
    background: #b3261e; color: #fff; font-family: 'DejaVu Sans'; }
  h1 { margin: 0 0 14px; font-size: 48px; white-space: nowrap; font-weight: bold; letter-spacing: 1px; }
  p { margin: 0; font-size: 40px; color: #ffe08a; }
</style>
<div id="banner"><h1>SUMMER SALE</h1><p>50% OFF</p></div>`;

const profile = await mkdtemp(path.join(tmpdir(), 'seamkit-ocr-fixtures-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run',
    '--font-render-hinting=none', '--force-device-scale-factor=1'],
  viewport: { width: 600, height: 300 },
});
try {
  const page = await context.newPage();
  await page.setContent(BANNER);
  await page.evaluate(() => document.fonts.ready);
  await mkdir(OUT, { recursive: true });
  await page.locator('#banner').screenshot({ path: path.join(OUT, 'summer-sale.png') });
  console.log(`wrote ${path.relative(ROOT, path.join(OUT, 'summer-sale.png'))}`);
} finally {
  await context.close();
  await rm(profile, { recursive: true, force: true });
}
