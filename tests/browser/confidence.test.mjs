// <seam-confidence> in Chromium: the accessible meter, verdict without
// colour alone, contrast on light and dark backgrounds, live updates,
// reduced motion, forced colours, raw-score toggle and hostile text.
import test from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { openBrowser, ROOT } from './harness.mjs';

/** Reads what assistive technology and sighted users get from one element. */
function inspect(id) {
  const el = document.getElementById(id);
  const r = el.shadowRoot;
  const meter = r.querySelector('[role="meter"]');
  const fill = r.querySelector('.fill');
  const chip = r.querySelector('.chip');
  const raw = r.querySelector('.raw');
  const toggle = r.querySelector('.raw-toggle');
  return {
    valuenow: meter.getAttribute('aria-valuenow'),
    valuemin: meter.getAttribute('aria-valuemin'),
    valuemax: meter.getAttribute('aria-valuemax'),
    valuetext: meter.getAttribute('aria-valuetext'),
    label: meter.getAttribute('aria-label'),
    verdict: chip.dataset.verdict,
    verdictText: r.querySelector('.verdict').textContent,
    iconPath: chip.querySelector('path').getAttribute('d'),
    fillWidth: fill.getBoundingClientRect().width / fill.parentElement.getBoundingClientRect().width,
    fillColour: getComputedStyle(fill).backgroundColor,
    chipColour: getComputedStyle(chip).color,
    transition: getComputedStyle(fill).transitionDuration,
    reasons: [...r.querySelectorAll('.reasons li')].map((li) => li.textContent),
    reasonHtml: r.querySelector('.reasons').innerHTML,
    claim: r.querySelector('.claim').textContent,
    disclaimer: r.querySelector('.disclaimer').textContent,
    rawHidden: raw.hidden,
    rawText: raw.textContent,
    expanded: toggle.getAttribute('aria-expanded'),
    display: el.display,
  };
}

async function rendered(page, id) {
  await page.waitForFunction((i) => document.getElementById(i)?.display !== null &&
    document.getElementById(i)?.display !== undefined, id);
}

test('<seam-confidence>: meter ARIA, verdict shapes, contrast, updates, raw toggle', async () => {
  const b = await openBrowser();
  try {
    const page = await b.newPage();
    await page.goto(`${b.url}/tests/browser/pages/confidence.html`);
    for (const id of ['a', 'b', 'c']) await rendered(page, id);
    // Let the 200 ms width transition settle before measuring the bar.
    await page.waitForTimeout(400);
    const a = await page.evaluate(inspect, 'a');
    const bEl = await page.evaluate(inspect, 'b');
    const c = await page.evaluate(inspect, 'c');
    assert.deepEqual([bEl.valuenow, bEl.valuemin, bEl.valuemax], ['72', '0', '100']);
    assert.match(bEl.valuetext, /^72\s?% confidence: Unverified$/);
    assert.equal(bEl.label, 'Confidence');
    assert.deepEqual([a.verdict, bEl.verdict, c.verdict], ['likely-true', 'unverified', 'likely-false']);
    // Three different icon shapes: the verdict never relies on colour alone.
    assert.equal(new Set([a.iconPath, bEl.iconPath, c.iconPath]).size, 3);
    assert.ok(Math.abs(bEl.fillWidth - 0.72) < 0.02, `bar ${bEl.fillWidth}`);
    assert.ok(Math.abs(a.fillWidth - 0.92) < 0.02);
    assert.deepEqual(bEl.reasons, ['Limited source corroboration',
      'Conflicting information from verified sources']);
    assert.match(bEl.disclaimer, /automated estimate/);
    // The element found the dark background by itself and kept contrast.
    assert.equal(c.display.background, '#14161a');
    assert.ok(c.display.barContrast >= 3 && c.display.textContrast >= 4.5);
    assert.notEqual(c.chipColour, a.chipColour);
    // Chromium's computed colours are the ones the display model promised.
    const hex = (rgb) => '#' + rgb.match(/\d+/g).slice(0, 3)
      .map((v) => Number(v).toString(16).padStart(2, '0')).join('');
    assert.equal(hex(bEl.fillColour), bEl.display.barColour);
    assert.equal(hex(bEl.chipColour), bEl.display.textColour);

    // Raw score: hidden until the toggle is pressed (keyboard).
    assert.equal(bEl.rawHidden, true);
    assert.equal(bEl.expanded, 'false');
    await page.locator('#b').locator('button.raw-toggle').focus();
    await page.keyboard.press('Enter');
    const shown = await page.evaluate(inspect, 'b');
    assert.equal(shown.rawHidden, false);
    assert.equal(shown.expanded, 'true');
    assert.match(shown.rawText, /1\.31/);

    // Attribute changes re-render.
    await page.evaluate(() => document.getElementById('b').setAttribute('value', '0.1'));
    await page.waitForFunction(() => document.getElementById('b').display.meterValue === 10);
    const low = await page.evaluate(inspect, 'b');
    assert.equal(low.verdict, 'likely-false');
    assert.match(low.valuetext, /^10\s?% confidence: Likely false$/);

    // An invalid score is shown as such, never as a number.
    await page.evaluate(() => document.getElementById('b').setAttribute('value', 'NaN'));
    await page.waitForFunction(() => document.getElementById('b').display.scoreValid === false);
    const bad = await page.evaluate(inspect, 'b');
    assert.equal(bad.verdict, 'unverified');
    assert.equal(bad.valuetext, 'No valid score: Unverified');
    assert.ok(bad.reasons[0].startsWith('No valid score'));

    // Screenshot for the README (light and dark backgrounds).
    await page.evaluate(() => document.getElementById('b').setAttribute('value', '0.72'));
    await page.waitForFunction(() => document.getElementById('b').display.meterValue === 72);
    await page.waitForTimeout(400);
    await mkdir(path.join(ROOT, 'build'), { recursive: true });
    await page.locator('#shot').screenshot({ path: path.join(ROOT, 'build', 'seam-confidence.png') });
    assert.deepEqual(page.errors, []);
  } finally {
    await b.close();
  }
});

test('<seam-confidence>: reduced motion and forced colours', async () => {
  const b = await openBrowser();
  try {
    const page = await b.newPage();
    await page.emulateMedia({ reducedMotion: 'reduce', forcedColors: 'active' });
    await page.goto(`${b.url}/tests/browser/pages/confidence.html`);
    await rendered(page, 'b');
    const r = await page.evaluate(inspect, 'b');
    assert.equal(r.transition, '0s');
    // In forced colours the bar uses the system Highlight colour, and the
    // verdict keeps its text and icon.
    const highlight = await page.evaluate(() => {
      const probe = document.createElement('span');
      probe.style.color = 'Highlight';
      document.body.append(probe);
      return getComputedStyle(probe).color;
    });
    assert.equal(r.fillColour, highlight);
    assert.equal(r.verdictText, 'Unverified');
    assert.ok(r.iconPath.length > 0);
  } finally {
    await b.close();
  }
});

test('<seam-confidence>: hostile claim, factors and labels render as text', async () => {
  const b = await openBrowser();
  try {
    const page = await b.newPage();
    await page.goto(`${b.url}/tests/browser/pages/confidence.html`);
    await page.waitForFunction(() => window.ready === true);
    const payloads = ['<img src=x onerror="window.pwned=1">', '<script>window.pwned=2</script>',
      '"><svg onload="window.pwned=3">', 'javascript:window.pwned=4', '\u202e\ud800 broken'];
    await page.evaluate((ps) => {
      window.pwned = 0;
      for (const p of ps) {
        const el = document.createElement('seam-confidence');
        el.setAttribute('value', '0.5');
        el.setAttribute('claim', p);
        el.setAttribute('factors', JSON.stringify([{ code: p, weight: 1 }]));
        el.className = 'hostile';
        document.getElementById('feed').append(el);
      }
    }, payloads);
    await page.waitForFunction(() => [...document.querySelectorAll('.hostile')]
      .every((e) => e.display));
    const out = await page.evaluate(() => ({
      pwned: window.pwned,
      claims: [...document.querySelectorAll('.hostile')]
        .map((e) => e.shadowRoot.querySelector('.claim').textContent),
      elements: [...document.querySelectorAll('.hostile')]
        .map((e) => e.shadowRoot.querySelectorAll('img, script, svg:not(.chip svg), iframe').length),
    }));
    assert.equal(out.pwned, 0);
    out.claims.slice(0, 4).forEach((c, i) => assert.equal(c, payloads[i]));
    // Lone surrogates are replaced, never passed through.
    assert.ok(!/[\ud800-\udfff]/.test(out.claims[4]));
    assert.deepEqual(out.elements, [0, 0, 0, 0, 0]);
    assert.deepEqual(page.errors, []);
  } finally {
    await b.close();
  }
});

test('<seam-confidence>: a feed of 1,000 shows its on-screen part in the first frame, then reads correctly and completes in idle time', async () => {
  const b = await openBrowser();
  try {
    const page = await b.newPage();
    await page.goto(`${b.url}/tests/browser/pages/confidence.html`);
    await page.waitForFunction(() => window.ready === true);
    const first = await page.evaluate(async () => {
      const feed = document.getElementById('feed');
      const frag = document.createDocumentFragment();
      for (let i = 0; i < 1000; i++) {
        const el = document.createElement('seam-confidence');
        el.id = `f${i}`;
        el.setAttribute('value', String((i * 7919 % 1000) / 1000));
        el.setAttribute('claim', `Feed claim ${i}`);
        el.setAttribute('thresholds', '0.2 0.8');
        frag.append(el);
      }
      feed.append(frag);
      // The next frame's animation callbacks (before any idle time): what is
      // on screen is complete.
      await new Promise(requestAnimationFrame);
      const placeholderHeight = feed.children[999].getBoundingClientRect().height;
      const els = [...feed.children];
      const onScreen = els.filter((el) => {
        const r = el.getBoundingClientRect();
        return r.bottom > 0 && r.top < innerHeight;
      });
      return {
        states: els.map((el) => el.renderState),
        onScreen: onScreen.map((el) => el.renderState),
        onScreenDisplays: onScreen.filter((el) => el.display?.claim === `Feed claim ${el.id.slice(1)}`).length,
        placeholderHeight,
        shadow999: els[999].shadowRoot,
      };
    });
    assert.ok(first.onScreen.length > 0 && first.onScreen.every((s) => s === 'full'), String(first.onScreen));
    assert.equal(first.onScreenDisplays, first.onScreen.length);
    assert.ok(first.states.filter((s) => s === 'none').length > 500, 'off-screen elements wait for idle time');
    // A waiting element is an empty box of the placeholder height (10rem).
    assert.equal(first.placeholderHeight, 160);
    assert.equal(first.shadow999, null);

    // Idle time gives every element its display.
    await page.waitForFunction(() => [...document.getElementById('feed').children]
      .every((el) => el.display?.claim === `Feed claim ${el.id.slice(1)}`), null, { timeout: 20000 });
    const valuetext999 = await page.evaluate(() => document.getElementById('f999').display.ariaValueText);

    // Idle time completes every element, without long tasks.
    await page.waitForFunction(() => [...document.getElementById('feed').children]
      .every((el) => el.renderState === 'full'), null, { timeout: 20000 });
    const done = await page.evaluate(() => {
      const el = document.getElementById('f999');
      el.scrollIntoView();
      const meter = el.shadowRoot.querySelector('[role="meter"]');
      return { valuetext: meter.getAttribute('aria-valuetext'), claim: el.shadowRoot.querySelector('.claim').textContent };
    });
    assert.equal(done.valuetext, valuetext999);
    assert.equal(done.claim, 'Feed claim 999');
    // Updating a completed element re-renders it in place.
    await page.evaluate(() => document.getElementById('f999').setAttribute('value', '0.05'));
    await page.waitForFunction(() => document.getElementById('f999').display.meterValue === 5);
    const updated = await page.evaluate(() => document.getElementById('f999').shadowRoot
      .querySelector('[role="meter"]').getAttribute('aria-valuetext'));
    assert.match(updated, /^5\s?% confidence: Likely false$/);

    // Between its display and its full render, a waiting element is itself a
    // meter named by its claim, with the value the full render will show.
    // The page's idle callbacks are held and run with a deadline that allows
    // the displays but not the full renders, so that state can be inspected.
    const probe = await page.evaluate(async () => {
      const held = [];
      const real = window.requestIdleCallback;
      window.requestIdleCallback = (fn) => held.push(fn);
      const el = document.createElement('seam-confidence');
      el.setAttribute('value', '0.42');
      el.setAttribute('claim', 'Probe claim');
      el.style.cssText = 'position: absolute; top: 300vh';
      const many = document.createDocumentFragment();
      many.append(el);
      for (let i = 0; i < 60; i++) {
        const x = document.createElement('seam-confidence');
        x.setAttribute('value', '0.5');
        x.style.cssText = 'display: none';
        many.append(x);
      }
      document.body.append(many);
      await new Promise(requestAnimationFrame);
      const before = el.renderState;
      let calls = 0;
      for (const fn of held.splice(0)) fn({ didTimeout: false, timeRemaining: () => (calls++ === 0 ? 50 : 0) });
      window.requestIdleCallback = real;
      return { before, state: el.renderState, meterValue: el.display?.meterValue, shadow: el.shadowRoot };
    });
    assert.equal(probe.before, 'none', 'far off screen, it waits for idle time');
    assert.equal(probe.state, 'summary');
    assert.equal(probe.meterValue, 42);
    assert.equal(probe.shadow, null);
    const cdp = await page.context().newCDPSession(page);
    const { nodes } = await cdp.send('Accessibility.getFullAXTree');
    const meter = nodes.find((n) => n.role?.value === 'meter' && n.name?.value === 'Probe claim');
    assert.ok(meter, 'the waiting element is a meter named by its claim');
    const props = Object.fromEntries((meter.properties ?? []).map((p) => [p.name, p.value?.value]));
    // (CDP reports no value text for any meter, attribute or not: the value and range are checked.)
    assert.equal(meter.value?.value, 42, JSON.stringify(meter));
    assert.deepEqual([props.valuemin, props.valuemax], [0, 100]);
    // Scrolled to, it completes at once.
    await page.evaluate(() => document.querySelector('seam-confidence[claim="Probe claim"]').scrollIntoView());
    await page.waitForFunction(() => document.querySelector('seam-confidence[claim="Probe claim"]').renderState === 'full');
    assert.deepEqual(page.errors, []);
  } finally {
    await b.close();
  }
});
