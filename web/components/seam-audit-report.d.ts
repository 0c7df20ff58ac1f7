import type { Report, ReportGroup, SuggestionsInput } from '../report/index.js';
import type { ImageTextSuggestion } from '../a11y/ocr-suggest.js';

/** <seam-audit-report>: see seam-audit-report.js. */
export declare class SeamAuditReportElement extends HTMLElement {
  static readonly observedAttributes: string[];
  /** The report to show (from report()); null shows a placeholder. */
  report: Report | null;
  /** The audited document, when it is a same-origin iframe's and the results came from JSON. */
  targetDocument: Document | null;
  /**
   * AI-assisted alt suggestions (suggestImageText()'s answer or its suggestions), shown as a
   * separate section after the report; the report itself is unchanged. Bad values throw E_INVALID_ARGUMENT.
   */
  suggestions: SuggestionsInput;
  /** Records accepted (verdict: not edited) and dismissed (verdict: false) suggestions. */
  feedback: { record(r: { modelId: string; output: number; userVerdict: boolean }): unknown } | null;
  /** The live element of an instance, or null when it is not reachable from this page. */
  elementFor(group: ReportGroup, index: number): Element | null;
}

export interface SeamCopyEventDetail { group: string; ok: boolean }
export interface SeamHighlightEventDetail { group: string; instance: number; element: Element }
export interface SeamSuggestionAcceptEventDetail {
  index: number;
  suggestion: ImageTextSuggestion;
  /** The alt text as the user left it in the field (whitespace collapsed). */
  text: string;
  /** True when the user changed the suggested text. */
  edited: boolean;
  /** True when the text reached the clipboard (Clipboard API or the execCommand fallback). */
  copied: boolean;
  /** True when it was recorded in `feedback`. */
  recorded: boolean;
}
export interface SeamSuggestionDismissEventDetail {
  index: number;
  suggestion: ImageTextSuggestion;
  recorded: boolean;
}

declare global {
  interface HTMLElementTagNameMap {
    'seam-audit-report': SeamAuditReportElement;
  }
  interface HTMLElementEventMap {
    'seam-copy': CustomEvent<SeamCopyEventDetail>;
    'seam-highlight': CustomEvent<SeamHighlightEventDetail>;
    'seam-suggestion-accept': CustomEvent<SeamSuggestionAcceptEventDetail>;
    'seam-suggestion-dismiss': CustomEvent<SeamSuggestionDismissEventDetail>;
  }
}
