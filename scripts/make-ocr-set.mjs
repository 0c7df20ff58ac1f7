#!/usr/bin/env node
// Renders the labelled OCR set in Chromium: single- and multi-line text
// images (fonts from Debian packages: fonts-dejavu, fonts-liberation2,
// fonts-freefont-ttf, fonts-urw-base35), varied sizes, colours, solid /
// gradient / noise backgrounds and slight blur, with their ground-truth
// lines. Deterministic: the same seeds give the same images. Two parts:
// "fit" (seeds 1..N, FIT_FONTS) and "held-out" (seeds from 1000001, other
// font families only).
//
//   node scripts/make-ocr-set.mjs [--out .cache/ocr-set] [--fit 300] [--held-out 150]
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { openBrowser, ROOT } from '../tests/browser/harness.mjs';
import { imageSpec, FIT_FONTS, HELD_OUT_FONTS } from './ocr-set-text.mjs';

export const HELD_OUT_SEED_BASE = 1000000;

function args(argv) {
  const out = { out: path.join(ROOT, '.cache/ocr-set'), fit: 300, heldOut: 150 };
  for (let i = 0; i < argv.length; i += 2) {
    const [k, v] = [argv[i], argv[i + 1]];
    if (k === '--out') out.out = path.resolve(v);
    else if (k === '--fit') out.fit = Number(v);
    else if (k === '--held-out') out.heldOut = Number(v);
    else throw new Error(`unknown argument ${k}`);
  }
  return out;
}

/** Runs in the page: draws one spec on a canvas, returns PNG bytes as base64. */
function renderInPage(spec) {
  const font = `${spec.italic ? 'italic ' : ''}${spec.bold ? 'bold ' : ''}${spec.size}px "${spec.font}"`;
  const probe = document.createElement('canvas').getContext('2d');
  probe.font = font;
  const widths = spec.lines.map((l) => probe.measureText(l).width);
  const lineH = Math.round(spec.size * spec.lineHeight);
  const w = Math.ceil(Math.max(...widths) + 2 * spec.pad);
  const h = Math.ceil(lineH * spec.lines.length + 2 * spec.pad);
  const canvas = document.createElement('canvas');
  canvas.width = w;
  canvas.height = h;
  const g = canvas.getContext('2d');
  const css = (c) => `rgb(${c[0]},${c[1]},${c[2]})`;
  if (spec.background === 'gradient') {
    const grad = g.createLinearGradient(0, 0, w, h);
    grad.addColorStop(0, css(spec.bg));
    grad.addColorStop(1, css(spec.bg2));
    g.fillStyle = grad;
  } else {
    g.fillStyle = css(spec.bg);
  }
  g.fillRect(0, 0, w, h);
  if (spec.blur) g.filter = `blur(${spec.blur.toFixed(2)}px)`;
  g.font = font;
  g.fillStyle = css(spec.fg);
  g.textBaseline = 'middle';
  g.textAlign = spec.align;
  const x = spec.align === 'center' ? w / 2 : spec.pad;
  spec.lines.forEach((l, i) => g.fillText(l, x, spec.pad + lineH * (i + 0.5)));
  g.filter = 'none';
  if (spec.noise) {
    let s = spec.seed >>> 0;
    const rand = () => { s = (Math.imul(s, 1664525) + 1013904223) >>> 0; return s / 4294967296; };
    const img = g.getImageData(0, 0, w, h);
    for (let i = 0; i < img.data.length; i += 4) {
      const n = (rand() - 0.5) * 2 * spec.noise;
      for (let c = 0; c < 3; c++) img.data[i + c] += n;
    }
    g.putImageData(img, 0, 0);
  }
  return canvas.toDataURL('image/png').slice('data:image/png;base64,'.length);
}

async function renderPart(page, dir, part, seeds, fonts) {
  await mkdir(path.join(dir, part), { recursive: true });
  const items = [];
  for (const seed of seeds) {
    const spec = imageSpec(seed, fonts);
    const b64 = await page.evaluate(renderInPage, spec);
    const file = `${part}/${String(seed).padStart(7, '0')}.png`;
    await writeFile(path.join(dir, file), Buffer.from(b64, 'base64'));
    items.push({ file, part, ...spec });
  }
  return items;
}

async function main() {
  const opts = args(process.argv.slice(2));
  const b = await openBrowser();
  try {
    const page = await b.newPage();
    await page.setContent('<!DOCTYPE html><meta charset="utf-8"><body></body>');
    // Make sure every family resolves to itself (a missing font would fall back silently).
    const missing = await page.evaluate((fonts) => {
      const g = document.createElement('canvas').getContext('2d');
      const width = (font) => { g.font = font; return g.measureText('Quick Brown 0123 fox').width; };
      return fonts.filter((f) => ['monospace', 'serif', 'sans-serif'].every((fb) =>
        width(`32px "${f}", ${fb}`) === width(`32px ${fb}`)));
    }, [...FIT_FONTS, ...HELD_OUT_FONTS]);
    if (missing.length) console.warn(`warning: fonts not reported available: ${missing.join(', ')}`);
    const fitSeeds = Array.from({ length: opts.fit }, (_, i) => i + 1);
    const heldSeeds = Array.from({ length: opts.heldOut }, (_, i) => HELD_OUT_SEED_BASE + i + 1);
    const items = [
      ...await renderPart(page, opts.out, 'fit', fitSeeds, FIT_FONTS),
      ...await renderPart(page, opts.out, 'held-out', heldSeeds, HELD_OUT_FONTS),
    ];
    const labels = { format: 'seamkit-ocr-set', version: 1, fitFonts: FIT_FONTS,
      heldOutFonts: HELD_OUT_FONTS, items };
    await writeFile(path.join(opts.out, 'labels.json'), JSON.stringify(labels, null, 1));
    const lines = items.reduce((n, it) => n + it.lines.length, 0);
    console.log(`ocr set: ${items.length} images (${opts.fit} fit, ${opts.heldOut} held-out), ` +
      `${lines} lines → ${opts.out}`);
  } finally {
    await b.close();
  }
}

main().catch((e) => { console.error(e); process.exit(1); });
