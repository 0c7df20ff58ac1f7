// Type check of seamkit/report and <seam-audit-report> as a consumer writes them.
import { audit, report, reportToJSON, toHTML, toSARIF, type Report } from 'seamkit';
import * as rep from 'seamkit/report';
import 'seamkit/elements/audit-report';
import type { SeamAuditReportElement } from 'seamkit/elements/audit-report';

async function main(): Promise<void> {
  const results = await audit(document, { tags: ['wcag2a', 'wcag2aa'] });
  const r: Report = await report(results, { fixFirst: 3 });
  const sentence: string = r.summary.sentence;
  const share: number = r.summary.share;
  const model: string = r.priorityModel;
  for (const g of r.fixFirst) {
    const snippet: string = g.fix.snippet;
    const who: string[] = g.affected.map((a) => a.label);
    const hex: string | undefined = g.fix.contrast?.fixes[0]?.hex;
    const el: Element | null = g.instances[0]?.element ?? null;
    void [snippet, who, hex, el];
  }
  const json = reportToJSON(r);
  const fixFirstIds: string[] = json.priorities.fixFirst;
  const sarif = toSARIF(r);
  const v: '2.1.0' = sarif.version;
  const html: string = toHTML(r, { title: 'Shop' });
  const same: string = rep.toHTML(r);
  const again = await rep.report({ violations: [] });
  const el: SeamAuditReportElement = document.createElement('seam-audit-report');
  el.report = again;
  el.targetDocument = document;
  el.addEventListener('seam-copy', (e) => { const ok: boolean = e.detail.ok; void ok; });
  el.addEventListener('seam-highlight', (e) => { const n: number = e.detail.instance; void n; });
  void [sentence, share, model, fixFirstIds, v, html, same];
  // @ts-expect-error fixFirst is a number
  await report(results, { fixFirst: 'three' });
}
void main;
