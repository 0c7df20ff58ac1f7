// <seam-confidence>: an honest confidence display for one model output.
//
//   <seam-confidence value="0.72" raw="1.31" claim="…"
//     factors='[{"code":"limited-corroboration","weight":0.6}]'
//     thresholds="0.2 0.8" calibration='{…}' background="#fff" show-raw>
//
// value        calibrated probability in [0, 1] (or give raw + calibration)
// raw          the model's raw score, shown on request
// calibration  JSON parameters from fitCalibration(); applied to `raw`
//              when `value` is absent
// factors      JSON [{ code, weight }] → ranked plain-language reasons
// thresholds   "low high": below low "likely false", above high "likely
//              true", between them "unverified" (default 0.05 0.95)
// background   the colour the element sits on (default: detected)
// Properties: `table` (a translated string table, JSON), `palette` (CSS
// colours for the red→amber→green ramp).
import { init } from '../index.js';
import { Calibration, confidenceDisplays } from '../confidence/index.js';

const HEX = /^#[0-9a-f]{6}$/i;
const ICONS = {
  check: 'M4 10.5l4 4 8-9',
  cross: 'M5 5l10 10M15 5L5 15',
  question: 'M7.5 7.5a2.5 2.5 0 1 1 3.5 2.3c-.7.3-1 .8-1 1.5V12M10 15v.5',
};

const CSS = `
:host { display: block; font: inherit; color: var(--seam-text, inherit); }
:host([hidden]) { display: none; }
.root { display: grid; gap: 0.35rem; max-width: 40rem; }
.claim { margin: 0; font-weight: 600; }
.row { display: flex; flex-wrap: wrap; align-items: center; gap: 0.5rem 0.75rem; }
.meter { display: flex; align-items: center; gap: 0.5rem; flex: 1 1 12rem; min-width: 10rem; }
.track { flex: 1; height: 0.75rem; border: 1px solid var(--seam-track); border-radius: 0.375rem;
  overflow: hidden; box-sizing: border-box; }
.fill { height: 100%; width: var(--seam-fill, 0%); background: var(--seam-bar);
  transition: width 200ms ease-out; }
.pct { font-variant-numeric: tabular-nums; min-width: 3.5ch; text-align: end; }
.chip { display: inline-flex; align-items: center; gap: 0.3rem; padding: 0.1rem 0.55rem 0.1rem 0.35rem;
  border: 2px solid var(--seam-verdict); border-radius: 999px; color: var(--seam-verdict); font-weight: 600; }
.chip svg { width: 1.1em; height: 1.1em; flex: none; }
.chip path { fill: none; stroke: currentColor; stroke-width: 2.4; stroke-linecap: round; stroke-linejoin: round; }
button { font: inherit; font-size: 0.875em; color: var(--seam-text); background: transparent;
  border: 1px solid var(--seam-track); border-radius: 0.3rem; padding: 0.1rem 0.5rem; cursor: pointer; }
button:focus-visible { outline: 3px solid var(--seam-verdict); outline-offset: 2px; }
.raw { font-variant-numeric: tabular-nums; font-size: 0.875em; }
.reasons { margin: 0; padding-inline-start: 1.2rem; }
.reasons-heading, .disclaimer { margin: 0; font-size: 0.875em; }
.reasons-heading { font-weight: 600; }
@media (prefers-reduced-motion: reduce) { .fill { transition: none; } }
@media (forced-colors: active) {
  .fill { background: Highlight; forced-color-adjust: none; }
  .track { border-color: CanvasText; }
  .chip { border-color: CanvasText; color: CanvasText; }
}
`;

let sheet = null;
function styles() {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(CSS);
  }
  return sheet;
}

// The host's own box before its full render (no shadow root yet): a block
// that keeps a placeholder height, so the page does not jump when the full
// render arrives. Zero specificity: any page rule wins.
const HOST_CSS = `
:where(seam-confidence) { display: block; }
:where(seam-confidence):not(:state(full)) { min-height: var(--seam-placeholder-height, 10rem); }
:where(seam-confidence[hidden]) { display: none; }
`;
let hostSheet = null;
const styledRoots = new WeakSet();
/** Adopts the host sheet into the document or shadow root `el` lives in. */
function hostStyles(el) {
  const root = el.getRootNode();
  if (styledRoots.has(root) || !('adoptedStyleSheets' in root)) return;
  if (!hostSheet) {
    hostSheet = new CSSStyleSheet();
    hostSheet.replaceSync(HOST_CSS);
  }
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, hostSheet];
  styledRoots.add(root);
}

let template = null;
function skeleton() {
  if (!template) {
    template = document.createElement('template');
    template.innerHTML = `
<div class="root" part="root">
  <p class="claim" part="claim" hidden></p>
  <div class="row">
    <div class="meter" role="meter" aria-valuemin="0" aria-valuemax="100">
      <div class="track" part="track"><div class="fill" part="bar"></div></div>
      <span class="pct" aria-hidden="true"></span>
    </div>
    <span class="chip" part="verdict"><svg viewBox="0 0 20 20" aria-hidden="true" focusable="false"><path></path></svg><span class="verdict"></span></span>
    <button type="button" class="raw-toggle" aria-expanded="false"></button>
    <span class="raw" hidden></span>
  </div>
  <p class="reasons-heading"></p>
  <ul class="reasons" part="reasons"></ul>
  <p class="disclaimer" part="disclaimer"></p>
</div>`;
  }
  return template.content.cloneNode(true);
}

/** The first opaque background colour behind `el` (white if none). */
function effectiveBackground(el) {
  for (let node = el; node && node.nodeType === 1; node = node.parentElement ?? node.getRootNode()?.host) {
    const bg = getComputedStyle(node).backgroundColor;
    const m = /rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)/.exec(bg);
    if (m && (m[4] === undefined || Number(m[4]) === 1)) {
      return `#${[m[1], m[2], m[3]].map((v) => Math.round(Number(v)).toString(16).padStart(2, '0')).join('')}`;
    }
  }
  return '#ffffff';
}

let uid = 0;

// Rendering a feed. One flush handles every element queued since the last.
// A small batch (up to EAGER_BATCH) is rendered in full at once: all reads
// (attributes, computed styles) first, then one call into the core for all
// displays, then the writes. A large batch (a feed of 1,000) costs one
// layout to find the elements on or near the screen, and only those are
// rendered in that task, in full (meter, chip, raw toggle, reasons,
// disclaimer: ~20 nodes each). The others stay placeholder boxes of the
// same height (no shadow root, no internals: nothing to build or lay out),
// and idle time fills them in, in two steps: their displays, in chunks of
// IDLE_CHUNK per core call, each making its element a summary that is
// itself the meter (named by the claim, with the full render's value text,
// through ElementInternals); then their full renders. An element that
// approaches the viewport first is rendered in full at once. So the frame
// that inserts a feed pays for what it shows, no long task blocks input
// while the rest fills in, and within a few idle periods every element reads
// correctly to assistive technology.
/** @type {Set<SeamConfidenceElement>} */
const queue = new Set();
/** Off-screen elements of a large batch, waiting for their display. */
/** @type {Set<SeamConfidenceElement>} */
const deferred = new Set();
/** Elements showing a summary, waiting for their full render. */
/** @type {Set<SeamConfidenceElement>} */
const waiting = new Set();
/** Batches up to this size are rendered in full at once. */
const EAGER_BATCH = 50;
/** Displays built per core call in idle time. */
const IDLE_CHUNK = 100;
/** How far beyond the viewport (in viewport heights) elements render fully. */
const NEAR = 1;
/** Idle work starts within this many ms even on a busy page. */
const IDLE_TIMEOUT_MS = 200;
let observer = null;
let idleScheduled = false;

function nearViewport() {
  if (!observer && typeof IntersectionObserver === 'function') {
    observer = new IntersectionObserver((entries) => {
      const now = [];
      for (const e of entries) {
        if (!e.isIntersecting) continue;
        const el = /** @type {any} */ (e.target);
        if (deferred.delete(el)) now.push(el);
        else el._complete();
      }
      if (now.length) render(now, true);
    }, { rootMargin: `${NEAR * 100}% 0px` });
  }
  return observer;
}

const idle = typeof requestIdleCallback === 'function'
  ? (/** @type {IdleRequestCallback} */ fn) => requestIdleCallback(fn, { timeout: IDLE_TIMEOUT_MS })
  : (/** @type {(d: any) => void} */ fn) => setTimeout(() => fn({ timeRemaining: () => 8, didTimeout: false }), 16);

function scheduleIdle() {
  if (idleScheduled || (deferred.size === 0 && waiting.size === 0)) return;
  idleScheduled = true;
  idle((deadline) => {
    idleScheduled = false;
    // A timed-out callback still does one step, so the work always advances.
    let budget = deadline.didTimeout ? 1 : 0;
    while (deferred.size > 0 && (deadline.timeRemaining() >= 2 || budget-- > 0)) {
      const chunk = [];
      for (const el of deferred) {
        deferred.delete(el);
        chunk.push(el);
        if (chunk.length === IDLE_CHUNK) break;
      }
      render(chunk, false);
    }
    for (const el of waiting) {
      if (deadline.timeRemaining() < 2 && budget-- <= 0) break;
      el._complete();
    }
    scheduleIdle();
  });
}

/**
 * Renders `els` now: all reads, one core call, the writes. With `full`,
 * every element gets its full render; otherwise they become summaries that
 * wait for theirs.
 */
function render(els, full) {
  const backgrounds = new Map();
  const reads = els.map((el) => el._read(backgrounds));
  const inputs = [];
  for (const r of reads) if (r && !r.error) inputs.push(r.input);
  let displays;
  try {
    displays = confidenceDisplays(inputs);
  } catch (e) {
    displays = inputs.map(() => e);
  }
  let k = 0;
  els.forEach((el, i) => {
    const r = reads[i];
    if (!r) return;
    if (el._write(r.error ?? displays[k++])) {
      if (full) el._complete();
      else waiting.add(el);
    }
  });
}

function flush() {
  const batch = [...queue];
  queue.clear();
  if (batch.length <= EAGER_BATCH) {
    render(batch, true);
    return;
  }
  // One layout (all reads of boxes first), then the writes.
  const h = innerHeight;
  const near = batch.filter((el) => {
    if (!el.isConnected) return true;  // _read drops it
    const box = el.getBoundingClientRect();
    return (box.width > 0 || box.height > 0) && box.bottom >= -NEAR * h && box.top <= (1 + NEAR) * h;
  });
  render(near, true);
  const io = nearViewport();
  for (const el of batch) {
    if (el.renderState === 'full' || !el.isConnected) continue;
    deferred.add(el);
    io?.observe(el);
  }
  scheduleIdle();
}

export class SeamConfidenceElement extends HTMLElement {
  static observedAttributes = ['value', 'raw', 'claim', 'factors', 'thresholds', 'calibration',
    'background', 'show-raw', 'verdict-labels'];

  #root;
  /** @type {ElementInternals | undefined} */
  #internals;
  /** @type {HTMLElement | null} the full render, once built */
  #full = null;
  #pending = false;
  #table = '';
  #palette = null;
  #calibration = { json: null, value: null };
  #error = null;
  /** Whether the host itself carries the meter (a summary). */
  #summaryShown = false;
  /** The last display model rendered (for tests and hosts). */
  display = null;

  // No constructor work: a feed creates many elements, and each gets its
  // internals and shadow root only when it renders (see flush).
  /** @returns {ElementInternals} */
  #int() {
    this.#internals ??= this.attachInternals();
    return this.#internals;
  }

  /**
   * 'full'; 'summary' (has its display, and is the meter to assistive
   * technology, while waiting for its full render); or 'none' (not rendered
   * yet: a placeholder box waiting for idle time or the viewport).
   */
  get renderState() { return this.#full ? 'full' : this.#summaryShown ? 'summary' : 'none'; }

  /** Builds the full render now (it is otherwise built when near the viewport or when idle). */
  renderNow() {
    if (deferred.delete(this)) render([this], true);
    else this._complete();
  }

  /** The full shadow DOM, built on first need. */
  #build() {
    if (this.#full) return;
    const frag = skeleton();
    this.#full = /** @type {HTMLElement} */ (frag.firstElementChild);
    const toggle = this.#full.querySelector('.raw-toggle');
    const raw = /** @type {HTMLElement} */ (this.#full.querySelector('.raw'));
    raw.id = `seam-raw-${++uid}`;
    toggle.setAttribute('aria-controls', raw.id);
    toggle.addEventListener('click', () => this.#setRawShown(raw.hidden));
    this.#endSummary();
    this.#int().states.add('full');
    // The shadow root comes with the full render: a summary has none, and a
    // feed of 1,000 pays for the ones it shows.
    if (!this.#root) {
      this.#root = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
      this.#root.adoptedStyleSheets = [styles()];
    }
    this.#root.replaceChildren(frag);
  }

  /** Replaces the summary by the full render. */
  _complete() {
    waiting.delete(this);
    observer?.unobserve(this);
    if (this.#full) return;
    this.#build();
    if (this.display) this.#render(this.display, false);
    else if (this.#error) this.#renderError(this.#error, false);
  }

  get table() { return this.#table; }
  set table(json) { this.#table = typeof json === 'string' ? json : JSON.stringify(json); this.#schedule(); }
  get palette() { return this.#palette; }
  set palette(colours) { this.#palette = colours ? [...colours] : null; this.#schedule(); }

  connectedCallback() {
    hostStyles(this);
    this.#schedule();
  }
  disconnectedCallback() {
    waiting.delete(this);
    if (deferred.delete(this)) this.#pending = false;
    observer?.unobserve(this);
  }
  attributeChangedCallback() { this.#schedule(); }

  #schedule() {
    if (this.#pending || !this.isConnected) return;
    this.#pending = true;
    queue.add(this);
    if (queue.size === 1) {
      init().then(flush, (e) => {
        const failed = [...queue];
        queue.clear();
        for (const el of failed) el.#fail(e);
      });
    }
  }

  /** Phase 1 of a flush: reads only (attributes, computed styles). */
  _read(backgrounds) {
    this.#pending = false;
    if (!this.isConnected) return null;
    try {
      return { input: this.#input(backgrounds) };
    } catch (e) {
      return { error: e };
    }
  }

  /**
   * Phase 3: writes the display (or the error). Returns true when it wrote a
   * summary that still needs its full render.
   */
  _write(d) {
    if (d instanceof Error) {
      this.#renderError(d);
      return false;
    }
    this.#render(d);
    return !this.#full;
  }

  #fail(e) {
    this.#pending = false;
    this.#renderError(e);
  }

  /**
   * The summary of an element waiting for its full render: no DOM at all,
   * only what the meter of the full render says, on the host itself (a meter
   * named by the claim, with the same value and value text), and a
   * placeholder height so the page does not jump.
   */
  #summary(d) {
    const i = this.#int();
    if (!this.#summaryShown) {
      this.#summaryShown = true;
      i.role = 'meter';
      i.ariaValueMin = '0';
      i.ariaValueMax = '100';
    }
    i.ariaLabel = d.claim || d.meterLabel;
    i.ariaValueNow = String(Math.round(d.meterValue));
    i.ariaValueText = d.ariaValueText;
  }

  /** Ends the summary: the full render carries the meaning from now on. */
  #endSummary() {
    if (!this.#summaryShown) return;
    const i = this.#int();
    this.#summaryShown = false;
    for (const k of ['role', 'ariaLabel', 'ariaValueMin', 'ariaValueMax', 'ariaValueNow', 'ariaValueText']) {
      i[k] = null;
    }
  }

  #setRawShown(shown) {
    if (!this.#full) return;
    const raw = this.#full.querySelector('.raw');
    const toggle = this.#full.querySelector('.raw-toggle');
    raw.hidden = !shown;
    toggle.setAttribute('aria-expanded', String(shown));
  }

  #input(backgrounds) {
    const num = (name) => {
      const v = this.getAttribute(name);
      return v === null || v.trim() === '' ? undefined : Number(v);
    };
    let value = num('value');
    const raw = num('raw');
    const calibrationJson = this.getAttribute('calibration');
    if (value === undefined && raw !== undefined && calibrationJson) {
      if (this.#calibration.json !== calibrationJson) {
        this.#calibration = { json: calibrationJson, value: Calibration.fromJSON(calibrationJson) };
      }
      value = this.#calibration.value.apply(raw);
    }
    let factors = [];
    const f = this.getAttribute('factors');
    if (f) {
      try { factors = JSON.parse(f); } catch { factors = [{ code: 'invalid-factors', weight: 1 }]; }
      if (!Array.isArray(factors)) factors = [];
    }
    const [low, high] = (this.getAttribute('thresholds') ?? '').trim().split(/\s+/).map(Number);
    const input = {
      calibrated: value ?? Number.NaN,
      raw,
      claim: this.getAttribute('claim') ?? '',
      factors,
      background: this.getAttribute('background') ?? this.#background(backgrounds),
      policy: Number.isFinite(low) && Number.isFinite(high) ? { low, high } : {},
    };
    if (this.#table) input.tableJson = this.#table;
    if (this.#palette) input.palette = this.#palette;
    return input;
  }

  /** The detected background, shared by siblings within one flush. */
  #background(cache) {
    const parent = this.parentElement ?? this;
    let bg = cache?.get(parent);
    if (bg === undefined) {
      bg = effectiveBackground(parent);
      cache?.set(parent, bg);
    }
    return bg;
  }

  #render(d, announce = true) {
    this.display = d;
    this.#error = null;
    if (!this.#full) {
      this.#summary(d);
      if (announce) this.dispatchEvent(new CustomEvent('seam-render', { detail: d }));
      return;
    }
    for (const [prop, colour] of [['--seam-bar', d.barColour], ['--seam-track', d.trackColour],
      ['--seam-verdict', d.textColour], ['--seam-text', d.bodyTextColour]]) {
      if (HEX.test(colour)) this.style.setProperty(prop, colour);
    }
    this.style.setProperty('--seam-fill', `${(d.barFraction * 100).toFixed(2)}%`);
    const $ = (sel) => this.#full.querySelector(sel);
    const claim = $('.claim');
    claim.textContent = d.claim;
    claim.hidden = !d.claim;
    const meter = $('.meter');
    meter.setAttribute('aria-valuenow', String(Math.round(d.meterValue)));
    meter.setAttribute('aria-valuetext', d.ariaValueText);
    meter.setAttribute('aria-label', d.meterLabel);
    $('.pct').textContent = d.percentText;
    $('.chip path').setAttribute('d', ICONS[d.icon] ?? ICONS.question);
    $('.chip').dataset.verdict = d.verdictId;
    $('.verdict').textContent = d.verdictText;
    $('.raw-toggle').textContent = d.rawScoreLabel;
    $('.raw').textContent = d.rawText;
    if (this.hasAttribute('show-raw')) this.#setRawShown(true);
    $('.reasons-heading').textContent = d.reasonsHeading;
    const list = $('.reasons');
    list.replaceChildren(...d.reasons.map((r) => {
      const li = document.createElement('li');
      li.textContent = r.text;
      li.dataset.code = r.code;
      return li;
    }));
    $('.disclaimer').textContent = d.disclaimer;
    if (announce) this.dispatchEvent(new CustomEvent('seam-render', { detail: d }));
  }

  #renderError(e, announce = true) {
    this.display = null;
    this.#error = e;
    this.#build();
    waiting.delete(this);
    const $ = (sel) => this.#full.querySelector(sel);
    $('.verdict').textContent = 'Confidence unavailable';
    $('.disclaimer').textContent = `seamkit could not show this confidence: ${e?.message ?? e}`;
    if (announce) this.dispatchEvent(new CustomEvent('seam-error', { detail: e }));
  }
}

if (!customElements.get('seam-confidence')) {
  customElements.define('seam-confidence', SeamConfidenceElement);
}
