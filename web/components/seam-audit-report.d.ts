import type { Report, ReportGroup } from '../report/index.js';

/** <seam-audit-report>: see seam-audit-report.js. */
export declare class SeamAuditReportElement extends HTMLElement {
  static readonly observedAttributes: string[];
  /** The report to show (from report()); null shows a placeholder. */
  report: Report | null;
  /** The audited document, when it is a same-origin iframe's and the results came from JSON. */
  targetDocument: Document | null;
  /** The live element of an instance, or null when it is not reachable from this page. */
  elementFor(group: ReportGroup, index: number): Element | null;
}

export interface SeamCopyEventDetail { group: string; ok: boolean }
export interface SeamHighlightEventDetail { group: string; instance: number; element: Element }

declare global {
  interface HTMLElementTagNameMap {
    'seam-audit-report': SeamAuditReportElement;
  }
  interface HTMLElementEventMap {
    'seam-copy': CustomEvent<SeamCopyEventDetail>;
    'seam-highlight': CustomEvent<SeamHighlightEventDetail>;
  }
}
