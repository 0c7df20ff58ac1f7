// <seam-audit-report>: the "fix these first" accessibility report.
//
//   import 'seamkit/elements/audit-report';
//   import { audit, report } from 'seamkit';
//   const el = document.createElement('seam-audit-report');
//   el.report = await report(await audit(document));
//   document.body.append(el);
//
// Shows the summary sentence (an estimate, with a "How we estimate"
// disclosure listing the sources), the "fix first" groups as cards (who is
// affected, instance count, the fix with a Copy button, colour swatches for
// contrast), then everything else collapsed by severity. "Show" on an
// instance scrolls to the element and outlines it, when the audited
// document is this page or a same-origin iframe (set `targetDocument` for an
// iframe whose results were loaded from JSON).
//
// Set `suggestions` (what suggestImageText() resolved with) for a separate
// "AI-assisted suggestions" section after the report: what each image of
// text appears to say, its current alt, the suggested alt in an editable
// field, the calibrated confidence (<seam-confidence>), "needs review" for
// low confidence, and Copy / Dismiss. The report's groups and counts do not
// change. With a `feedback` store (FeedbackStore, or anything with
// record()), a copy records the reading as right when the text was not
// edited and wrong when it was; a dismissal records it as wrong.
//
// Attributes: heading-level (1..3, default 2: the report title's level).
// Properties: report, targetDocument, suggestions, feedback. Events:
// seam-copy { group, ok }, seam-highlight { group, instance, element },
// seam-suggestion-accept { index, suggestion, text, edited, copied, recorded },
// seam-suggestion-dismiss { index, suggestion, recorded }.
import { REPORT_CSS, renderReport } from '../report/render.js';
import { SUGGESTIONS_CSS, normalizeSuggestions, renderSuggestions, suggestionsSummary }
  from '../report/suggestions.js';

const HEX = /^#[0-9a-f]{6}$/i;
const OVERLAY_ATTR = 'data-seam-highlight';

const HOST_CSS = `
:host { display: block; }
:host([hidden]) { display: none; }
.status { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
.clip { position: fixed; left: -9999px; top: 0; opacity: 0; }
`;

let sheet = null;
function styles() {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(HOST_CSS + REPORT_CSS + SUGGESTIONS_CSS);
  }
  return sheet;
}

const reducedMotion = () => globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches;

/** Follows a target (one selector per document or shadow root) from `doc`. */
function resolveTarget(doc, target) {
  let scope = doc;
  let el = null;
  for (let i = 0; i < target.length; ++i) {
    try {
      el = scope?.querySelector(target[i]) ?? null;
    } catch {
      return null;
    }
    if (!el) return null;
    if (i + 1 < target.length) {
      // The next selector is inside this element's shadow root or iframe.
      scope = el.shadowRoot ?? (el.localName === 'iframe' || el.localName === 'frame'
        ? el.contentDocument : null);
    }
  }
  return el;
}

export class SeamAuditReportElement extends HTMLElement {
  static get observedAttributes() { return ['heading-level']; }

  #root;
  #report = null;
  #suggestionsInput = null;
  /** @type {{ list: any[], available: boolean, reason: string | null } | null} */
  #suggestions = null;
  #dismissed = new Set();
  /** @type {Document | null} */
  targetDocument = null;
  /** Where accepted and dismissed suggestions are recorded: a FeedbackStore (or anything with record()). */
  feedback = null;

  constructor() {
    super();
    this.#root = this.attachShadow({ mode: 'open' });
    this.#root.adoptedStyleSheets = [styles()];
    this.#root.addEventListener('click', (e) => this.#onClick(e));
  }

  get report() { return this.#report; }

  set report(r) {
    this.#report = r ?? null;
    this.#render();
  }

  get suggestions() { return this.#suggestionsInput; }

  /** suggestImageText()'s answer, an array of its suggestions, or null; anything else throws E_INVALID_ARGUMENT. */
  set suggestions(value) {
    this.#suggestions = normalizeSuggestions(value);
    this.#suggestionsInput = value ?? null;
    this.#dismissed = new Set();
    if (this.#suggestions) import('./seam-confidence.js').catch(() => {});
    this.#renderSuggestions();
  }

  connectedCallback() { this.#render(); }

  attributeChangedCallback() { this.#render(); }

  #render() {
    if (!this.isConnected) return;
    const r = this.#report;
    const tail = '<div class="sg-host"></div><div class="status" role="status" aria-live="polite"></div>';
    if (!r || !Array.isArray(r.groups)) {
      this.#root.innerHTML = `<p>No report yet.</p>${tail}`;
      this.#renderSuggestions();
      return;
    }
    this.#root.innerHTML = renderReport(r, { interactive: true, headingLevel: this.#level() }) + tail;
    this.#renderSuggestions();
    // Colours through the CSSOM (not inline style attributes), so the
    // report also works under a strict style-src policy.
    for (const el of this.#root.querySelectorAll('[data-bg]')) {
      if (HEX.test(el.dataset.bg)) el.style.background = el.dataset.bg;
    }
  }

  #level() {
    return Number(this.getAttribute('heading-level') ?? 2);
  }

  #renderSuggestions() {
    const host = this.#root.querySelector('.sg-host');
    if (!host) return;
    host.innerHTML = this.#suggestions ? renderSuggestions(this.#suggestions,
      { interactive: true, headingLevel: this.#level(), dismissed: this.#dismissed }) : '';
  }

  #announce(text) {
    const status = this.#root.querySelector('.status');
    if (!status) return;
    status.textContent = '';
    // A new text node after a clear makes screen readers repeat it.
    setTimeout(() => { status.textContent = text; }, 50);
  }

  #onClick(e) {
    const button = e.target instanceof Element ? e.target.closest('button') : null;
    if (button?.dataset.suggestion !== undefined && this.#suggestions) {
      const i = Number(button.dataset.suggestion);
      if (button.classList.contains('accept')) this.#accept(i, button);
      else if (button.classList.contains('dismiss')) this.#dismiss(i, button);
      return;
    }
    if (!button || !this.#report) return;
    const group = this.#report.groups[Number(button.dataset.group)];
    if (!group) return;
    if (button.classList.contains('copy')) this.#copy(group, button);
    else if (button.classList.contains('locate')) {
      this.#highlight(group, Number(button.dataset.instance));
    }
  }

  /** Writes to the clipboard; execCommand('copy') when navigator.clipboard is missing or refuses. */
  async #writeClipboard(text, button) {
    try {
      if (!globalThis.navigator?.clipboard?.writeText) throw new Error('no clipboard API');
      await navigator.clipboard.writeText(text);
      return true;
    } catch {
      return this.#copyFallback(text, button);
    }
  }

  /** Records a user's verdict on a reading in the feedback store; true when it was recorded. */
  async #record(s, verdict) {
    const store = this.feedback;
    if (!store || typeof store.record !== 'function' || typeof s.modelId !== 'string' ||
        typeof s.rawConfidence !== 'number') return false;
    try {
      await store.record({ modelId: s.modelId, output: s.rawConfidence, userVerdict: verdict });
      return true;
    } catch {
      return false;
    }
  }

  async #accept(i, button) {
    const s = this.#suggestions?.list[i];
    const field = /** @type {HTMLInputElement | null} */ (this.#root.getElementById(`sg${i}-alt`));
    if (!s || !field) return;
    const text = field.value.replace(/\s+/g, ' ').trim();
    if (!text) {
      this.#announce('The alt text is empty: type one first');
      field.focus();
      return;
    }
    const copied = await this.#writeClipboard(text, button);
    const edited = text !== (s.suggestion ?? s.text);
    const recorded = await this.#record(s, !edited);
    if (!copied) field.select();
    this.#announce(copied ? `Copied the alt text: ${text}`
      : 'Copy failed: the text is selected in the field, copy it by hand');
    this.dispatchEvent(new CustomEvent('seam-suggestion-accept',
      { detail: { index: i, suggestion: s, text, edited, copied, recorded } }));
  }

  async #dismiss(i, button) {
    const s = this.#suggestions?.list[i];
    if (!s || this.#dismissed.has(s)) return;
    this.#dismissed.add(s);
    const item = button.closest('li');
    const next = item?.nextElementSibling ?? item?.previousElementSibling;
    item?.remove();
    const left = { ...this.#suggestions, list: this.#suggestions.list.filter((x) => !this.#dismissed.has(x)) };
    const summaryText = left.list.length ? suggestionsSummary(left) : 'All suggestions were dismissed.';
    const summary = this.#root.querySelector('.sg-summary');
    if (summary) summary.textContent = summaryText;
    // Focus goes to the next suggestion's heading (or the section's), never to the document body.
    const target = /** @type {HTMLElement | null} */ (next?.querySelector('h1, h2, h3, h4, h5, h6') ??
      this.#root.querySelector('.suggestions > h1, .suggestions > h2, .suggestions > h3, ' +
        '.suggestions > h4, .suggestions > h5'));
    if (target && !target.hasAttribute('tabindex')) target.tabIndex = -1;
    target?.focus();
    const recorded = await this.#record(s, false);
    this.#announce(`Suggestion dismissed. ${summaryText}`);
    this.dispatchEvent(new CustomEvent('seam-suggestion-dismiss',
      { detail: { index: i, suggestion: s, recorded } }));
  }

  async #copy(group, button) {
    const text = group.fix.snippet;
    const ok = await this.#writeClipboard(text, button);
    this.#announce(ok ? 'Copied' : 'Copy failed: select the fix and copy it by hand');
    this.dispatchEvent(new CustomEvent('seam-copy', { detail: { group: group.id, ok } }));
  }

  /** execCommand('copy') from an off-screen textarea; focus returns to the button. */
  #copyFallback(text, button) {
    const area = document.createElement('textarea');
    area.className = 'clip';
    area.value = text;
    area.setAttribute('readonly', '');
    area.setAttribute('aria-hidden', 'true');
    area.tabIndex = -1;
    this.#root.append(area);
    area.select();
    let ok = false;
    try {
      ok = document.execCommand('copy');
    } catch {
      ok = false;
    }
    area.remove();
    button.focus();
    return ok;
  }

  /** The live element of an instance, if it is in this page or a same-origin frame. */
  elementFor(group, index) {
    const inst = group?.instances?.[index];
    if (!inst) return null;
    if (inst.element?.isConnected) return inst.element;
    const docs = [this.targetDocument, this.#report?.url === document.URL ? document : null];
    for (const doc of docs) {
      if (!doc) continue;
      const el = resolveTarget(doc, inst.target);
      if (el) return el;
    }
    return null;
  }

  #highlight(group, index) {
    const el = this.elementFor(group, index);
    if (!el) {
      this.#announce('This element is not in this page');
      return;
    }
    const doc = el.ownerDocument;
    for (const old of doc.querySelectorAll(`[${OVERLAY_ATTR}]`)) old.remove();
    el.scrollIntoView({ block: 'center', behavior: reducedMotion() ? 'auto' : 'smooth' });
    const overlay = doc.createElement('div');
    overlay.setAttribute(OVERLAY_ATTR, '');
    overlay.setAttribute('aria-hidden', 'true');
    const place = () => {
      const r = el.getBoundingClientRect();
      const win = doc.defaultView;
      Object.assign(overlay.style, {
        position: 'absolute', pointerEvents: 'none', zIndex: '2147483647',
        left: `${r.left + (win?.scrollX ?? 0) - 4}px`, top: `${r.top + (win?.scrollY ?? 0) - 4}px`,
        width: `${r.width + 8}px`, height: `${r.height + 8}px`,
        outline: '4px solid #b35c00', boxShadow: '0 0 0 8px rgba(255, 255, 255, 0.8)',
        borderRadius: '3px',
      });
    };
    place();
    doc.body.append(overlay);
    // Smooth scrolling moves the element after placement: place again.
    setTimeout(place, reducedMotion() ? 0 : 500);
    this.#announce(`Highlighted ${group.rule.id} instance ${index + 1} of ${group.count}`);
    this.dispatchEvent(new CustomEvent('seam-highlight',
      { detail: { group: group.id, instance: index, element: el } }));
  }
}

if (!customElements.get('seam-audit-report')) {
  customElements.define('seam-audit-report', SeamAuditReportElement);
}
