// Repeated content: which parts of a page also appear on other pages of its
// site. The ACT rules on bypassing blocks (cf77f2, 047fe0, b40fd1, ye5d6e)
// are about "blocks of repeated content": a block of a page is repeated when
// a page it links to has an equivalent block (ACT glossary). One page cannot
// tell; comparing it with the pages it links to can.
//
// Opt-in only: audit(document, { compareWith: [...] }) names the pages, so
// nothing is fetched the caller did not ask for (a GET on a link such as
// /logout has effects). sameOriginLinks() lists the candidates to choose
// from. Pages are fetched from the page's own origin only (another origin,
// or a redirect, is reported and not followed), parsed with DOMParser (no
// scripts run, nothing loads), and compared as text:
//
// * Each element's content is the sequence of its text pieces (runs of
//   ASCII whitespace collapsed; <img alt> counts as text), each tagged with
//   the kind of its nearest heading, link or button ancestor, so a heading
//   "About us" is not the same block as a menu link "About us" while a
//   paragraph and an aside with the same sentence are.
// * An element of the page is repeated when an element of a compared page
//   has the same content. Scripts, styles, templates and <noscript> are not
//   content; neither is <head>.
// Content that the other pages build with scripts is not seen (DOMParser
// runs none): such blocks count as not repeated, which can only make the
// rules pass, never fail.

import { ErrorCodes, SeamkitError, requireArg } from '../errors.js';

export const COMPARE_DEFAULTS = Object.freeze({
  maxPages: 8, maxBytes: 4 * 1024 * 1024, timeoutMs: 10_000,
});

/** Outcome of loading one page to compare with. */
export const CompareStatus = Object.freeze({
  COMPARED: 'compared',
  CROSS_ORIGIN: 'cross-origin', // not fetched: outside the page's origin
  REDIRECTED: 'redirected', // the server redirects: not followed (name the final URL)
  LOAD_FAILED: 'load-failed', // network error or HTTP status other than 2xx
  NOT_HTML: 'not-html', // the response is not text/html or XHTML
  TOO_LARGE: 'too-large', // over maxBytes
  TIMED_OUT: 'timed-out',
  INVALID_URL: 'invalid-url',
});

const ASCII_WS = /[\t\n\f\r ]+/g;
const NOT_CONTENT = new Set(['script', 'style', 'template', 'noscript', 'head']);
const HTML_NS = 'http://www.w3.org/1999/xhtml';

// Two 32-bit polynomial hashes of the sequence of pieces (each piece hashed
// with FNV-1a and a second multiplicative hash), with the sequence length:
// a node's content key, computed bottom-up by concatenation without building
// the text of every element.
const B1 = 1_000_003;
const B2 = 0x5bd1e995 | 1;

function pieceHashes(s) {
  let h1 = 0x811c9dc5;
  let h2 = 0x9747b28c;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
    h2 ^= h2 >>> 15;
  }
  return [h1 >>> 0, h2 >>> 0];
}

class Seq {
  constructor() { this.h1 = 0; this.h2 = 0; this.p1 = 1; this.p2 = 1; this.n = 0; }

  push(piece) {
    const [a, b] = pieceHashes(piece);
    this.h1 = (Math.imul(this.h1, B1) + a) >>> 0;
    this.h2 = (Math.imul(this.h2, B2) + b) >>> 0;
    this.p1 = Math.imul(this.p1, B1) >>> 0;
    this.p2 = Math.imul(this.p2, B2) >>> 0;
    this.n++;
  }

  append(o) {
    if (o.n === 0) return;
    this.h1 = (Math.imul(this.h1, o.p1) + o.h1) >>> 0;
    this.h2 = (Math.imul(this.h2, o.p2) + o.h2) >>> 0;
    this.p1 = Math.imul(this.p1, o.p1) >>> 0;
    this.p2 = Math.imul(this.p2, o.p2) >>> 0;
    this.n += o.n;
  }

  key() { return `${this.n}:${this.h1}:${this.h2}`; }
}

/** The kind of text an element gives its content: heading, link, button or none. */
function kindOf(el, inherited) {
  const role = (el.getAttribute('role') ?? '').trim().split(ASCII_WS)[0].toLowerCase();
  if (role === 'heading' || /^h[1-6]$/.test(el.localName)) return 'h';
  if (role === 'link' || el.localName === 'a') return 'a';
  if (role === 'button' || el.localName === 'button') return 'b';
  return inherited;
}

/** Children in the flat tree: a shadow root's, a slot's assigned nodes. */
function flatChildren(node) {
  if (node.nodeType === 1) {
    if (node.shadowRoot) return node.shadowRoot.childNodes;
    if (node.localName === 'slot' && typeof node.assignedNodes === 'function') {
      const assigned = node.assignedNodes({ flatten: true });
      if (assigned.length > 0) return assigned;
    }
  }
  return node.childNodes;
}

/**
 * Calls visit(element, key) for each element under `root` (inclusive) that
 * has content, in post-order. Iterative: no recursion follows DOM depth.
 */
function walkContent(root, visit) {
  const stack = [{ node: root, kids: flatChildren(root), i: 0, seq: new Seq(),
    kind: root.nodeType === 1 ? kindOf(root, '') : '' }];
  while (stack.length > 0) {
    const top = stack[stack.length - 1];
    if (top.i < top.kids.length) {
      const child = top.kids[top.i++];
      if (child.nodeType === 3) {
        const text = child.data.replace(ASCII_WS, ' ').trim();
        if (text !== '') top.seq.push(`${top.kind}\u0001${text}`);
      } else if (child.nodeType === 1 && !(child.namespaceURI === HTML_NS &&
        NOT_CONTENT.has(child.localName))) {
        const kind = kindOf(child, top.kind);
        const frame = { node: child, kids: flatChildren(child), i: 0, seq: new Seq(), kind };
        if (child.localName === 'img') {
          const alt = (child.getAttribute('alt') ?? '').replace(ASCII_WS, ' ').trim();
          if (alt !== '') frame.seq.push(`${kind}\u0001${alt}`);
        }
        stack.push(frame);
      }
    } else {
      stack.pop();
      if (top.node.nodeType === 1 && top.seq.n > 0) visit(top.node, top.seq.key());
      if (stack.length > 0) stack[stack.length - 1].seq.append(top.seq);
    }
  }
}

function contentRoot(doc) {
  return doc.body ?? doc.documentElement;
}

/**
 * The content keys of every element of `doc`'s body (a page to compare
 * with), added to `into`.
 * @param {Document} doc
 * @param {Set<string>} [into]
 * @returns {Set<string>}
 */
export function contentKeys(doc, into = new Set()) {
  const root = contentRoot(doc);
  if (root) walkContent(root, (_, key) => into.add(key));
  return into;
}

/**
 * The elements of `doc`'s body whose content an element of a compared page
 * has (`keys` from contentKeys).
 * @param {Document} doc
 * @param {Set<string>} keys
 * @returns {Set<Element>}
 */
export function repeatedElements(doc, keys) {
  const out = new Set();
  const root = contentRoot(doc);
  if (root && keys.size > 0) walkContent(root, (el, key) => { if (keys.has(key)) out.add(el); });
  return out;
}

function pageOrigin(doc) {
  const o = doc?.defaultView?.location?.origin ?? globalThis.location?.origin;
  return o === undefined || o === 'null' ? null : o;
}

/**
 * Same-origin pages `doc` links to (a/area href, http(s), fragment removed,
 * not `doc` itself, no `download` links), distinct, in tree order, at most
 * `max`. Candidates for audit()'s compareWith: review them first, since
 * fetching a URL is a GET request (a link such as /logout has effects).
 * @param {Document} [doc]
 * @param {{ max?: number }} [options]
 * @returns {string[]}
 */
export function sameOriginLinks(doc = globalThis.document, options = {}) {
  requireArg(doc !== null && typeof doc === 'object' && doc.nodeType === 9,
    'sameOriginLinks() takes a Document');
  requireArg(options !== null && typeof options === 'object', 'sameOriginLinks options must be an object');
  const max = options.max ?? COMPARE_DEFAULTS.maxPages;
  requireArg(Number.isInteger(max) && max >= 0, 'options.max must be a non-negative integer');
  const origin = pageOrigin(doc);
  const self = doc.URL.split('#')[0];
  const seen = new Set();
  for (const a of doc.querySelectorAll('a[href], area[href]')) {
    if (seen.size >= max) break;
    if (a.hasAttribute('download')) continue;
    let u;
    try { u = new URL(a.getAttribute('href'), doc.baseURI); } catch { continue; }
    if ((u.protocol !== 'http:' && u.protocol !== 'https:') || u.origin !== origin) continue;
    u.hash = '';
    if (u.href !== self) seen.add(u.href);
  }
  return [...seen];
}

class LoadStop extends Error {
  constructor(status, reason) { super(reason); this.status = status; }
}

async function readHtml(url, maxBytes, signal) {
  let res;
  try {
    res = await fetch(url, { signal, credentials: 'same-origin', redirect: 'manual' });
  } catch (e) {
    if (signal.aborted) throw e;
    throw new LoadStop(CompareStatus.LOAD_FAILED, String(e?.message ?? e));
  }
  if (res.type === 'opaqueredirect' || (res.status >= 300 && res.status < 400)) {
    throw new LoadStop(CompareStatus.REDIRECTED, 'the server redirects; name the final URL');
  }
  if (!res.ok) throw new LoadStop(CompareStatus.LOAD_FAILED, `HTTP ${res.status}`);
  const type = (res.headers.get('content-type') ?? '').toLowerCase();
  if (!/^\s*(text\/html|application\/xhtml\+xml)\s*(;|$)/.test(type)) {
    res.body?.cancel().catch(() => {});
    throw new LoadStop(CompareStatus.NOT_HTML, `content type ${type || 'missing'}`);
  }
  const tooLarge = () => new LoadStop(CompareStatus.TOO_LARGE, `over ${maxBytes} bytes`);
  if (Number(res.headers.get('content-length')) > maxBytes) {
    res.body?.cancel().catch(() => {});
    throw tooLarge();
  }
  const reader = res.body.getReader();
  const parts = [];
  let n = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    n += value.byteLength;
    if (n > maxBytes) {
      reader.cancel().catch(() => {});
      throw tooLarge();
    }
    parts.push(value);
  }
  const bytes = new Uint8Array(n);
  let at = 0;
  for (const p of parts) { bytes.set(p, at); at += p.byteLength; }
  const charset = /charset\s*=\s*"?([\w.:-]+)/.exec(type)?.[1] ?? 'utf-8';
  let decoder;
  try { decoder = new TextDecoder(charset); } catch { decoder = new TextDecoder('utf-8'); }
  return new DOMParser().parseFromString(decoder.decode(bytes), 'text/html');
}

/**
 * Loads the pages to compare `doc` with: Documents as given; URLs (strings
 * or URL objects, relative to doc's base URL) fetched from the page's own
 * origin only, without following redirects, within maxBytes each and
 * timeoutMs for all. Never throws for a page that fails: its status says
 * why. Aborting `signal` rejects with E_ABORTED.
 * @param {Document} doc the audited document
 * @param {Array<string | URL | Document>} list
 * @param {{ signal?: AbortSignal, maxBytes?: number, timeoutMs?: number }} [options]
 * @returns {Promise<{ documents: Document[],
 *   report: Array<{ url: string, status: string, reason?: string }> }>}
 */
export async function loadComparePages(doc, list, options = {}) {
  const { signal } = options;
  const maxBytes = options.maxBytes ?? COMPARE_DEFAULTS.maxBytes;
  const timeoutMs = options.timeoutMs ?? COMPARE_DEFAULTS.timeoutMs;
  const origin = pageOrigin(doc);
  const budget = new AbortController();
  const timer = setTimeout(() => budget.abort(), timeoutMs);
  const onAbort = () => budget.abort();
  signal?.addEventListener('abort', onAbort, { once: true });
  try {
    const loaded = await Promise.all(list.map(async (entry) => {
      if (typeof entry === 'object' && entry !== null && entry.nodeType === 9) {
        return { doc: entry, row: { url: entry.URL, status: CompareStatus.COMPARED } };
      }
      let url;
      try {
        url = new URL(String(entry), doc.baseURI);
      } catch {
        return { row: { url: String(entry), status: CompareStatus.INVALID_URL,
          reason: 'not a URL' } };
      }
      url.hash = '';
      if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.origin !== origin) {
        return { row: { url: url.href, status: CompareStatus.CROSS_ORIGIN,
          reason: `not on the page's origin ${origin ?? '(opaque)'}: not fetched` } };
      }
      try {
        const page = await readHtml(url.href, maxBytes, budget.signal);
        return { doc: page, row: { url: url.href, status: CompareStatus.COMPARED } };
      } catch (e) {
        if (e instanceof LoadStop) return { row: { url: url.href, status: e.status, reason: e.message } };
        if (budget.signal.aborted && !signal?.aborted) {
          return { row: { url: url.href, status: CompareStatus.TIMED_OUT,
            reason: `no answer within ${timeoutMs} ms` } };
        }
        if (signal?.aborted) return { row: { url: url.href, status: CompareStatus.LOAD_FAILED } };
        return { row: { url: url.href, status: CompareStatus.LOAD_FAILED,
          reason: String(e?.message ?? e) } };
      }
    }));
    if (signal?.aborted) {
      throw new SeamkitError(ErrorCodes.ABORTED, 'audit aborted', { cause: signal.reason });
    }
    return { documents: loaded.filter((x) => x.doc).map((x) => x.doc),
      report: loaded.map((x) => x.row) };
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  }
}
