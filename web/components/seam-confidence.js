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
import { Calibration, confidenceDisplay } from '../confidence/index.js';

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

// Elements waiting to render. One flush renders them all: every read (style,
// attributes) first, then every write, so a feed of 1,000 elements costs one
// style recalculation instead of one per element.
/** @type {Set<SeamConfidenceElement>} */
const queue = new Set();

function flush() {
  const batch = [...queue];
  queue.clear();
  const reads = batch.map((el) => el._read());
  batch.forEach((el, i) => el._write(reads[i]));
}

export class SeamConfidenceElement extends HTMLElement {
  static observedAttributes = ['value', 'raw', 'claim', 'factors', 'thresholds', 'calibration',
    'background', 'show-raw', 'verdict-labels'];

  #root;
  #pending = false;
  #table = '';
  #palette = null;
  #calibration = { json: null, value: null };
  /** The last display model rendered (for tests and hosts). */
  display = null;

  constructor() {
    super();
    this.#root = this.attachShadow({ mode: 'open' });
    this.#root.adoptedStyleSheets = [styles()];
    this.#root.append(skeleton());
    const toggle = this.#root.querySelector('.raw-toggle');
    const raw = this.#root.querySelector('.raw');
    raw.id = `seam-raw-${++uid}`;
    toggle.setAttribute('aria-controls', raw.id);
    toggle.addEventListener('click', () => this.#setRawShown(raw.hidden));
  }

  get table() { return this.#table; }
  set table(json) { this.#table = typeof json === 'string' ? json : JSON.stringify(json); this.#schedule(); }
  get palette() { return this.#palette; }
  set palette(colours) { this.#palette = colours ? [...colours] : null; this.#schedule(); }

  connectedCallback() { this.#schedule(); }
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
  _read() {
    this.#pending = false;
    if (!this.isConnected) return null;
    try {
      return { input: this.#input() };
    } catch (e) {
      return { error: e };
    }
  }

  /** Phases 2 and 3: compute the display, then write the DOM. */
  _write(read) {
    if (!read) return;
    if (read.error) {
      this.#renderError(read.error);
      return;
    }
    let d;
    try {
      d = confidenceDisplay(read.input);
    } catch (e) {
      this.#renderError(e);
      return;
    }
    this.#render(d);
  }

  #fail(e) {
    this.#pending = false;
    this.#renderError(e);
  }

  #setRawShown(shown) {
    const raw = this.#root.querySelector('.raw');
    const toggle = this.#root.querySelector('.raw-toggle');
    raw.hidden = !shown;
    toggle.setAttribute('aria-expanded', String(shown));
  }

  #input() {
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
      background: this.getAttribute('background') ?? effectiveBackground(this.parentElement ?? this),
      policy: Number.isFinite(low) && Number.isFinite(high) ? { low, high } : {},
    };
    if (this.#table) input.tableJson = this.#table;
    if (this.#palette) input.palette = this.#palette;
    return input;
  }

  #render(d) {
    this.display = d;
    const $ = (sel) => this.#root.querySelector(sel);
    for (const [prop, colour] of [['--seam-bar', d.barColour], ['--seam-track', d.trackColour],
      ['--seam-verdict', d.textColour], ['--seam-text', d.bodyTextColour]]) {
      if (HEX.test(colour)) this.style.setProperty(prop, colour);
    }
    this.style.setProperty('--seam-fill', `${(d.barFraction * 100).toFixed(2)}%`);
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
    this.dispatchEvent(new CustomEvent('seam-render', { detail: d }));
  }

  #renderError(e) {
    const $ = (sel) => this.#root.querySelector(sel);
    this.display = null;
    $('.verdict').textContent = 'Confidence unavailable';
    $('.disclaimer').textContent = `seamkit could not show this confidence: ${e?.message ?? e}`;
    this.dispatchEvent(new CustomEvent('seam-error', { detail: e }));
  }
}

if (!customElements.get('seam-confidence')) {
  customElements.define('seam-confidence', SeamConfidenceElement);
}
