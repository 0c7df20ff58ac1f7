// axe-compatible audit results → the report input of core/report
// (core/report/input.h). One record per failing node, with the facts the
// priority model and the grouping need. Facts come from the live element
// when the results carry one (seamkit's audit() in a page); otherwise
// (results loaded from JSON, axe-core's own results, Node) they are read
// from the node's selector and HTML snippet, and what cannot be known
// (position in the first viewport) is left false.
import { ErrorCodes, SeamkitError } from '../errors.js';
import { selectorInRoot } from '../a11y/selector.js';

/** Rules whose failure means one attribute is missing on the element. */
const MISSING_ATTRIBUTE = {
  'image-alt': 'alt', 'input-image-alt': 'alt', 'area-alt': 'alt',
  'html-has-lang': 'lang', 'frame-title': 'title', 'svg-img-alt': 'aria-label',
};
const CONTRAST_RULES = new Set(['color-contrast', 'color-contrast-enhanced']);
const IMPACTS = new Set(['minor', 'moderate', 'serious', 'critical']);
const INTERACTIVE = 'a[href], button, input:not([type="hidden"]), select, textarea, summary, ' +
  '[tabindex], [contenteditable=""], [contenteditable="true"], audio[controls], video[controls], ' +
  '[role="button"], [role="link"], [role="checkbox"], [role="tab"], [role="menuitem"], ' +
  '[role="textbox"], [role="combobox"], [role="switch"], [role="radio"], [role="slider"]';
const CONTROL_TAGS = new Set(['input', 'select', 'textarea', 'button']);
const OTHER_LANDMARKS = 'header, footer, aside, [role="banner"], [role="contentinfo"], ' +
  '[role="complementary"], [role="region"], [role="search"], [role="form"]';

const bad = (message) => new SeamkitError(ErrorCodes.INVALID_ARGUMENT, message);

/** The selector text of a node's target (frames and shadow roots joined by " >>> "). */
export function selectorText(target) {
  return target.join(' >>> ');
}

function isLiveElement(el) {
  return el !== null && typeof el === 'object' && el.nodeType === 1 &&
    typeof el.closest === 'function';
}

function landmarkOf(el) {
  if (el.closest('main, [role="main"]')) return 'main';
  if (el.closest('nav, [role="navigation"]')) return 'navigation';
  if (el.closest(OTHER_LANDMARKS)) return 'other';
  return 'none';
}

function inFirstViewport(el) {
  const win = el.ownerDocument?.defaultView;
  if (!win) return false;
  const r = el.getBoundingClientRect();
  if (r.width === 0 && r.height === 0) return false;
  const top = r.top + win.scrollY;
  const left = r.left + win.scrollX;
  return top < win.innerHeight && top + r.height > 0 && left < win.innerWidth && left + r.width > 0;
}

/** The nearest component ancestor: a custom element, a form or [data-component]. */
function componentOf(el) {
  for (let p = el.parentElement; p; p = p.parentElement) {
    if (p.localName.includes('-') || p.localName === 'form' || p.hasAttribute('data-component')) {
      return selectorInRoot(p);
    }
  }
  return '';
}

function liveFacts(el, rule) {
  const control = CONTROL_TAGS.has(el.localName);
  const missing = MISSING_ATTRIBUTE[rule];
  return {
    landmark: landmarkOf(el),
    interactive: el.matches(INTERACTIVE),
    firstViewport: inFirstViewport(el),
    blocksSubmit: control && el.closest('form') !== null,
    classes: [...el.classList],
    component: componentOf(el),
    missingAttribute: missing && !el.hasAttribute(missing) ? missing : '',
  };
}

/** Attribute value from the start tag of an HTML snippet, or null. */
function snippetAttribute(html, name) {
  const start = html.slice(0, html.indexOf('>') + 1 || html.length);
  const m = new RegExp(`\\s${name}(?:="([^"]*)"|='([^']*)'|=([^\\s>]+)|(?=[\\s>/]))`, 'i').exec(start);
  if (!m) return null;
  return m[1] ?? m[2] ?? m[3] ?? '';
}

/** The tag names along a selector's last segment, e.g. "main > ul > li.x" → [main, ul, li]. */
function selectorSteps(selector) {
  return selector.split(/\s*(?:>|\s)\s*/).filter(Boolean);
}

const stepTag = (step) => /^[a-z][\w-]*/i.exec(step)?.[0]?.toLowerCase() ?? '';

function snippetFacts(node, rule) {
  const html = typeof node.html === 'string' ? node.html : '';
  const tag = /^<([a-z][\w-]*)/i.exec(html)?.[1]?.toLowerCase() ?? '';
  const steps = selectorSteps(node.target.at(-1) ?? '');
  const tags = steps.map(stepTag);
  const ancestors = tags.slice(0, -1);
  let landmark = 'none';
  if (ancestors.includes('main') || steps.some((s) => s.includes('[role="main"]'))) landmark = 'main';
  else if (ancestors.includes('nav')) landmark = 'navigation';
  else if (ancestors.some((t) => ['header', 'footer', 'aside'].includes(t))) landmark = 'other';
  let component = '';
  for (let i = ancestors.length - 1; i >= 0; --i) {
    if (ancestors[i].includes('-') || ancestors[i] === 'form') {
      component = steps.slice(0, i + 1).join(' > ');
      break;
    }
  }
  const role = snippetAttribute(html, 'role');
  const interactive = (tag === 'a' && snippetAttribute(html, 'href') !== null) ||
    (CONTROL_TAGS.has(tag) && snippetAttribute(html, 'type') !== 'hidden') ||
    tag === 'summary' || snippetAttribute(html, 'tabindex') !== null ||
    (role !== null && INTERACTIVE.includes(`[role="${role}"]`));
  const classes = (snippetAttribute(html, 'class') ?? '').split(/\s+/).filter(Boolean);
  const missing = MISSING_ATTRIBUTE[rule];
  return {
    landmark,
    interactive,
    firstViewport: false,
    blocksSubmit: CONTROL_TAGS.has(tag) && ancestors.includes('form'),
    classes,
    component,
    missingAttribute: missing && snippetAttribute(html, missing) === null ? missing : '',
  };
}

/** px from seamkit's number or axe-core's "10.5pt (14px)". */
function fontSizePx(v) {
  if (typeof v === 'number') return v;
  if (typeof v !== 'string') return undefined;
  const px = /([\d.]+)px/.exec(v);
  if (px) return Number(px[1]);
  const pt = /([\d.]+)pt/.exec(v);
  return pt ? Number(pt[1]) * 4 / 3 : undefined;
}

function fontWeightOf(v) {
  if (typeof v === 'number') return Math.round(v);
  if (v === 'bold' || v === 'bolder') return 700;
  if (v === 'normal' || v === 'lighter') return 400;
  const n = Number(v);
  return Number.isInteger(n) ? n : undefined;
}

/** Colours and font from the check data (seamkit: fg/bg; axe-core: fgColor/bgColor). */
function contrastOf(node) {
  for (const check of [...(node.none ?? []), ...(node.any ?? []), ...(node.all ?? [])]) {
    const d = check?.data;
    if (!d || typeof d !== 'object') continue;
    // Over a gradient no one text colour is known to fix every part: no colour fix.
    if (d.gradient === true) return undefined;
    const fg = d.fg ?? d.fgColor;
    const bg = d.bg ?? d.bgColor;
    if (typeof fg !== 'string' || typeof bg !== 'string') continue;
    const out = { fg, bg };
    const size = fontSizePx(d.fontSize);
    const weight = fontWeightOf(d.fontWeight);
    if (size > 0 && size <= 10000) out.fontSizePx = size;
    if (weight >= 1 && weight <= 1000) out.fontWeight = weight;
    return out;
  }
  return undefined;
}

function checkNode(node, rule, i) {
  if (node === null || typeof node !== 'object') {
    throw bad(`results.violations (${rule}): nodes[${i}] must be an object`);
  }
  if (!Array.isArray(node.target) || !node.target.every((t) => typeof t === 'string')) {
    throw bad(`results.violations (${rule}): nodes[${i}].target must be an array of selectors`);
  }
}

/**
 * @param {any} results axe-compatible results ({ violations: [{ id, impact,
 *   tags, nodes: [{ target, html, impact, any/all/none }] }] })
 * @returns {{ input: object, refs: { rule: any, node: any }[] }} the
 *   report input and, per failure (same order), its rule entry and node
 */
export function toReportInput(results) {
  if (results === null || typeof results !== 'object' || !Array.isArray(results.violations)) {
    throw bad('report() takes audit results with a "violations" array (from audit() or axe-core)');
  }
  const failures = [];
  const refs = [];
  for (const rule of results.violations) {
    if (rule === null || typeof rule !== 'object' || typeof rule.id !== 'string' || !rule.id ||
        !Array.isArray(rule.nodes)) {
      throw bad('results.violations entries need an "id" and a "nodes" array');
    }
    rule.nodes.forEach((node, i) => {
      checkNode(node, rule.id, i);
      const impact = IMPACTS.has(node.impact) ? node.impact
        : IMPACTS.has(rule.impact) ? rule.impact : 'moderate';
      const facts = isLiveElement(node.element) ? liveFacts(node.element, rule.id)
        : snippetFacts(node, rule.id);
      const f = {
        rule: rule.id,
        impact,
        selector: selectorText(node.target),
        tags: Array.isArray(rule.tags) ? rule.tags.filter((t) => typeof t === 'string') : [],
        html: typeof node.html === 'string' ? node.html : '',
        ...facts,
      };
      const contrast = CONTRAST_RULES.has(rule.id) ? contrastOf(node) : undefined;
      if (contrast) f.contrast = contrast;
      failures.push(f);
      refs.push({ rule, node });
    });
  }
  return { input: { format: 'seamkit.report-input', version: 1, failures }, refs };
}
