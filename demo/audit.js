// "Audit a page": the bundled sample shop (in a sandboxed same-origin
// iframe), pasted HTML (same iframe, scripts off) or this page itself,
// audited by seamkit in this page. The answer comes first: seamkit's
// report() in <seam-audit-report> ("fix these first", grouped, with fixes);
// under it, every violation by rule, with counts, impact and help. Once the
// result shows, the images of the audited page are read in the background
// (on-device OCR in a Worker) and alt suggestions for images of text are
// added to the report as a separate, AI-assisted section.
import { audit, report } from 'seamkit';
import { createOcr } from 'seamkit/ocr';
import { suggestImageText } from 'seamkit/a11y/ocr-suggest';
import 'seamkit/elements/audit-report';

const $ = (id) => document.getElementById(id);
const IMPACT_ORDER = { critical: 0, serious: 1, moderate: 2, minor: 3 };
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
let running = null;
let highlighted = null;
/** One OCR for the page: its models load once, on the first audit. */
let ocr = null;
/** The suggestions of the last audit, stopped when a new audit starts. */
let reading = null;

/** Loads the sample or pasted HTML into the visible, sandboxed iframe. */
function loadFrame(frame, { src, html }) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the page did not load within 10 s')), 10000);
    frame.addEventListener('load', () => { clearTimeout(timer); resolve(frame.contentDocument); },
      { once: true });
    frame.hidden = false;
    if (src) { frame.removeAttribute('srcdoc'); frame.src = src; } else { frame.srcdoc = html; }
  });
}

function clearHighlight() {
  if (highlighted) {
    highlighted.style.removeProperty('outline');
    highlighted.style.removeProperty('outline-offset');
    highlighted = null;
  }
}

/** Outlines one failing element (in the frame or this page) and scrolls to it. */
function highlight(doc, selector) {
  clearHighlight();
  let el = null;
  try { el = doc.querySelector(selector); } catch { el = null; }
  if (!el) { $('audit-status').textContent = `That element is no longer on the page (${selector}).`; return; }
  el.style.setProperty('outline', '4px solid #c2185b');
  el.style.setProperty('outline-offset', '2px');
  el.scrollIntoView({ block: 'center', behavior: 'auto' });
  highlighted = el;
  $('audit-status').textContent = `Highlighted: ${selector}`;
}

function impactBadge(impact) {
  const b = document.createElement('span');
  b.className = `impact impact-${impact ?? 'minor'}`;
  b.textContent = impact ?? 'minor';
  return b;
}

/** The small built-in report: rules by impact then count, first three marked. */
function renderList(results, doc, host) {
  const rules = [...results.violations].sort((a, b) =>
    (IMPACT_ORDER[a.impact] ?? 4) - (IMPACT_ORDER[b.impact] ?? 4) || b.nodes.length - a.nodes.length);
  const total = rules.reduce((n, r) => n + r.nodes.length, 0);
  const head = document.createElement('p');
  head.className = 'audit-summary';
  head.textContent = total === 0
    ? `No violations found (${results.passes.length} rules passed).`
    : `${total} ${total === 1 ? 'problem' : 'problems'} across ${rules.length} ` +
      `${rules.length === 1 ? 'rule' : 'rules'}. Start with the first three.`;
  host.append(head);
  if (total === 0) return;
  const list = document.createElement('ol');
  list.className = 'rules';
  rules.forEach((rule, i) => {
    const li = document.createElement('li');
    li.className = i < 3 ? 'rule first' : 'rule';
    const h = document.createElement('h4');
    const name = document.createElement('span');
    name.textContent = rule.help;
    const count = document.createElement('span');
    count.className = 'count';
    count.textContent = `${rule.nodes.length} ${rule.nodes.length === 1 ? 'instance' : 'instances'}`;
    h.append(impactBadge(rule.impact), ' ', name, ' ', count);
    const why = document.createElement('p');
    why.className = 'hint';
    why.textContent = `${rule.description.replace(/\.?$/, '.')} Rule: ${rule.id}.`;
    const nodes = document.createElement('ul');
    nodes.className = 'nodes';
    for (const node of rule.nodes.slice(0, 5)) {
      const item = document.createElement('li');
      const btn = document.createElement('button');
      btn.type = 'button';
      btn.className = 'link';
      const selector = node.target[node.target.length - 1];
      const snippet = (node.html || selector).replace(/\s+/g, ' ');
      btn.textContent = snippet.length > 70 ? `${snippet.slice(0, 69)}…` : snippet;
      btn.setAttribute('aria-label', `Show ${snippet.slice(0, 120)} on the page`);
      btn.addEventListener('click', () => highlight(doc, selector));
      item.append(btn);
      nodes.append(item);
    }
    if (rule.nodes.length > 5) {
      const more = document.createElement('li');
      more.textContent = `and ${rule.nodes.length - 5} more`;
      nodes.append(more);
    }
    li.append(h, why, nodes);
    list.append(li);
  });
  host.append(list);
}

/**
 * Reads the audited page's images of text after the result is shown and
 * adds the suggestions to the report. Never delays the audit result.
 */
function startSuggestions(results, doc, reportEl) {
  const status = $('audit-ocr-status');
  if (!reportEl) { status.textContent = ''; return; }
  const stop = new AbortController();
  reading = stop;
  status.textContent = 'Reading images of text…';
  // After the next frame: the audit result is painted first.
  requestAnimationFrame(() => setTimeout(async () => {
    const t0 = performance.now();
    try {
      ocr ??= createOcr({ registry: { manifestUrl: './models/manifest.json' } });
      const s = await suggestImageText(results, doc, { ocr, signal: stop.signal });
      if (stop.signal.aborted) return;
      reportEl.suggestions = s;
      const n = s.suggestions.length;
      status.textContent = !s.available
        ? `AI-assisted alt suggestions unavailable: ${s.reason}`
        : `AI-assisted alt suggestions: ${n} ${n === 1 ? 'image' : 'images'} of text ` +
          `(${Math.round(performance.now() - t0)} ms, on this device). Check each one before use.`;
    } catch (e) {
      if (stop.signal.aborted) return;
      status.textContent = `AI-assisted alt suggestions unavailable: ${e.message}`;
    }
  }, 0));
}

async function renderReport(results, doc) {
  const host = $('audit-results');
  host.replaceChildren();
  const heading = document.createElement('h3');
  heading.id = 'audit-report-title';
  heading.tabIndex = -1;
  heading.textContent = `Results: ${results.violations.length === 0 ? 'all clear' : 'what to fix'}`;
  host.append(heading);
  let reportEl = null;
  if (results.violations.length > 0) {
    try {
      const el = /** @type {any} */ (document.createElement('seam-audit-report'));
      el.targetDocument = doc;
      el.setAttribute('heading-level', '4'); // under this section's h3
      el.report = await report(results);
      host.append(el);
      reportEl = el;
    } catch (e) {
      const p = document.createElement('p');
      p.textContent = `The prioritised report could not be built (${e.message}); every violation is listed below.`;
      host.append(p);
    }
  }
  renderList(results, doc, host);
  return reportEl;
}

async function run(what, load) {
  if (running) return;
  const status = $('audit-status');
  clearHighlight();
  reading?.abort();
  $('audit-ocr-status').textContent = '';
  status.textContent = `Auditing ${what}…`;
  running = (async () => {
    const doc = await load();
    const t0 = performance.now();
    const results = await audit(doc, { tags: TAGS });
    const reportEl = await renderReport(results, doc);
    const n = results.violations.reduce((k, r) => k + r.nodes.length, 0);
    status.textContent = `Audited ${what} in ${Math.round(performance.now() - t0)} ms: ` +
      `${n} ${n === 1 ? 'violation' : 'violations'}.`;
    startSuggestions(results, doc, reportEl);
  })();
  try {
    await running;
  } catch (e) {
    status.textContent = `The audit of ${what} failed: ${e.message}`;
  } finally {
    running = null;
  }
}

export function startAudit() {
  const frame = /** @type {HTMLIFrameElement} */ ($('audit-frame'));
  $('audit-sample').addEventListener('click', () =>
    run('the sample shop', () => loadFrame(frame, { src: './samples/shop.html' })));
  $('audit-paste').addEventListener('click', () => {
    const html = $('audit-html').value;
    if (!html.trim()) {
      $('audit-status').textContent = 'Paste some HTML into the box first.';
      $('audit-html').focus();
      return;
    }
    run('your HTML', () => loadFrame(frame, { html }));
  });
  $('audit-self').addEventListener('click', () => run('this page', async () => {
    frame.hidden = true;
    return document;
  }));
}
