// Engine results (JSON from the wasm core, node ids) → axe-core's result
// shape, with live-DOM selectors and HTML snippets, plus ACT rule ids.
import { targetOf, htmlSnippet } from './selector.js';

const GROUP = { failed: 'violations', passed: 'passes', cantTell: 'incomplete', inapplicable: 'inapplicable' };

/**
 * @param {{ rules: any[] }} engine parsed engine JSON
 * @param {(Node | null)[]} nodes live nodes indexed by snapshot node id
 * @param {{ document: Document, version: string, timings: Record<string, number> }} env
 */
export function toAxeResults(engine, nodes, env) {
  const doc = env.document;
  const win = doc.defaultView;
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
    timings: env.timings,
  };
  for (const rule of engine.rules) {
    const group = GROUP[rule.outcome];
    if (!group) continue;
    const wanted = rule.outcome === 'inapplicable' ? null : rule.outcome;
    const entry = {
      id: rule.id,
      impact: rule.outcome === 'failed' || rule.outcome === 'cantTell' ? rule.impact : null,
      tags: rule.tags,
      description: rule.description,
      help: rule.help,
      helpUrl: rule.helpUrl,
      actIds: rule.actIds,
      wcag: rule.wcag,
      nodes: [],
    };
    for (const n of rule.nodes) {
      // Each group lists the nodes with that outcome (axe does the same).
      if (n.outcome !== wanted) continue;
      const live = nodes[n.node] ?? null;
      const el = live && live.nodeType === 1 ? live : live?.parentElement ?? null;
      const check = { id: rule.id, data: n.data ?? null, relatedNodes: [], impact: rule.impact, message: n.message };
      const item = {
        any: [],
        all: n.outcome === 'passed' ? [check] : [],
        none: n.outcome === 'passed' ? [] : [check],
        impact: n.outcome === 'passed' ? null : rule.impact,
        html: el ? htmlSnippet(el) : '',
        target: el ? targetOf(el, doc) : [],
        failureSummary: n.outcome === 'passed' ? undefined
          : `${n.outcome === 'failed' ? 'Fix this' : 'Review this'}:\n  ${n.message}`,
        nodeId: n.node,
      };
      // The live element, for highlighting; not enumerable, so results stay
      // plain JSON.
      Object.defineProperty(item, 'element', { value: el, enumerable: false });
      entry.nodes.push(item);
    }
    out[group].push(entry);
  }
  return out;
}
