// Unique CSS selectors and HTML snippets for audit results, in the shape
// axe-core reports them: `target` is an array with one selector per
// document or shadow root crossed (outermost first).

/** @param {string} s */
const esc = (s) => (globalThis.CSS?.escape ? CSS.escape(s) : s.replace(/[^\w-]/g, (c) => `\\${c}`));

/** The selector of `el` within its own root (document or shadow root). */
function selectorInRoot(el) {
  const root = el.getRootNode();
  const unique = (sel) => {
    try { return root.querySelectorAll(sel).length === 1; } catch { return false; }
  };
  if (el.id && unique(`#${esc(el.id)}`)) return `#${esc(el.id)}`;
  const parts = [];
  let node = el;
  while (node && node.nodeType === 1) {
    if (node !== el && node.id && unique(`#${esc(node.id)}`)) {
      parts.unshift(`#${esc(node.id)}`);
      break;
    }
    const tag = node.localName.includes(':') ? '*' : esc(node.localName);
    const parent = node.parentElement ?? null;
    let part = tag;
    if (parent) {
      const same = Array.from(parent.children).filter((c) => c.localName === node.localName);
      if (same.length > 1) part += `:nth-child(${Array.prototype.indexOf.call(parent.children, node) + 1})`;
    } else if (node === node.ownerDocument?.documentElement) {
      part = 'html';
    }
    parts.unshift(part);
    const sel = parts.join(' > ');
    if (unique(sel)) return sel;
    node = parent;
  }
  return parts.join(' > ');
}

/**
 * @param {Element} el
 * @param {Document} [top] the audited document: the chain stops there
 * @returns {string[]} selectors from the outermost document inwards
 */
export function targetOf(el, top = el.ownerDocument) {
  const chain = [];
  let node = el;
  while (node) {
    chain.unshift(selectorInRoot(node));
    const root = node.getRootNode();
    if (root.nodeType === 11 && root.host) {
      node = root.host; // crossed a shadow root
    } else if (root !== top) {
      node = root.defaultView?.frameElement ?? null; // crossed an iframe
    } else {
      node = null;
    }
  }
  return chain;
}

/** The element's HTML, shortened to its start tag when long (as axe does). */
export function htmlSnippet(el, max = 300) {
  const html = el.outerHTML ?? '';
  if (html.length <= max) return html;
  const start = html.slice(0, html.indexOf('>') + 1);
  return start.length <= max ? `${start}…` : `${start.slice(0, max)}…`;
}
