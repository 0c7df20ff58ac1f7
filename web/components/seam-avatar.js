// <seam-avatar>: an avatar made on the device while the user fills in a form.
//
//   <seam-avatar name="Ada Lovelace" size="96"></seam-avatar>
//   el.photo = input.files[0];   // starts at once; a new photo cancels the old job
//
// Attributes: name (for the procedural avatar), size (CSS px, default 96),
// avatar-style (cartoon | posterize | duotone | sketch | none), resolution
// (avatar pixels, 64..1024, default 256).
// Properties: photo (File | Blob | null), registry / wasmUrl (passed to the
// jobs), result (the last AvatarResult), confidence (its face confidence
// display, or null), state.
// Face confidence: when the detector ran, a badge with the verdict's icon
// shape (check, question mark, cross: never colour alone) sits in the
// corner; the verdict text ("We found your face clearly", "The photo is dark
// or blurry — try another", …) and its reasons are in the element's
// accessible name and tooltip, and its verdict id in the `confidence`
// attribute. Attribute no-confidence-badge hides the badge.
// Events (bubbling): avatar-preview { bitmap, quality: 'quick' | 'aligned',
// elapsedMs, workerMs (quick: time spent making it in the Worker) }, avatar-ready { result, elapsedMs }, avatar-fallback { reason,
// message, result }, avatar-error { error }.
// The box keeps its size in every state (no layout shift); the worker is
// warmed when the element first comes into view.
import { createAvatarJob, prewarmAvatarWorker } from '../avatar/index.js';

const STYLE_WORDS = { cartoon: 'cartoon', posterize: 'posterised', duotone: 'two-tone',
  sketch: 'pencil sketch', none: 'natural' };
const NAME_DEBOUNCE_MS = 200;
const SVG_NS = 'http://www.w3.org/2000/svg';
/** Icon shapes of the verdicts (20 x 20 box, stroked). */
const BADGE_ICONS = {
  check: 'M5 10.5l3.5 3.5L15 6.5',
  question: 'M7.2 7.6a2.9 2.9 0 1 1 4 2.7c-.8.4-1.2.9-1.2 1.7v.6M10 15.2v.4',
  cross: 'M6 6l8 8M14 6l-8 8',
};
/** @type {Map<string, Promise<unknown>>} one warm-up per registry/wasm set-up */
const warmups = new Map();

let sheet = null;
function styles() {
  if (sheet) return sheet;
  sheet = new CSSStyleSheet();
  sheet.replaceSync(`
    :host { display: inline-block; box-sizing: border-box; width: var(--seam-avatar-size, 96px);
      height: var(--seam-avatar-size, 96px); contain: strict; vertical-align: middle;
      position: relative; }
    .badge { position: absolute; right: 0; bottom: 0; width: 30%; height: 30%; min-width: 16px;
      min-height: 16px; box-sizing: border-box; border-radius: 50%; border: 2px solid currentColor;
      display: none; }
    .badge svg { width: 100%; height: 100%; display: block; fill: none; stroke: currentColor;
      stroke-width: 2.4; stroke-linecap: round; stroke-linejoin: round; }
    :host([state="ready"][confidence]:not([no-confidence-badge])) .badge { display: block; }
    .frame { position: relative; width: 100%; height: 100%; border-radius: 50%; overflow: hidden;
      background: var(--seam-avatar-placeholder, #e4e7ec); }
    canvas, img { position: absolute; inset: 0; width: 100%; height: 100%; display: block; }
    img { opacity: 0; transition: opacity 160ms ease-out; }
    canvas { opacity: 0; }
    :host([state="preview"]) canvas, :host([state="loading"]) canvas.shown { opacity: 1; }
    :host([state="ready"]) img { opacity: 1; }
    .ring { position: absolute; inset: 0; border-radius: 50%; border: 3px solid transparent; }
    :host([state="loading"]) .ring, :host([state="preview"]) .ring {
      border-color: var(--seam-avatar-accent, #1a56db) transparent transparent transparent;
      animation: spin 900ms linear infinite; }
    @keyframes spin { to { transform: rotate(360deg); } }
    @media (prefers-reduced-motion: reduce) {
      img { transition: none; }
      :host([state="loading"]) .ring, :host([state="preview"]) .ring { animation: none;
        border-color: var(--seam-avatar-accent, #1a56db); border-style: dashed; }
    }`);
  return sheet;
}

/** "Ada Lovelace" → "AL" as the core's procedural avatar writes them. */
function spacedInitials(initials) {
  return initials ? String(initials).replace(/\s+/g, '') : '';
}

export class SeamAvatarElement extends HTMLElement {
  static observedAttributes = ['name', 'size', 'avatar-style', 'resolution'];
  #root; #canvas; #img; #badge; #job = null; #photo = null; #result = null; #url = '';
  #started = 0; #nameTimer = 0; #observer = null; #connected = false;
  /** @type {object | undefined} */ registry;
  /** @type {string | URL | undefined} */ wasmUrl;

  constructor() {
    super();
    this.#root = this.attachShadow({ mode: 'open' });
    this.#root.adoptedStyleSheets = [styles()];
    const frame = document.createElement('div');
    frame.className = 'frame';
    frame.setAttribute('part', 'frame');
    this.#canvas = document.createElement('canvas');
    this.#canvas.setAttribute('part', 'preview');
    this.#canvas.setAttribute('aria-hidden', 'true');
    this.#img = document.createElement('img');
    this.#img.setAttribute('part', 'image');
    this.#img.alt = '';
    const ring = document.createElement('div');
    ring.className = 'ring';
    frame.append(this.#canvas, this.#img, ring);
    this.#badge = document.createElement('div');
    this.#badge.className = 'badge';
    this.#badge.setAttribute('part', 'confidence');
    this.#badge.setAttribute('aria-hidden', 'true');
    const svg = document.createElementNS(SVG_NS, 'svg');
    svg.setAttribute('viewBox', '0 0 20 20');
    svg.append(document.createElementNS(SVG_NS, 'path'));
    this.#badge.append(svg);
    this.#root.append(frame, this.#badge);
  }

  connectedCallback() {
    this.#connected = true;
    if (!this.hasAttribute('role')) this.setAttribute('role', 'img');
    this.#applySize();
    if (!this.hasAttribute('state')) this.#setState('empty', 'No avatar yet');
    // Warm the Worker (core, detector) when the element first comes into view.
    if (typeof IntersectionObserver !== 'undefined' && !this.#observer) {
      this.#observer = new IntersectionObserver((entries) => {
        if (entries.some((e) => e.isIntersecting)) { this.#observer?.disconnect(); this.prewarm(); }
      }, { rootMargin: '200px' });
      this.#observer.observe(this);
    }
    if (!this.#job && !this.#result && this.hasAttribute('name')) this.#scheduleNameAvatar(0);
  }

  disconnectedCallback() {
    this.#connected = false;
    this.#observer?.disconnect();
    this.#observer = null;
    clearTimeout(this.#nameTimer);
    this.#job?.cancel();
    this.#job = null;
  }

  attributeChangedCallback(attr, oldValue, value) {
    if (oldValue === value) return;
    if (attr === 'size') { this.#applySize(); return; }
    if (attr === 'name') {
      // The name matters when the avatar is (or will be) the procedural one.
      if (!this.#photo || this.#result?.kind === 'procedural') this.#scheduleNameAvatar(NAME_DEBOUNCE_MS);
      return;
    }
    if (this.#photo || this.#result) this.#start();
  }

  /** The photo to make the avatar from; null for the avatar from the name. */
  get photo() { return this.#photo; }
  set photo(file) {
    this.#photo = file ?? null;
    clearTimeout(this.#nameTimer);
    this.#start();
  }

  /** The last AvatarResult (bitmap, PNG blob, face, fallback …) or null. */
  get result() { return this.#result; }
  /**
   * The face confidence display of the last result (confidence module:
   * verdictText, reasons, percentText, ariaValueText …), or null when the
   * detector did not run (no photo, unreadable file, no model).
   */
  get confidence() { return this.#result?.confidence ?? null; }
  /** empty | loading | preview | ready | error */
  get state() { return this.getAttribute('state') ?? 'empty'; }

  /** Warms the Worker now (idempotent per page and registry). */
  prewarm() {
    const options = { registry: this.registry, wasmUrl: this.wasmUrl };
    const key = JSON.stringify(options);
    if (!warmups.has(key)) {
      // On failure the jobs fall back with the reason themselves.
      warmups.set(key, prewarmAvatarWorker(options).catch(() => { warmups.delete(key); return null; }));
    }
    return /** @type {Promise<unknown>} */ (warmups.get(key));
  }

  #applySize() {
    const px = Number(this.getAttribute('size') ?? 96);
    if (Number.isFinite(px) && px > 0) this.style.setProperty('--seam-avatar-size', `${px}px`);
  }

  #scheduleNameAvatar(delay) {
    clearTimeout(this.#nameTimer);
    if (!this.#connected) return;
    this.#nameTimer = setTimeout(() => this.#start(), delay);
  }

  #setState(state, label) {
    if (state !== 'ready') { this.removeAttribute('confidence'); this.removeAttribute('title'); }
    this.setAttribute('state', state);
    this.setAttribute('aria-busy', String(state === 'loading' || state === 'preview'));
    this.setAttribute('aria-label', label);
  }

  #options() {
    const style = this.getAttribute('avatar-style') ?? 'cartoon';
    const resolution = Number(this.getAttribute('resolution') ?? 256);
    return { name: this.getAttribute('name') ?? '', style, size: resolution, quickPreview: true,
      registry: this.registry, wasmUrl: this.wasmUrl };
  }

  #drawPreview(bitmap, quality, workerMs) {
    this.#canvas.width = bitmap.width;
    this.#canvas.height = bitmap.height;
    const ctx = this.#canvas.getContext('2d');
    ctx?.clearRect(0, 0, bitmap.width, bitmap.height);
    ctx?.drawImage(bitmap, 0, 0);
    this.#canvas.classList.add('shown');
    this.#setState('preview', 'Preview of your avatar, still being made');
    this.#emit('avatar-preview', { bitmap, quality, elapsedMs: performance.now() - this.#started,
      workerMs });
  }

  #emit(type, detail) {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }

  #start() {
    this.#job?.cancel();
    let job;
    try {
      job = createAvatarJob(this.#photo, this.#options());
    } catch (error) {
      this.#job = null;
      this.#setState('error', 'The avatar could not be made');
      this.#emit('avatar-error', { error });
      return;
    }
    this.#job = job;
    this.#started = performance.now();
    this.#canvas.classList.remove('shown');
    this.#setState('loading', this.#photo ? 'Making your avatar from your photo'
      : 'Making your avatar');
    const current = () => this.#job === job;
    job.addEventListener('quickpreview', (e) => {
      if (current()) this.#drawPreview(e.detail.bitmap, 'quick', e.detail.workerMs);
    });
    job.preview.then((b) => { if (b && current()) this.#drawPreview(b, 'aligned'); });
    job.promise.then((result) => { if (current()) this.#show(result); }, (error) => {
      if (!current()) return; // replaced by a newer job: not an error
      this.#job = null;
      this.#setState('error', 'The avatar could not be made');
      this.#emit('avatar-error', { error });
    });
  }

  #altText(result) {
    if (result.kind === 'photo') {
      return `Your avatar, ${STYLE_WORDS[result.style] ?? result.style} style, made from your photo`;
    }
    const initials = spacedInitials(result.initials);
    const base = initials ? `Avatar with your initials, ${initials}` : 'Avatar with a geometric pattern';
    const why = result.fallback ? `. ${result.fallback.message}` : '';
    return base + why;
  }

  /** @param {any} c the face confidence display, or null @param {string} said its words */
  #showConfidence(c, said) {
    if (!c) { this.removeAttribute('confidence'); this.removeAttribute('title'); return; }
    this.setAttribute('confidence', c.verdictId);
    this.setAttribute('title', said);
    this.#badge.style.color = c.textColour;
    this.#badge.style.background = c.background;
    this.#badge.querySelector('path')?.setAttribute('d', BADGE_ICONS[c.icon] ?? BADGE_ICONS.question);
  }

  #show(result) {
    this.#job = null;
    this.#result = result;
    if (this.#url) URL.revokeObjectURL(this.#url);
    this.#url = URL.createObjectURL(result.blob);
    const alt = this.#altText(result);
    const c = result.confidence;
    // The verdict in words, with its reasons: in the name and the tooltip.
    const said = c ? `${c.verdictText}${c.reasons.length ? ` (${c.reasons.map((r) => r.text)
      .join('; ')})` : ''}` : '';
    const label = c && result.kind === 'photo' ? `${alt}. ${said}` : alt;
    const loaded = () => {
      this.#img.alt = alt;
      this.#setState('ready', label);
      this.#showConfidence(c, said);
      const elapsedMs = performance.now() - this.#started;
      this.#emit('avatar-ready', { result, elapsedMs });
      if (result.fallback) {
        this.#emit('avatar-fallback', { reason: result.fallback.reason,
          message: result.fallback.message, result });
      }
    };
    this.#img.addEventListener('load', loaded, { once: true });
    this.#img.src = this.#url;
  }
}

if (!customElements.get('seam-avatar')) customElements.define('seam-avatar', SeamAvatarElement);
