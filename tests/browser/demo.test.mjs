// The demo as `npm run demo` builds and serves it: from the packed tarball,
// bundled by Vite, under a strict CSP, in headless Chromium. One browser and
// one page for the whole file (service worker installed once); after every
// test: no request left the origin, nothing was uploaded, no CSP violation,
// no page error, no failed response.
import { describe, test, before, after, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { buildDemo } from '../../scripts/build-demo.mjs';
import { startDemoServer } from '../../scripts/demo-server.mjs';
import { ROOT } from './harness.mjs';

// Real photographs from Debian's python3-skimage (astronaut.png: NASA,
// public domain; chelsea.png: CC0), used in place, never copied.
const SKIMAGE = '/usr/lib/python3/dist-packages/skimage/data';
const ASTRONAUT = path.join(SKIMAGE, 'astronaut.png');
const CAT = path.join(SKIMAGE, 'chelsea.png');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

let server;
let browser;
let context;
let page;
let origin;
const problems = [];

/** Records everything the demo must never do. */
function watch(ctx, pg) {
  ctx.on('request', (r) => {
    const u = new URL(r.url());
    if (!['data:', 'blob:'].includes(u.protocol) && u.origin !== origin) {
      problems.push(`left the origin: ${r.method()} ${r.url()}`);
    }
    if (['POST', 'PUT', 'PATCH'].includes(r.method()) && (r.postDataBuffer()?.length ?? 0) > 0) {
      problems.push(`upload: ${r.method()} ${r.url()}`);
    }
  });
  pg.on('response', (r) => { if (r.status() >= 400) problems.push(`${r.status()} ${r.url()}`); });
  pg.on('pageerror', (e) => problems.push(`page error: ${e}`));
  pg.on('console', (m) => {
    if (/Content Security Policy|Refused to/.test(m.text())) problems.push(`console: ${m.text()}`);
  });
}

/** CSP violation events of the page and its frames, since the last call. */
async function takeViolations(pg = page) {
  return pg.evaluate(() => window.__cspViolations.splice(0));
}

before(async () => {
  // SEAMKIT_DEMO_REUSE=1: keep the installed package of the last build (demo edits only).
  await buildDemo({ quiet: true, reuseInstall: process.env.SEAMKIT_DEMO_REUSE === '1' });
  server = await startDemoServer();
  origin = new URL(server.url).origin;
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  // Injected by the test driver (not subject to the page's CSP): counts
  // securitypolicyviolation events in the page and in same-origin frames.
  await context.addInitScript(() => {
    const top = window.top === window ? window : window.top;
    try { top.__cspViolations ??= []; } catch { /* cross-origin: none here */ }
    window.__cspViolations = top.__cspViolations ?? [];
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__cspViolations.push(`${e.violatedDirective}: ${e.blockedURI}`));
  });
  page = await context.newPage();
  watch(context, page);
  await page.goto(`${server.url}/`);
  await page.waitForFunction(() => document.getElementById('ratio')?.textContent !== '—');
});

afterEach(async () => {
  const csp = page && !page.isClosed() ? await takeViolations() : [];
  const seen = problems.splice(0);
  assert.deepEqual([...seen, ...csp], []);
});

after(async () => {
  await browser?.close();
  await server?.close();
});

test('the watchers see an upload, a foreign request and a CSP violation (control)', async () => {
  await page.evaluate(async () => {
    await fetch('/upload-probe', { method: 'POST', body: 'secret' }).catch(() => {});
    const s = document.createElement('script');
    s.textContent = 'window.inlineRan = true';
    document.body.append(s);
    s.remove();
  });
  await page.waitForTimeout(50);
  const seen = problems.splice(0);
  assert.ok(seen.some((p) => p.startsWith('upload: POST')), seen.join('\n'));
  const csp = await takeViolations();
  assert.ok(csp.some((v) => v.startsWith('script-src')), JSON.stringify(csp));
  assert.equal(await page.evaluate(() => window.inlineRan), undefined, 'inline script blocked');
  // The console line about the blocked script is expected here only.
  problems.length = 0;
});

test('the demo shows a contrast ratio computed by the wasm core', async () => {
  assert.equal(await page.textContent('#ratio'), '4.54:1');
  assert.match(await page.textContent('#aa'), /^Pass/);
  await page.fill('#fg', '#777777');
  await page.waitForFunction(() => document.getElementById('ratio').textContent === '4.48:1');
  assert.match(await page.textContent('#aa'), /^Fail/);
  await page.fill('#fg', 'not-a-colour');
  await page.waitForFunction(() => /Cannot compute/.test(document.getElementById('status').textContent));
  await page.fill('#fg', '#767676');
});

test('the demo checks claims: calibrated bars, reliability before/after, threshold slider', async () => {
  await page.waitForFunction(() => [...document.querySelectorAll('#claims seam-confidence')]
    .length === 5 && [...document.querySelectorAll('#claims seam-confidence')].every((e) => e.display));
  const claims = await page.evaluate(() => [...document.querySelectorAll('#claims seam-confidence')]
    .map((e) => ({ verdict: e.display.verdictId, valuetext: e.shadowRoot
      .querySelector('[role="meter"]').getAttribute('aria-valuetext'), claim: e.display.claim })));
  assert.equal(claims[0].verdict, 'likely-true');
  assert.equal(claims[4].verdict, 'likely-false');
  assert.ok(claims.some((c) => c.verdict === 'unverified'));
  claims.forEach((c) => assert.match(c.valuetext, /% confidence: /));
  assert.match(await page.textContent('.example-note'), /Example data/);
  const summary = await page.textContent('#reliability-summary');
  const [before, after] = summary.match(/(\d+\.\d) % before, (\d+\.\d) % after/).slice(1).map(Number);
  assert.ok(after < before, summary);
  assert.ok(await page.locator('#reliability polyline').count() === 2);
  const rows = await page.locator('#reliability-table tbody tr').count();
  assert.ok(rows >= 3 && rows <= 10, `${rows} bins`);
  const out1 = await page.textContent('#threshold-out');
  await page.locator('#threshold').focus();
  for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowLeft');
  await page.waitForFunction((t) => document.getElementById('threshold-out').textContent !== t, out1);
  assert.match(await page.textContent('#threshold-out'), /^At 0\.85: "likely true" for \d+ % of cases, [\d.]+ % of them right/);
});

/** Starts recording the avatar element's events (and its box) in the page. */
async function recordAvatar() {
  await page.evaluate(() => {
    const el = document.getElementById('avatar');
    const log = [];
    window.__avatarLog = log;
    const box = () => { const r = el.getBoundingClientRect(); return [r.width, r.height]; };
    document.getElementById('p-photo').addEventListener('change', (e) => {
      log.push({ type: 'change', at: e.timeStamp, box: box() });
    }, { once: true });
    for (const type of ['avatar-preview', 'avatar-ready', 'avatar-fallback', 'avatar-error']) {
      el.addEventListener(type, (e) => log.push({ type, at: performance.now(), box: box(),
        quality: e.detail.quality, elapsedMs: e.detail.elapsedMs, workerMs: e.detail.workerMs,
        reason: e.detail.reason,
        kind: e.detail.result?.kind }));
    }
  });
}

describe('Create your profile', () => {
  test('a photo gives a quick preview, then the styled avatar; Continue shows the profile', async () => {
    // Warm (the element also does this when it comes into view).
    const warm = await page.evaluate(() => document.getElementById('avatar').prewarm());
    assert.ok(warm && warm.ms > 0, `warm-up failed: ${JSON.stringify(warm)}`);
    await page.fill('#p-name', 'Eileen Collins');
    await recordAvatar();
    await page.setInputFiles('#p-photo', ASTRONAUT);
    // The preview arrives while the user types the bio.
    await page.locator('#p-bio').pressSequentially('Astronaut and pilot.', { delay: 10 });
    await page.waitForFunction(() => document.getElementById('avatar').state === 'ready');
    const log = await page.evaluate(() => window.__avatarLog);
    const change = log.find((e) => e.type === 'change');
    // (A name avatar may finish before the photo is picked: only later events count.)
    const quick = log.find((e) => e.type === 'avatar-preview' && e.quality === 'quick' && e.at > change.at);
    const ready = log.find((e) => e.type === 'avatar-ready' && e.at > change.at);
    assert.ok(quick, JSON.stringify(log));
    const quickMs = quick.at - change.at;
    console.log(`# quick preview ${quickMs.toFixed(0)} ms after the photo was picked ` +
      `(element: ${quick.elapsedMs.toFixed(0)} ms, in the Worker: ${quick.workerMs.toFixed(0)} ms); avatar ready after ${(ready.at - change.at).toFixed(0)} ms`);
    // Target < 150 ms on an idle machine; the bound leaves room for a loaded one.
    assert.ok(quickMs < 1500, `quick preview after ${quickMs} ms`);
    assert.ok(quick.at < ready.at, 'preview before the final avatar');
    // No layout shift: the same box in every state.
    for (const e of log) assert.deepEqual(e.box, [160, 160], JSON.stringify(e));
    assert.equal(ready.kind, 'photo');
    assert.equal(await page.evaluate(() => document.getElementById('avatar').result.model.threads), 1,
      'not cross-origin isolated: single-threaded ONNX Runtime');
    assert.ok(!log.some((e) => e.type === 'avatar-fallback'));
    const alt = await page.evaluate(() => document.getElementById('avatar').shadowRoot.querySelector('img').alt);
    assert.equal(alt, 'Your avatar, cartoon style, made from your photo');
    assert.match(await page.textContent('#avatar-status'), /cartoon avatar from your photo\. We found your face clearly/);
    // The live monitor figures.
    assert.match(await page.textContent('#m-model'), /^blazeface-front 1\.0\.0$/);
    assert.match(await page.textContent('#m-p50'), /^\d+(\.\d)? ms$/);
    assert.match(await page.textContent('#m-p95'), /^\d+(\.\d)? ms$/);
    assert.equal(await page.textContent('#m-runs'), '1');
    assert.equal(await page.textContent('#m-fallbacks'), '0');
    assert.match(await page.textContent('#m-preview'), /ms after you chose the photo/);
    await page.click('button[type="submit"]');
    await page.waitForSelector('#profile-done:not([hidden])');
    assert.equal(await page.textContent('#welcome-title'), 'Welcome, Eileen Collins');
    assert.equal(await page.textContent('#welcome-bio'), 'Astronaut and pilot.');
    assert.match(await page.textContent('#welcome-timing'), /ready before you pressed Continue/);
    assert.equal(await page.getAttribute('#welcome-avatar', 'alt'), alt);
    assert.ok(await page.evaluate(() => document.getElementById('welcome-avatar').naturalWidth === 256));
    await page.click('#p-edit');
  });

  test('a cat photo falls back to the initials with the reason; a newer photo cancels the older', async () => {
    await recordAvatar();
    // Two photos in a row: only the second one's avatar arrives.
    await page.setInputFiles('#p-photo', ASTRONAUT);
    await page.setInputFiles('#p-photo', CAT);
    await page.waitForFunction(() => window.__avatarLog.some((e) => e.type === 'avatar-ready'));
    await page.waitForTimeout(100);
    const log = await page.evaluate(() => window.__avatarLog);
    const ready = log.filter((e) => e.type === 'avatar-ready');
    assert.equal(ready.length, 1, JSON.stringify(log));
    assert.equal(ready[0].kind, 'procedural');
    assert.deepEqual(log.filter((e) => e.type === 'avatar-fallback').map((e) => e.reason), ['no-face']);
    const alt = await page.evaluate(() => document.getElementById('avatar').shadowRoot.querySelector('img').alt);
    assert.match(alt, /^Avatar with your initials, EC\. We could not find a face clearly in this photo/);
    assert.match(await page.textContent('#avatar-status'), /could not find a face/);
    assert.equal(await page.textContent('#m-fallbacks'), '1');
    // Removing the photo: the avatar from the name, said so in words.
    await page.click('#p-remove-photo');
    await page.waitForFunction(() => /^Avatar with your initials, EC\. No photo was chosen/
      .test(document.getElementById('avatar').getAttribute('aria-label')));
    assert.match(await page.textContent('#avatar-status'), /avatar made from your name/);
  });

  test('keyboard only: name, bio, preferences, Continue; focus always visible', async () => {
    const kb = await context.newPage();
    watch(context, kb);
    try {
      await kb.goto(`${server.url}/`);
      await kb.waitForFunction(() => document.getElementById('ratio')?.textContent !== '—');
      const focused = () => kb.evaluate(() => {
        const el = document.activeElement;
        const cs = getComputedStyle(el);
        return { id: el.id, tag: el.tagName, text: el.textContent.trim().slice(0, 30),
          outline: cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) >= 2 };
      });
      await kb.keyboard.press('Tab');
      assert.deepEqual(await focused(), { id: '', tag: 'A', text: 'Skip to the demos', outline: true });
      await kb.keyboard.press('Enter');
      const stops = [];
      for (let i = 0; i < 4 && (await focused()).id !== 'p-name'; i++) {
        await kb.keyboard.press('Tab');
        stops.push(await focused());
      }
      assert.equal((await focused()).id, 'p-name', JSON.stringify(stops));
      // Continue with no name: the error is said in words and focus returns.
      await kb.keyboard.press('Enter');
      await kb.waitForFunction(() => !document.getElementById('p-name-error').hidden);
      assert.match(await kb.textContent('#p-name-error'), /Please enter your name/);
      assert.equal((await focused()).id, 'p-name');
      await kb.keyboard.type('Grace Hopper');
      const walk = [];
      const next = async () => { await kb.keyboard.press('Tab'); const f = await focused(); walk.push(f); return f; };
      assert.equal((await next()).id, 'p-photo');
      assert.equal((await next()).id, 'p-bio');
      await kb.keyboard.type('Wrote the first compiler.');
      assert.equal((await next()).id, 'p-style');
      await kb.keyboard.press('ArrowDown'); // posterised
      assert.equal((await next()).id, 'p-news');
      await kb.keyboard.press('Space');
      assert.equal((await next()).id, 'p-public');
      const submit = await next();
      assert.equal(submit.text, 'Continue');
      for (const f of walk) assert.ok(f.outline, `no visible focus on ${JSON.stringify(f)}`);
      await kb.keyboard.press('Enter');
      await kb.waitForSelector('#profile-done:not([hidden])');
      assert.equal((await focused()).id, 'profile-done');
      assert.equal(await kb.textContent('#welcome-title'), 'Welcome, Grace Hopper');
      assert.match(await kb.textContent('#welcome-prefs'), /posterised avatar, product news on, profile visible/);
      assert.match(await kb.getAttribute('#welcome-avatar', 'alt'),
        /^Avatar with your initials, GH\. No photo was chosen/);
      assert.deepEqual(await takeViolations(kb), []);
    } finally {
      await kb.close();
    }
  });
});

describe('Audit a page', () => {
  test('the sample shop: after the audit result, an AI-assisted alt suggestion for the banner', async () => {
    const squash = (t) => t.toUpperCase().replace(/[^A-Z0-9%]/g, '');
    const times = [];
    for (const run of ['first', 'second']) {
      const t0 = Date.now();
      await page.click('#audit-sample');
      await page.waitForFunction(() => /^Audited the sample shop/.test(document.getElementById('audit-status').textContent));
      const auditMs = Date.now() - t0;
      // The audit result is shown while the images are still being read.
      assert.equal(await page.textContent('#audit-ocr-status'), 'Reading images of text…');
      await page.waitForFunction(() => /^AI-assisted alt suggestions/
        .test(document.getElementById('audit-ocr-status').textContent), null, { timeout: 90000 });
      times.push(`${run} run: audit result ${auditMs} ms, suggestions ${Date.now() - t0} ms`);
      const status = await page.textContent('#audit-ocr-status');
      assert.match(status, /^AI-assisted alt suggestions: \d+ images? of text/, status);
      const shown = await page.evaluate(() => {
        const root = document.querySelector('#audit-results seam-audit-report').shadowRoot;
        return { heading: root.querySelector('.suggestions h4')?.textContent,
          counts: root.querySelector('section.report .counts').textContent,
          items: [...root.querySelectorAll('.suggestions article.suggestion')].map((a) => ({
            heading: a.querySelector('h5').textContent, says: a.querySelector('.says').textContent,
            alt: a.querySelector('.current-alt').textContent, field: a.querySelector('input.alt-edit').value })) };
      });
      assert.equal(shown.heading, 'AI-assisted suggestions');
      const banner = shown.items.find((x) => x.alt === 'banner1.png');
      assert.ok(banner, JSON.stringify(shown.items));
      assert.equal(banner.heading, 'Image of text whose alt is a file name');
      assert.equal(squash(banner.says), 'SUMMERSALE50%OFF', banner.says);
      assert.equal(squash(banner.field), 'SUMMERSALE50%OFF');
      assert.match(shown.counts, /issues? \(\d+ failing elements?\)/);
    }
    console.log(`# demo OCR suggestions: ${times.join('; ')}`);
  });

  test('the sample shop: violations by rule with counts and impact; Show highlights one', async () => {
    await page.click('#audit-sample');
    await page.waitForFunction(() => /^Audited the sample shop/.test(document.getElementById('audit-status').textContent));
    const status = await page.textContent('#audit-status');
    const total = Number(status.match(/: (\d+) violations/)[1]);
    assert.ok(total >= 10, status);
    // First the answer: seamkit's prioritised report, with its fix-first cards.
    const rep = await page.evaluate(() => {
      const root = document.querySelector('#audit-results seam-audit-report')?.shadowRoot;
      return root && { text: root.textContent.replace(/\s+/g, ' '),
        cards: root.querySelectorAll('ol.cards article.group').length,
        copy: root.querySelectorAll('button.copy').length };
    });
    assert.ok(rep, 'no <seam-audit-report> in the results');
    assert.match(rep.text, /Fix these \d+ issues? first/);
    assert.match(rep.text, /estimate/);
    assert.ok(rep.cards >= 2 && rep.copy >= 2, JSON.stringify({ cards: rep.cards, copy: rep.copy }));
    const rules = await page.evaluate(() => [...document.querySelectorAll('#audit-results .rule')].map((li) => ({
      impact: li.querySelector('.impact').textContent, help: li.querySelector('h4 span:nth-child(2)').textContent,
      count: Number(li.querySelector('.count').textContent.match(/\d+/)[0]),
      rule: li.querySelector('.hint').textContent.match(/Rule: ([\w-]+)\./)[1] })));
    const ids = rules.map((r) => r.rule);
    for (const id of ['image-alt', 'label', 'color-contrast', 'html-has-lang', 'button-name']) {
      assert.ok(ids.includes(id), `${id} missing from ${ids}`);
    }
    // The low-contrast links share one class: all counted under one rule.
    assert.ok(rules.find((r) => r.rule === 'color-contrast').count >= 7, JSON.stringify(rules));
    assert.equal(rules.find((r) => r.rule === 'image-alt').count, 6, JSON.stringify(rules));
    assert.equal(rules.reduce((n, r) => n + r.count, 0), total);
    const order = { critical: 0, serious: 1, moderate: 2, minor: 3 };
    for (let i = 1; i < rules.length; i++) assert.ok(order[rules[i - 1].impact] <= order[rules[i].impact]);
    assert.match(await page.textContent('.audit-summary'), new RegExp(`^${total} problems across ${rules.length} rules`));
    await page.locator('#audit-results .nodes button').first().click();
    const outlined = await page.evaluate(() => document.getElementById('audit-frame').contentDocument
      .querySelectorAll('[style*="outline"]').length);
    assert.equal(outlined, 1);
    assert.match(await page.textContent('#audit-status'), /^Highlighted: /);
  });

  test('pasted HTML is audited in a sandboxed frame, scripts off', async () => {
    await page.click('#paste summary');
    await page.fill('#audit-html', '<!doctype html><html lang="en"><title>t</title><main>' +
      '<input type="text"><button></button><script>parent.pwned = 1</script></main></html>');
    await page.click('#audit-paste');
    await page.waitForFunction(() => /^Audited your HTML/.test(document.getElementById('audit-status').textContent));
    const ids = await page.evaluate(() => [...document.querySelectorAll('#audit-results .rule .hint')]
      .map((p) => p.textContent.match(/Rule: ([\w-]+)\./)[1]));
    assert.deepEqual(ids.sort(), ['button-name', 'label']);
    assert.equal(await page.evaluate(() => window.pwned), undefined);
    assert.equal(await page.getAttribute('#audit-frame', 'sandbox'), 'allow-same-origin');
  });

  test('the demo itself: zero violations by seamkit and by axe-core', async () => {
    await page.click('#audit-self');
    await page.waitForFunction(() => /^Audited this page/.test(document.getElementById('audit-status').textContent));
    assert.match(await page.textContent('#audit-status'), /: 0 violations\.$/);
    assert.match(await page.textContent('.audit-summary'), /^No violations found/);
    // axe-core, evaluated by the test driver (not a page script: the CSP stays).
    await page.evaluate(await readFile(path.join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8'));
    const axe = await page.evaluate((tags) => window.axe.run(document,
      { runOnly: { type: 'tag', values: [...tags, 'best-practice'] } }).then((r) =>
      r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)), TAGS);
    assert.deepEqual(axe, []);
  });
});

describe('offline, private, screenshots', () => {
  test('after the first visit the demo works offline: reload, audit, OCR suggestions, avatar from a photo', async () => {
    await page.waitForFunction(() => document.getElementById('offline-status').dataset.offline === 'ready',
      null, { timeout: 60000 });
    const cached = await page.evaluate(async () => {
      const keys = await caches.keys();
      const demo = keys.find((k) => k.startsWith('seamkit-demo-'));
      return { demo, count: (await (await caches.open(demo)).keys()).length };
    });
    const precache = JSON.parse(await readFile(path.join(ROOT, 'demo-dist/precache.json'), 'utf8'));
    assert.equal(cached.demo, `seamkit-demo-${precache.version}`);
    assert.equal(cached.count, precache.files.length);
    for (const kind of [/\.wasm$/, /\.onnx$/, /^models\/manifest\.json$/, /\.css$/, /^assets\/worker-.*\.js$/,
      /^models\/ch_PP-OCRv4_det_infer\.onnx$/, /^models\/ch_PP-OCRv4_rec_infer\.onnx$/, /^models\/ppocr_keys_v1\.txt$/]) {
      assert.ok(precache.files.some((f) => kind.test(f)), `${kind} not precached`);
    }
    await context.setOffline(true);
    try {
      await page.reload();
      await page.waitForFunction(() => document.getElementById('ratio')?.textContent === '4.54:1');
      await page.click('#audit-sample');
      await page.waitForFunction(() => /^Audited the sample shop/.test(document.getElementById('audit-status').textContent));
      // The OCR models come from the precache too: the suggestions are not "unavailable".
      await page.waitForFunction(() => /^AI-assisted alt suggestions/
        .test(document.getElementById('audit-ocr-status').textContent), null, { timeout: 90000 });
      assert.match(await page.textContent('#audit-ocr-status'), /^AI-assisted alt suggestions: [1-9]\d* images? of text/);
      await page.fill('#p-name', 'Eileen Collins');
      await page.setInputFiles('#p-photo', ASTRONAUT);
      await page.waitForFunction(() => document.getElementById('avatar').state === 'ready', null, { timeout: 30000 });
      assert.equal(await page.evaluate(() => document.getElementById('avatar').result.kind), 'photo');
    } finally {
      await context.setOffline(false);
    }
  });

  test('with COOP/COEP (npm run demo -- --isolate) ONNX Runtime uses threads', async () => {
    const iso = await startDemoServer({ isolate: true });
    const ctx = await browser.newContext();
    const pg = await ctx.newPage();
    const errors = [];
    pg.on('pageerror', (e) => errors.push(String(e)));
    try {
      await pg.goto(`${iso.url}/`);
      assert.equal(await pg.evaluate(() => crossOriginIsolated), true);
      await pg.setInputFiles('#p-photo', ASTRONAUT);
      await pg.waitForFunction(() => document.getElementById('avatar').state === 'ready', null, { timeout: 60000 });
      const r = await pg.evaluate(() => ({ kind: document.getElementById('avatar').result.kind,
        threads: document.getElementById('avatar').result.model.threads }));
      assert.equal(r.kind, 'photo');
      assert.ok(r.threads > 1, `threads: ${r.threads}`);
      assert.deepEqual(errors, []);
    } finally {
      await ctx.close();
      await iso.close();
    }
  });

  test('screenshots at desktop (1280) and phone (390) widths', async () => {
    await mkdir(path.join(ROOT, 'docs'), { recursive: true });
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: path.join(ROOT, 'docs/demo-desktop.png'),
      clip: { x: 0, y: 0, width: 1280, height: 1500 }, fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= 390, `horizontal scrolling at 390 px: ${width}`);
    await page.screenshot({ path: path.join(ROOT, 'docs/demo-phone.png'),
      clip: { x: 0, y: 0, width: 390, height: 1700 }, fullPage: true });
    await page.setViewportSize({ width: 1280, height: 900 });
  });
});
