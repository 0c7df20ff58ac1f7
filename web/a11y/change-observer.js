// Watches a document's text for changes no one asked for (ACT efbfc7, WCAG
// 2.2.2: text that changes automatically for more than 5 s needs a way to
// pause, stop or hide it). A snapshot is one instant; whether text changes
// by itself is seen only over time, so this waits: for `windowMs`, and at
// least until the document is 5.5 s old, so that a change seen counts as
// one lasting more than 5 s. It only watches (a MutationObserver); nothing
// on the page is touched.
//
// A document without scripts is not watched: only a script changes text
// (CSS can animate colours and positions, not a text node's data).
// Not seen: changes inside shadow roots and frames (the observer watches
// the document's own tree).

/** Document age (ms since its time origin) from which a change counts. */
export const CHANGE_AGE_MS = 5000;
const SETTLE_MS = 500; // past CHANGE_AGE_MS, so a 1 s ticker is caught

/**
 * Elements of `doc` whose text changed with no user input at least 5 s
 * after `doc` started, seen over `windowMs` or more.
 * @param {Document} doc
 * @param {number} windowMs
 * @param {AbortSignal} [signal]
 * @returns {Promise<{ changed: Set<Element>, watchedMs: number }>}
 */
export async function observeTextChanges(doc, windowMs, signal) {
  const changed = new Set();
  const view = doc.defaultView;
  if (!view || doc.scripts.length === 0) return { changed, watchedMs: 0 };
  const clock = view.performance;
  const note = (el) => { if (el && el.nodeType === 1) changed.add(el); };
  const observer = new view.MutationObserver((records) => {
    if (clock.now() < CHANGE_AGE_MS) return;
    for (const r of records) {
      if (r.type === 'characterData') {
        note(r.target.parentNode);
      } else if ([...r.addedNodes, ...r.removedNodes].some((n) => n.nodeType === 3 ||
        (n.nodeType === 1 && n.textContent.trim() !== ''))) {
        note(r.target);
      }
    }
  });
  observer.observe(doc, { subtree: true, childList: true, characterData: true });
  const start = clock.now();
  const wait = Math.max(windowMs, CHANGE_AGE_MS + SETTLE_MS - start);
  try {
    await new Promise((resolve) => {
      const timer = setTimeout(resolve, wait);
      signal?.addEventListener('abort', () => { clearTimeout(timer); resolve(); }, { once: true });
    });
    for (const r of observer.takeRecords()) if (r.type === 'characterData') note(r.target.parentNode);
  } finally {
    observer.disconnect();
  }
  return { changed, watchedMs: clock.now() - start };
}
