// Engine results (JSON from the wasm core, node ids) → axe-core's result
// shape, with live-DOM selectors and HTML snippets, plus ACT rule ids.
//
// As in axe-core, a rule appears in every group it has nodes for: a rule
// with failed and passed nodes is listed in `violations` (the failed nodes)
// and in `passes` (the passed ones); a rule without nodes is `inapplicable`.
import { SelectorCache, htmlSnippet, targetOf } from './selector.js';
import { requireArg } from '../errors.js';

/** Engine outcome → axe group, in axe's group order. */
const GROUPS = [['failed', 'violations'], ['passed', 'passes'], ['cantTell', 'incomplete']];

/** The element a result on snapshot node `live` is reported on. */
function elementOf(live) {
  if (!live) return null;
  switch (live.nodeType) {
    case 1: return live;
    case 9: return live.documentElement; // document-level rules: <html>
    case 11: return live.host ?? null; // shadow root: its host
    default: return live.parentElement ?? null; // text
  }
}

function summary(outcome, message) {
  const head = outcome === 'failed' ? 'Fix all of the following:' : 'Review the following:';
  return `${head}\n  ${message}`;
}

/**
 * @param {{ rules: any[] }} engine parsed engine JSON (results_json.h)
 * @param {(Node | null)[]} nodes live nodes indexed by snapshot node id
 * @param {{ document: Document, version: string, timing: Record<string, number>,
 *           toolOptions?: object, top?: Document | Element }} env
 */
export function toAxeResults(engine, nodes, env) {
  requireArg(engine !== null && typeof engine === 'object' && Array.isArray(engine.rules),
    'toAxeResults() takes the results of auditSnapshot()');
  requireArg(Array.isArray(nodes), 'toAxeResults() takes the nodes of collectSnapshot()');
  requireArg(env !== null && typeof env === 'object' && env.document?.nodeType === 9,
    'toAxeResults() needs env.document (a Document)');
  const doc = env.document;
  const win = doc.defaultView;
  const cache = new SelectorCache();
  const top = env.top ?? doc;
  const out = {
    testEngine: { name: 'seamkit', version: env.version },
    testRunner: { name: 'seamkit' },
    testEnvironment: {
      userAgent: win?.navigator?.userAgent ?? '',
      windowWidth: win?.innerWidth ?? 0,
      windowHeight: win?.innerHeight ?? 0,
    },
    timestamp: new Date().toISOString(),
    url: doc.URL,
    toolOptions: env.toolOptions ?? {},
    violations: [], passes: [], incomplete: [], inapplicable: [],
    timing: env.timing,
  };
  for (const rule of engine.rules) {
    const entry = (outcome) => ({
      id: rule.id,
      impact: outcome === 'failed' || outcome === 'cantTell' ? rule.impact : null,
      tags: rule.tags,
      description: rule.description,
      help: rule.help,
      helpUrl: rule.helpUrl,
      actIds: rule.actIds,
      wcag: rule.wcag,
      nodes: [],
    });
    if (rule.nodes.length === 0) {
      out.inapplicable.push(entry('inapplicable'));
      continue;
    }
    for (const [outcome, group] of GROUPS) {
      const picked = rule.nodes.filter((n) => n.outcome === outcome);
      if (picked.length === 0) continue;
      const e = entry(outcome);
      const build = () => picked.map((n) => nodeResult(rule, n, nodes, top, cache));
      if (outcome === 'passed') lazy(e, 'nodes', build);
      else e.nodes = build();
      out[group].push(e);
    }
  }
  return out;
}

/**
 * Builds every lazy `passes` node list of `results` now (e.g. before the
 * audited document goes away or changes). Returns `results`.
 * @template T
 * @param {T} results
 * @returns {T}
 */
export function materialize(results) {
  requireArg(results !== null && typeof results === 'object' && Array.isArray(results.violations),
    'materialize() takes the results of audit()');
  for (const group of ['violations', 'passes', 'incomplete']) {
    for (const rule of /** @type {any} */ (results)[group] ?? []) {
      for (const node of rule.nodes) { void node.html; void node.target; }
    }
  }
  return results;
}

/** An enumerable property computed on first read, then stored as data. */
function lazy(obj, key, compute) {
  Object.defineProperty(obj, key, {
    enumerable: true,
    configurable: true,
    get() {
      const value = compute();
      Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
      return value;
    },
    set(value) {
      Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
    },
  });
}

function nodeResult(rule, n, nodes, top, cache) {
  const el = elementOf(nodes[n.node]);
  const failed = n.outcome !== 'passed';
  const check = { id: rule.id, data: n.data ?? null, relatedNodes: [],
    impact: rule.impact, message: n.message };
  const item = {
    any: [],
    all: failed ? [] : [check],
    none: failed ? [check] : [],
    impact: failed ? rule.impact : null,
    html: '',
    target: [],
    failureSummary: failed ? summary(n.outcome, n.message) : undefined,
    nodeId: n.node,
  };
  // `html` and `target` read the live DOM (serialising, walking ancestors
  // for a unique selector). Passes are most of the nodes on a big page and
  // rarely read, so a pass rule's `nodes` list is built on its first read
  // (see toAxeResults); the items themselves are plain data.
  if (el) {
    item.html = htmlSnippet(el);
    item.target = targetOf(el, top, cache);
  }
  // The live element, for highlighting; not enumerable, so results stay
  // plain JSON.
  Object.defineProperty(item, 'element', { value: el, enumerable: false });
  return item;
}
