// Focusability and sequential focus order for the snapshot collector,
// following HTML's focusable areas and "sequential focus navigation order".

import { E, Flag, NO_TAB_INDEX } from './snapshot-writer.js';

const { FOCUS_PROBED, FOCUS_REDIRECTED } = Flag;

/** HTML "rules for parsing integers"; NO_TAB_INDEX when invalid or absent. */
export function parseTabIndex(value) {
  if (value === null) return NO_TAB_INDEX;
  const m = /^[\t\n\f\r ]*([+-]?\d+)/.exec(value);
  if (!m) return NO_TAB_INDEX;
  const n = Number(m[1]);
  return n >= -2147483647 && n <= 2147483647 ? n : NO_TAB_INDEX;
}

/**
 * Focusable without a tabindex attribute (HTML elements only).
 * @param {Element} el
 * @param {string} tag
 * @param {boolean} editingHost el is editable and its parent is not
 */
export function nativelyFocusable(el, tag, editingHost) {
  switch (tag) {
    case 'a': case 'area': return el.hasAttribute('href');
    case 'button': case 'select': case 'textarea': case 'iframe': case 'frame':
      return true;
    case 'input': return el.type !== 'hidden';
    case 'audio': case 'video': return el.hasAttribute('controls');
    case 'summary': {
      const p = el.parentElement;
      return p !== null && p.localName === 'details' &&
        p.querySelector(':scope > summary') === el;
    }
    default:
      return editingHost;
  }
}

/** A focus navigation scope: a document or a shadow root. */
export function newScope() { return { entries: [] }; }

/**
 * Records `rec` (an element record word index, or -1 for a scope owner that
 * is not itself in the order) in `scope`, with the scope it owns if any.
 */
export function addFocusEntry(scope, rec, key, nested) {
  scope.entries.push({ rec, key, nested });
}

function sortedEntries(scope) {
  // Positive tabindex first in ascending order, then 0 in tree order; the
  // sort is stable, so ties keep tree order. Negative ones are left out,
  // with the scopes they own (e.g. an iframe with tabindex=-1).
  return scope.entries.filter((e) => e.key >= 0)
    .sort((a, b) => (a.key > 0 ? a.key : Infinity) - (b.key > 0 ? b.key : Infinity));
}

/** Writes each element's position in the flattened order (iteratively). */
export function assignTabOrder(rootScope, elements) {
  let order = 0;
  const stack = [{ list: sortedEntries(rootScope), i: 0 }];
  while (stack.length > 0) {
    const top = stack[stack.length - 1];
    if (top.i === top.list.length) { stack.pop(); continue; }
    const e = top.list[top.i++];
    if (e.rec >= 0) elements.i32[e.rec + E.TAB_ORDER] = order++;
    if (e.nested) stack.push({ list: sortedEntries(e.nested), i: 0 });
  }
  return order;
}

/**
 * Focus probes for ACT 6cfa84. Tabbable content under aria-hidden="true"
 * while its document shows an aria-modal element is often a focus sentinel
 * whose script sends focus back into the dialog, which no static reading
 * can see. Such elements are focused once after the walk, and whether focus
 * stayed there is recorded (Flag.FOCUS_PROBED, Flag.FOCUS_REDIRECTED).
 * Page scripts see a focus and a blur; the previous focus is put back.
 */
export class FocusProbes {
  constructor() {
    /** @type {Map<Document, boolean>} */
    this.modalShown = new Map();
    this.list = [];
  }

  /** Queues `el` (snapshot id `id`), a tabbable element, if it qualifies. */
  consider(el, id) {
    const doc = el.ownerDocument;
    let shown = this.modalShown.get(doc);
    if (shown === undefined) {
      shown = doc.querySelector('[aria-modal="true"]') !== null;
      this.modalShown.set(doc, shown);
    }
    if (shown && el.closest('[aria-hidden="true"]') !== null) this.list.push(el, id);
  }

  /** Focuses each queued element; one that takes no focus stays unprobed. */
  run(writer) {
    for (let i = 0; i < this.list.length; i += 2) {
      const el = this.list[i];
      const doc = el.ownerDocument;
      const before = doc.activeElement;
      let got = false;
      const onFocus = () => { got = true; };
      el.addEventListener('focus', onFocus, true);
      try {
        el.focus({ preventScroll: true });
      } catch { /* a throwing focus handler: left unprobed */ }
      el.removeEventListener('focus', onFocus, true);
      if (got) {
        const kept = el.getRootNode().activeElement === el;
        writer.setFlags(this.list[i + 1], FOCUS_PROBED | (kept ? 0 : FOCUS_REDIRECTED));
      }
      const now = doc.activeElement;
      if (now === before) continue;
      if (before !== null && before !== doc.body) before.focus?.({ preventScroll: true });
      else now?.blur?.();
    }
  }
}
