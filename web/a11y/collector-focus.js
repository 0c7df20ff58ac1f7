// Focusability and sequential focus order for the snapshot collector,
// following HTML's focusable areas and "sequential focus navigation order".

import { E, NO_TAB_INDEX } from './snapshot-writer.js';

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
