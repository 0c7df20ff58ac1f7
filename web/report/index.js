// seamkit/report: "fix these first" — audit results grouped by root cause,
// prioritized by estimated impact on users with disabilities, each group
// with a ready-to-paste fix; exports to JSON, SARIF 2.1.0 and HTML.
//
//   import { audit, report } from 'seamkit';
//   const r = await report(await audit(document));
//   r.summary.sentence; // "Fix these 3 issues first: they affect an estimated …"
//   r.fixFirst[0].fix.snippet;
//
// Grouping, scores, the "fix first" pick and the fixes are computed in the
// wasm core (core/report); this module maps results in and groups out.
import { loadCore } from '../loader.js';
import { ErrorCodes, SeamkitError, requireArg, unwrap } from '../errors.js';
import { selectorText, toReportInput } from './input.js';
import { checkReport } from './check.js';

export { toSARIF, SARIF_SCHEMA_URI } from './sarif.js';
export { toHTML } from './html.js';
export { suggestionView } from './suggestions.js';

/** Shape version of the object report() returns. */
export const REPORT_VERSION = 1;

function checkOptions(options) {
  requireArg(options !== null && typeof options === 'object', 'report options must be an object');
  const n = options.fixFirst;
  requireArg(n === undefined || (Number.isInteger(n) && n >= 0 && n <= 50),
    'options.fixFirst must be an integer from 0 to 50');
}

function instanceOf(ref) {
  const { node } = ref;
  const inst = {
    target: [...node.target],
    selector: selectorText(node.target),
    html: typeof node.html === 'string' ? node.html : '',
    failureSummary: typeof node.failureSummary === 'string' ? node.failureSummary : '',
  };
  // The live element when the audit ran in this realm (not enumerable).
  Object.defineProperty(inst, 'element', { value: node.element ?? null, enumerable: false });
  return inst;
}

function ruleOf(entry) {
  const strings = (v) => (Array.isArray(v) ? v.filter((x) => typeof x === 'string') : []);
  const text = (v) => (typeof v === 'string' ? v : '');
  return {
    id: entry.id,
    help: text(entry.help) || entry.id,
    description: text(entry.description),
    helpUrl: text(entry.helpUrl),
    tags: strings(entry.tags),
    wcag: strings(entry.wcag),
    actIds: strings(entry.actIds),
  };
}

function buildGroups(core, refs) {
  const labels = new Map(core.userGroups.map((u) => [u.id, u.label]));
  const picked = new Set(core.fixFirst);
  const groups = core.groups.map((g, index) => ({
    id: g.id,
    rank: g.rank,
    fixFirst: picked.has(index),
    rule: ruleOf(refs[g.instances[0]].rule),
    impact: g.impact,
    tags: g.tags,
    category: g.category,
    cause: g.cause,
    affected: g.affected.map((id) => ({ id, label: labels.get(id) ?? id })),
    count: g.instances.length,
    instances: g.instances.map((i) => instanceOf(refs[i])),
    score: g.score,
    flags: g.flags,
    fix: g.fix,
  }));
  return {
    groups: [...groups].sort((a, b) => a.rank - b.rank),
    fixFirst: core.fixFirst.map((i) => groups[i]),
  };
}

/**
 * Turns audit results into the prioritized report.
 * @param {any} auditResults from audit() or axe-core's run()
 * @param {{ fixFirst?: number }} [options] fixFirst: how many groups to pick (default 3)
 * @returns {Promise<any>} see index.d.ts (Report)
 */
export async function report(auditResults, options = {}) {
  checkOptions(options);
  const { input, refs } = toReportInput(auditResults);
  const core = await loadCore();
  const raw = unwrap(core.reportBuild(JSON.stringify(input), options.fixFirst ?? 3));
  let parsed;
  try {
    parsed = JSON.parse(raw);
  } catch (e) {
    throw new SeamkitError(ErrorCodes.INTERNAL, 'report: the core returned invalid JSON', { cause: e });
  }
  const { groups, fixFirst } = buildGroups(parsed, refs);
  const instances = refs.length;
  return {
    format: 'seamkit.report',
    version: REPORT_VERSION,
    priorityModel: parsed.priorityModel,
    url: typeof auditResults.url === 'string' ? auditResults.url : '',
    timestamp: typeof auditResults.timestamp === 'string' ? auditResults.timestamp
      : new Date().toISOString(),
    engine: auditResults.testEngine ?? null,
    summary: {
      sentence: parsed.summary.sentence,
      share: parsed.summary.share,
      allShare: parsed.summary.allShare,
      estimate: true,
      method: parsed.summary.method,
      groups: groups.length,
      instances,
      rules: new Set(groups.map((g) => g.rule.id)).size,
      sources: parsed.sources,
      userGroups: parsed.userGroups,
    },
    fixFirst,
    groups,
    results: auditResults,
  };
}

/**
 * axe-compatible results plus `groups`, `priorities` and `fixes`: plain
 * JSON (no live elements), ready for JSON.stringify.
 * @param {any} r a report from report()
 */
export function toJSON(r) {
  checkReport(r, 'toJSON');
  const plain = (v) => JSON.parse(JSON.stringify(v ?? null));
  const results = plain(r.results) ?? {};
  const groups = r.groups.map((g) => ({
    id: g.id, rule: g.rule.id, impact: g.impact, tags: g.tags, category: g.category,
    cause: g.cause, affected: g.affected.map((a) => a.id), count: g.count,
    instances: g.instances.map((i) => ({ target: i.target, html: i.html })),
  }));
  return {
    ...results,
    priorityModel: r.priorityModel,
    groups,
    priorities: {
      model: r.priorityModel,
      summary: r.summary.sentence,
      estimate: true,
      share: r.summary.share,
      allShare: r.summary.allShare,
      fixFirst: r.fixFirst.map((g) => g.id),
      ranked: r.groups.map((g) => ({ group: g.id, rank: g.rank, ...g.score, flags: g.flags })),
      method: r.summary.method,
      sources: plain(r.summary.sources),
    },
    fixes: r.groups.map((g) => ({ group: g.id, ...plain(g.fix) })),
  };
}
