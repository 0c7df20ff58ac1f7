// toSARIF(): the report as a SARIF 2.1.0 log (OASIS Static Analysis
// Results Interchange Format). One rule per audit rule (WCAG tags, help
// URI), one result per failing element, located by its CSS selector as a
// logical location of kind "element" (SARIF 2.1.0 §3.33.7) and, when the
// page URL is known, by the page as the artifact with the element's HTML as
// the region snippet. Groups and priorities ride in property bags.
import { checkReport } from './check.js';

export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';

/** axe impact → SARIF level. */
const LEVEL = { critical: 'error', serious: 'error', moderate: 'warning', minor: 'note' };

function ruleDescriptor(g) {
  const d = {
    id: g.rule.id,
    shortDescription: { text: g.rule.help },
    fullDescription: { text: g.rule.description || g.rule.help },
    help: { text: `${g.rule.help}. ${g.fix.why}`.trim() },
    defaultConfiguration: { level: LEVEL[g.impact] ?? 'warning' },
    properties: {
      tags: [...new Set(['accessibility', ...g.rule.tags])],
      wcag: g.rule.wcag,
      actIds: g.rule.actIds,
      category: g.category.id,
    },
  };
  if (/^https?:\/\//i.test(g.rule.helpUrl)) d.helpUri = g.rule.helpUrl;
  return d;
}

function location(inst, url) {
  const loc = {
    logicalLocations: [{ fullyQualifiedName: inst.selector, kind: 'element' }],
  };
  if (url) {
    loc.physicalLocation = { artifactLocation: { uri: url, index: 0 } };
    if (inst.html) loc.physicalLocation.region = { snippet: { text: inst.html } };
  }
  return loc;
}

/**
 * @param {any} r a report from report()
 * @returns {object} a SARIF 2.1.0 log (plain JSON)
 */
export function toSARIF(r) {
  checkReport(r, 'toSARIF');
  const rules = [];
  const ruleIndex = new Map();
  for (const g of r.groups) {
    if (ruleIndex.has(g.rule.id)) continue;
    ruleIndex.set(g.rule.id, rules.length);
    rules.push(ruleDescriptor(g));
  }
  const url = typeof r.url === 'string' ? r.url : '';
  const results = [];
  for (const g of r.groups) {
    g.instances.forEach((inst, i) => {
      results.push({
        ruleId: g.rule.id,
        ruleIndex: ruleIndex.get(g.rule.id),
        level: LEVEL[g.impact] ?? 'warning',
        message: { text: inst.failureSummary ? `${g.rule.help}. ${inst.failureSummary}` : g.rule.help },
        locations: [location(inst, url)],
        partialFingerprints: { 'seamkitGroup/v1': g.id, 'selector/v1': inst.selector },
        properties: {
          group: g.id, instance: i, rank: g.rank, fixFirst: g.fixFirst, impact: g.impact,
          priorityScore: g.score.score,
        },
      });
    });
  }
  const driver = { name: 'seamkit', rules };
  if (r.engine?.version) driver.version = String(r.engine.version);
  const run = {
    tool: { driver },
    results,
    properties: {
      priorityModel: r.priorityModel,
      summary: r.summary.sentence,
      estimate: true,
      share: r.summary.share,
      fixFirst: r.fixFirst.map((g) => g.id),
    },
  };
  if (url) run.artifacts = [{ location: { uri: url }, mimeType: 'text/html' }];
  return { $schema: SARIF_SCHEMA_URI, version: '2.1.0', runs: [run] };
}
