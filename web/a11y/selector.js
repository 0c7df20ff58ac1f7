// Unique CSS selectors and HTML snippets for audit results, in the shape
// axe-core reports them: `target` is an array with one selector per
// document or shadow root crossed (outermost first).
//
// A selector is a child-combinator path, anchored at the nearest ancestor
// with an id unique in its root (`#main > ul > li:nth-child(3)`) or else at
// the root element (`html > body > img:nth-child(2)`). Each step is unique
// among its parent's children, so the path is unique by construction; no
// document-wide query is needed per step. Sibling positions are cached per
// parent, so formatting many results stays linear in the page size.

/** @param {string} s */
const esc = (s) => (globalThis.CSS?.escape ? CSS.escape(s)
  : s.replace(/[^\w-]/g, (c) => `\\${c}`));

export class SelectorCache {
  constructor() {
    /** @type {WeakMap<Node, { index: Map<Element, number>, tags: Map<string, number> }>} */
    this.parents = new WeakMap();
    /** @type {WeakMap<Node, Map<string, boolean>>} id uniqueness per root */
    this.ids = new WeakMap();
  }

  /** Position (1-based) of `el` among element siblings, and its tag count. */
  siblings(parent, el) {
    let entry = this.parents.get(parent);
    if (entry === undefined) {
      entry = { index: new Map(), tags: new Map() };
      let i = 0;
      for (let c = parent.firstElementChild; c !== null; c = c.nextElementSibling) {
        entry.index.set(c, ++i);
        entry.tags.set(c.localName, (entry.tags.get(c.localName) ?? 0) + 1);
      }
      this.parents.set(parent, entry);
    }
    return { index: entry.index.get(el) ?? 1, sameTag: entry.tags.get(el.localName) ?? 1 };
  }

  /** Whether `#id` selects exactly one element in `root`. */
  uniqueId(root, id) {
    let m = this.ids.get(root);
    if (m === undefined) { m = new Map(); this.ids.set(root, m); }
    let v = m.get(id);
    if (v === undefined) {
      try { v = root.querySelectorAll(`#${esc(id)}`).length === 1; } catch { v = false; }
      m.set(id, v);
    }
    return v;
  }
}

function unique(root, parts) {
  try {
    return root.querySelectorAll([...parts].reverse().join(' > ')).length === 1;
  } catch {
    return false;
  }
}

/** A tag step usable in a selector (names with odd characters escaped). */
function tagStep(el) {
  return esc(el.localName);
}

/** The selector of `el` within its own root (document or shadow root). */
export function selectorInRoot(el, cache = new SelectorCache()) {
  const root = el.getRootNode();
  const parts = [];
  for (let node = el; node !== null;) {
    if (node.id && cache.uniqueId(root, node.id)) {
      parts.push(`#${esc(node.id)}`);
      break;
    }
    const parent = node.parentElement;
    if (parent === null) {
      // The root element of a document, or a top-level element of a
      // shadow root / detached tree: anchor with :root or its position.
      if (root.nodeType === 9) {
        parts.push(node === root.documentElement && node.localName !== 'html' ? ':root'
          : tagStep(node));
      } else {
        const { index, sameTag } = cache.siblings(node.parentNode ?? root, node);
        parts.push(sameTag > 1 ? `${tagStep(node)}:nth-child(${index})` : tagStep(node));
        // No selector anchors at a shadow root; when the path also matches
        // deeper down, pin its first step to the top level.
        if (!unique(root, parts)) parts[parts.length - 1] += ':not(* > *)';
      }
      break;
    }
    const { index, sameTag } = cache.siblings(parent, node);
    parts.push(sameTag > 1 ? `${tagStep(node)}:nth-child(${index})` : tagStep(node));
    node = parent;
  }
  return parts.reverse().join(' > ');
}

/**
 * @param {Element} el
 * @param {Document | Element} [top] the audited root: the chain stops at
 *   its document
 * @param {SelectorCache} [cache]
 * @returns {string[]} selectors from the outermost document inwards
 */
export function targetOf(el, top = el.ownerDocument, cache = new SelectorCache()) {
  const topDoc = top.nodeType === 9 ? top : top.ownerDocument;
  const chain = [];
  for (let node = el; node;) {
    chain.push(selectorInRoot(node, cache));
    const root = node.getRootNode();
    if (root.nodeType === 11 && root.host) {
      node = root.host; // crossed a shadow root
    } else if (root !== topDoc && root.nodeType === 9) {
      node = root.defaultView?.frameElement ?? null; // crossed an iframe
    } else {
      node = null;
    }
  }
  return chain.reverse();
}

const ESCAPES = { '&': '&amp;', '"': '&quot;', '<': '&lt;', '>': '&gt;' };

/**
 * The element's HTML, as axe-core shows it: the whole element when short,
 * else its start tag followed by "…". Never serialises a large subtree.
 */
export function htmlSnippet(el, max = 300) {
  const short = el.childElementCount === 0 && (el.textContent?.length ?? 0) <= max;
  if (short) {
    const html = el.outerHTML ?? '';
    if (html.length <= max) return html;
  }
  let start = `<${el.localName}`;
  for (const a of el.attributes) {
    start += ` ${a.name}="${a.value.replace(/[&"<>]/g, (c) => ESCAPES[c])}"`;
    if (start.length > max) break;
  }
  start = start.length > max ? start.slice(0, max) : `${start}>`;
  return `${start}…`;
}
