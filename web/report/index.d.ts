// Types of seamkit/report (web/report/index.js).
import type { AuditResults, Impact } from '../a11y/index.js';
import type { ImageTextSuggestion, ImageTextSuggestions } from '../a11y/ocr-suggest.js';

export type CauseKind = 'color-pair' | 'component' | 'class-list' | 'missing-attribute' | 'single';

export interface ReportOptions {
  /** How many groups to pick as "fix first" (0..50, default 3). */
  fixFirst?: number;
}

export interface ColourFix {
  level: 'AA' | 'AAA';
  change: 'text' | 'background';
  /** False when no colour of this hue reaches the target. */
  reachable: boolean;
  target: number;
  hex?: string;
  ratio?: number;
  /** OKLab distance from the original colour. */
  deltaE?: number;
}

export interface ContrastFixes {
  fg: string;
  bg: string;
  ratio: number;
  largeText: boolean;
  /** AA text, AA background, AAA text, AAA background. */
  fixes: ColourFix[];
}

export interface GroupFix {
  /** 'css', 'html', or '' when there is no snippet. */
  language: string;
  /** Ready to paste; plain text. */
  snippet: string;
  /** One sentence in plain language. */
  why: string;
  /** Text in the snippet to check (a suggested name), and where it came from. */
  suggestion: string;
  suggestionSource: string;
  contrast?: ContrastFixes;
}

export interface ReportInstance {
  /** One selector per document or shadow root crossed, outermost first. */
  target: string[];
  /** target joined with " >>> ". */
  selector: string;
  html: string;
  failureSummary: string;
  /** The live element when the audit ran in this realm (not enumerable). */
  readonly element: Element | null;
}

export interface ReportRule {
  id: string;
  help: string;
  description: string;
  helpUrl: string;
  tags: string[];
  wcag: string[];
  actIds: string[];
}

export interface ReportGroup {
  /** rule + "|" + cause; stable across runs. */
  id: string;
  /** 1 = highest priority score. */
  rank: number;
  fixFirst: boolean;
  rule: ReportRule;
  impact: Impact;
  tags: string[];
  category: { id: string; label: string };
  cause: { kind: CauseKind; value: string };
  /** User groups rated as seriously affected. */
  affected: { id: string; label: string }[];
  count: number;
  instances: ReportInstance[];
  score: { severity: number; share: number; prominence: number; score: number };
  flags: { interactive: boolean; firstViewport: boolean; mainOrNav: boolean; blocksTask: boolean };
  fix: GroupFix;
}

export interface ImpactFigure {
  id: string;
  value: number;
  unit: 'percent' | 'people';
  population: string;
  statement: string;
  /** The published source; never empty. */
  source: string;
}

export interface ReportSummary {
  /** One sentence that states the share and says it is an estimate. */
  sentence: string;
  /** Estimated share (0..1) of users with disabilities the fix-first groups affect. */
  share: number;
  /** The same for all the groups. */
  allShare: number;
  estimate: true;
  /** "How we estimate", plain language. */
  method: string;
  groups: number;
  instances: number;
  rules: number;
  sources: ImpactFigure[];
  userGroups: { id: string; label: string; weightPercent: number; basis: string[]; caveat: string }[];
}

export interface Report {
  format: 'seamkit.report';
  /** Version of this object's shape. */
  version: 1;
  /** The priority model, e.g. "priority-model 1.0": reports with the same one are comparable. */
  priorityModel: string;
  url: string;
  timestamp: string;
  engine: { name: string; version: string } | null;
  summary: ReportSummary;
  /** The "fix first" groups, in pick order (the same objects as in groups). */
  fixFirst: ReportGroup[];
  /** Every group, by rank. */
  groups: ReportGroup[];
  /** The audit results the report was made from. */
  results: AuditResults | Record<string, unknown>;
}

export const REPORT_VERSION: 1;
export const SARIF_SCHEMA_URI: string;

export function report(
  auditResults: AuditResults | { violations: unknown[]; [key: string]: unknown },
  options?: ReportOptions,
): Promise<Report>;

export interface ReportJSON extends Record<string, unknown> {
  violations: unknown[];
  priorityModel: string;
  groups: {
    id: string; rule: string; impact: Impact; tags: string[];
    category: { id: string; label: string }; cause: { kind: CauseKind; value: string };
    affected: string[]; count: number; instances: { target: string[]; html: string }[];
  }[];
  priorities: {
    model: string; summary: string; estimate: true; share: number; allShare: number;
    fixFirst: string[];
    ranked: ({ group: string; rank: number; severity: number; share: number;
      prominence: number; score: number; flags: ReportGroup['flags'] })[];
    method: string; sources: ImpactFigure[];
  };
  fixes: (GroupFix & { group: string })[];
}

/** axe-compatible results plus groups, priorities and fixes (plain JSON). */
export function toJSON(report: Report): ReportJSON;

/** A SARIF 2.1.0 log (plain JSON). */
export function toSARIF(report: Report): {
  $schema: string;
  version: '2.1.0';
  runs: Record<string, unknown>[];
};

/** What the report's "AI-assisted suggestions" section takes: suggestImageText()'s answer or its suggestions. */
export type SuggestionsInput = ImageTextSuggestions | ImageTextSuggestion[] | null;

export interface ToHTMLOptions {
  title?: string;
  /** Shown after the report as a separate, escaped "AI-assisted suggestions" section. */
  suggestions?: SuggestionsInput;
}

/** A self-contained HTML document (no scripts). */
export function toHTML(report: Report, options?: ToHTMLOptions): string;

/** Every string the suggestions section shows for one suggestion. */
export interface SuggestionView {
  aiAssisted: true;
  kind: ImageTextSuggestion['kind'];
  heading: string;
  /** What the image appears to say. */
  says: string;
  saysLabel: string;
  currentAlt: string | null;
  /** The current alt, or 'none'. */
  currentAltText: string;
  currentAltLabel: string;
  /** The suggested alt (the field's initial value). */
  suggestedAlt: string;
  editLabel: string;
  /** Calibrated confidence, 0..1. */
  confidence: number;
  confidenceText: string;
  /** "This image appears to say “…”": the claim the confidence is about. */
  claim: string;
  needsReview: boolean;
  statusLabel: 'Needs review' | 'Suggested';
  statusText: string;
  selector: string;
  modelId: string | null;
  reviewBelow: number;
  raw: number | null;
}

/** The view model of one suggestion (throws E_INVALID_ARGUMENT for anything else). */
export function suggestionView(suggestion: ImageTextSuggestion): SuggestionView;
