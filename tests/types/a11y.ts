// Compile-time check of the a11y declarations, through seamkit/a11y.
import {
  audit, auditSnapshot, auditRules, collectSnapshot, collectSnapshotAsync, materialize,
  probeMedia, MediaStatus, toAxeResults, type MediaProbeResult, sameOriginLinks, CompareStatus,
  type ComparedPage,
  type AuditResults, type EngineResults, type RuleInfo, type NodeResult,
} from 'seamkit/a11y';

export async function a11yUsage(doc: Document, el: Element): Promise<number> {
  const ac = new AbortController();
  const r: AuditResults = await audit(doc, {
    tags: ['wcag2a', 'wcag2aa', 'best-practice'],
    signal: ac.signal,
    onProgress: (p) => { if (p.phase === 'collect') void p.nodes; },
  });
  const scoped: AuditResults = await audit(el, { rules: ['image-alt'] });
  const fromHtml: AuditResults = await audit('<img src="x.png">');
  const first: NodeResult | undefined = r.violations[0]?.nodes[0];
  const target: string[] = first?.target ?? [];
  const acts: string[] = r.violations.flatMap((v) => v.actIds);
  const snap = collectSnapshot(doc);
  const engine: EngineResults = await auditSnapshot(snap.buffer, { rules: ['image-alt'] });
  const again: AuditResults = toAxeResults(engine, snap.nodes,
    { document: doc, version: '0', timing: {} });
  const kept: AuditResults = materialize(again);
  const rules: RuleInfo[] = await auditRules();
  const quiet: AuditResults = await audit(doc, { probeMedia: false, probeImages: false,
    observeChangesMs: 1000 });
  const links: string[] = sameOriginLinks(doc, { max: 3 });
  const compared = await audit(doc, { compareWith: [...links, new URL('/a', doc.baseURI), doc] });
  const pages: ComparedPage[] = compared.comparedPages ?? [];
  const ok = pages.filter((p) => p.status === CompareStatus.COMPARED).length + compared.timing.compareMs;
  const parsed = collectSnapshot(doc, { comparePages: [doc] });
  const probed = await collectSnapshotAsync(doc, { probeMedia: true, mediaMaxBytes: 1 << 20,
    mediaTimeoutMs: 5000, sliceMs: 20, probeImages: true });
  const sounds: Map<Element, MediaProbeResult> = await probeMedia(doc.querySelectorAll('video'),
    { timeoutMs: 1000 });
  const measured = [...sounds.values()].filter((m) => m.status === MediaStatus.MEASURED).length;
  return ok + parsed.nodes.length + r.timing.collectMs + r.timing.mediaMs + r.timing.imageMs + r.timing.watchMs + r.timing.wasmMs + quiet.passes.length +
    probed.buffer.byteLength + measured + scoped.passes.length + fromHtml.incomplete.length +
    target.length + acts.length + kept.inapplicable.length + rules.length +
    engine.rules.filter((x) => x.outcome === 'failed').length;
}
