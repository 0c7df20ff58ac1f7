// Types of seamkit/a11y (web/a11y/index.js).

export type A11yTag =
  | 'wcag2a' | 'wcag2aa' | 'wcag21a' | 'wcag21aa' | 'wcag22aa' | 'best-practice'
  | (string & {});

export type Impact = 'minor' | 'moderate' | 'serious' | 'critical';
export type EngineOutcome = 'passed' | 'failed' | 'cantTell' | 'inapplicable';

export interface AuditProgress {
  /** 'collect' (repeated on large pages), then 'audit', 'results', 'done'. */
  phase: 'collect' | 'audit' | 'results' | 'done';
  /** Snapshot nodes collected so far. */
  nodes: number;
}

export interface SnapshotAuditOptions {
  /** Rule ids to run (an unknown id is an E_INVALID_ARGUMENT error). */
  rules?: string[];
  /** Run the rules carrying any of these tags. */
  tags?: A11yTag[];
  signal?: AbortSignal;
}

export interface AuditOptions extends SnapshotAuditOptions {
  onProgress?: (progress: AuditProgress) => void;
  /**
   * Measure the sound of autoplaying, unmuted audio/video (default true):
   * resources on the page's own origin are fetched and decoded in the page.
   * False: the autoplay rules report cantTell for such media.
   */
  probeMedia?: boolean;
  /**
   * Measure raster background images under text (default true): a single
   * url() image on the page's own origin is decoded in the page and its
   * darkest and lightest pixels under each text recorded for the contrast
   * rules. False: such text is cantTell.
   */
  probeImages?: boolean;
  /**
   * Watch the document this long (ms, at most 60000; and at least until it
   * is 5.5 s old) for text that changes by itself, for the rule
   * text-changes-pausable (ACT efbfc7). Default 0: not watched, and that
   * rule is left out of the results. A page without scripts is not waited on.
   */
  observeChangesMs?: number;
  /**
   * Other pages of the site (at most 8): URLs (relative to the page; the
   * page's own origin only, redirects not followed, 4 MiB and 10 s at most)
   * or parsed Documents. The page's elements whose content one of them also
   * has are its repeated content, and the bypass-blocks rules (bypass,
   * page-has-heading, landmark-main-content, skip-link; ACT cf77f2, 047fe0,
   * b40fd1, ye5d6e) decide by the ACT definitions, failures included.
   * Without it those rules never fail. Nothing is fetched unless named here;
   * sameOriginLinks() lists candidates. Needs a Document or HTML string target.
   */
  compareWith?: Array<string | URL | Document>;
}

export type CompareStatusValue =
  | 'compared' | 'cross-origin' | 'redirected' | 'load-failed' | 'not-html' | 'too-large'
  | 'timed-out' | 'invalid-url';

export interface ComparedPage {
  url: string;
  status: CompareStatusValue;
  /** Why a page was not compared. */
  reason?: string;
}

export interface RuleInfo {
  id: string;
  description: string;
  help: string;
  helpUrl: string;
  impact: Impact;
  tags: string[];
  /** W3C ACT rule ids this rule implements. */
  actIds: string[];
  /** WCAG success criteria, e.g. "1.1.1". */
  wcag: string[];
}

export interface CheckResult {
  id: string;
  data: Record<string, unknown> | null;
  relatedNodes: unknown[];
  impact: Impact;
  message: string;
}

export interface NodeResult {
  any: CheckResult[];
  all: CheckResult[];
  none: CheckResult[];
  impact: Impact | null;
  /** The element's HTML (start tag and "…" when long). */
  html: string;
  /** One unique CSS selector per document or shadow root crossed, outermost first. */
  target: string[];
  failureSummary?: string;
  /** The node's id in the snapshot. */
  nodeId: number;
  /** The live element (not enumerable). */
  readonly element: Element | null;
}

export interface RuleResult {
  id: string;
  impact: Impact | null;
  tags: string[];
  description: string;
  help: string;
  helpUrl: string;
  actIds: string[];
  wcag: string[];
  nodes: NodeResult[];
}

export interface AuditTiming {
  /** DOM walk, computed-style reads and snapshot encoding. */
  collectMs: number;
  /** Fetching and decoding autoplaying media (0 when there is none). */
  mediaMs: number;
  /** Fetching and measuring background images under text (0 when there is none). */
  imageMs: number;
  /** Watching for text changes (waiting, not counted in totalMs; 0 when not watched). */
  watchMs: number;
  /** Comparing with the compareWith pages (fetching not counted; 0 without). */
  compareMs: number;
  /** Copy into wasm, decoding, the rules and the results JSON. */
  wasmMs: number;
  /** JSON parsing, selectors and HTML snippets. */
  resultsMs: number;
  totalMs: number;
  /** Wall clock from start to end, including yields to the event loop. */
  elapsedMs: number;
  nodes: number;
  snapshotBytes: number;
  /** Size of the wasm linear memory (it only grows: the peak so far). */
  wasmMemoryBytes: number;
}

export interface AuditResults {
  testEngine: { name: 'seamkit'; version: string };
  testRunner: { name: string };
  testEnvironment: { userAgent: string; windowWidth: number; windowHeight: number };
  timestamp: string;
  url: string;
  toolOptions: { rules?: string[]; tags?: string[] };
  violations: RuleResult[];
  passes: RuleResult[];
  incomplete: RuleResult[];
  inapplicable: RuleResult[];
  timing: AuditTiming;
  /** With options.compareWith: each page, in order, and whether it was compared. */
  comparedPages?: ComparedPage[];
}

export interface EngineNodeResult {
  node: number;
  outcome: Exclude<EngineOutcome, 'inapplicable'>;
  message: string;
  data?: Record<string, unknown>;
}

export interface EngineRuleResult extends RuleInfo {
  outcome: EngineOutcome;
  nodes: EngineNodeResult[];
}

export interface EngineResults {
  engine: 'seamkit';
  formatVersion: number;
  rules: EngineRuleResult[];
  timing: { wasmMs: number; parseMs: number; wasmMemoryBytes: number };
}

export interface Snapshot {
  /** The binary snapshot (transferable). */
  buffer: ArrayBuffer;
  /** nodes[i]: the live node of snapshot node id i. */
  nodes: Node[];
  stats: Record<string, number>;
}

export interface CollectOptions {
  maxNodes?: number;
  /** Read ::before/::after `content` (default true). */
  pseudoContent?: boolean;
  signal?: AbortSignal;
  /** Other pages of the site, parsed: flag the root document's repeated content. */
  comparePages?: Document[];
}

export interface AsyncCollectOptions extends Omit<CollectOptions, 'comparePages'> {
  sliceMs?: number;
  onProgress?: (nodes: number) => void;
  /** Measure autoplaying media's sound into the snapshot (default false here; audit() sets it). */
  probeMedia?: boolean;
  /** Largest media resource the probe fetches (default 32 MiB). */
  mediaMaxBytes?: number;
  /** Time budget of the media probe (default 10 s); then TIMED_OUT. */
  mediaTimeoutMs?: number;
  /** Measure background images under text into the snapshot (default false here; audit() sets it). */
  probeImages?: boolean;
  /** Watch the root document this long for text that changes by itself (default 0: not). */
  observeChangesMs?: number;
  /** Like CollectOptions.comparePages; a promise is awaited after the DOM walk. */
  comparePages?: Document[] | Promise<Document[]>;
}

export const STANDARD_TAGS: readonly string[];

export function init(options?: {
  wasmUrl?: string | URL;
  wasmBinary?: ArrayBuffer | Uint8Array;
}): Promise<void>;

export function auditRules(): Promise<RuleInfo[]>;

export function audit(
  target?: Document | Element | string,
  options?: AuditOptions,
): Promise<AuditResults>;

export function auditSnapshot(
  bytes: ArrayBuffer | ArrayBufferView,
  options?: SnapshotAuditOptions,
): Promise<EngineResults>;

export function collectSnapshot(root?: Document | Element, options?: CollectOptions): Snapshot;

export function collectSnapshotAsync(
  root?: Document | Element,
  options?: AsyncCollectOptions,
): Promise<Snapshot>;

/** Statuses of results.comparedPages. */
export const CompareStatus: Readonly<{
  COMPARED: 'compared'; CROSS_ORIGIN: 'cross-origin'; REDIRECTED: 'redirected';
  LOAD_FAILED: 'load-failed'; NOT_HTML: 'not-html'; TOO_LARGE: 'too-large';
  TIMED_OUT: 'timed-out'; INVALID_URL: 'invalid-url';
}>;

/**
 * Same-origin http(s) pages the document links to (a/area href, fragment
 * removed, not the document itself, no download links), distinct, in tree
 * order, at most `max` (default 8): candidates for audit()'s compareWith.
 * Review them first: fetching a URL is a GET request.
 */
export function sameOriginLinks(doc?: Document, options?: { max?: number }): string[];

/** Media probe outcomes (MediaStatus in core/a11y/snapshot.h). */
export const MediaStatus: Readonly<{
  MEASURED: 0; NO_AUDIO_TRACK: 1; CROSS_ORIGIN: 2; LOAD_FAILED: 3; TOO_LARGE: 4; TIMED_OUT: 5;
}>;

export interface MediaProbeResult {
  status: number;
  /** The URL examined (with its fragment); "" when none. */
  url: string;
  /** Seconds (MEASURED only). */
  duration: number;
  /** Audible spans as [start, end, start, end, ...] seconds. */
  spans: number[];
}

/**
 * Fetches each element's media from the page's own origin (never another)
 * and measures where its sound is audible. Aborting rejects (E_ABORTED);
 * the time budget running out gives TIMED_OUT results.
 */
export function probeMedia(
  elements: Iterable<Element>,
  options?: { signal?: AbortSignal; maxBytes?: number; timeoutMs?: number },
): Promise<Map<Element, MediaProbeResult>>;

export function toAxeResults(
  engine: EngineResults,
  nodes: ArrayLike<Node | null>,
  env: {
    document: Document;
    version: string;
    timing: Partial<AuditTiming>;
    toolOptions?: object;
    top?: Document | Element;
  },
): AuditResults;

/**
 * The `nodes` of each `passes` entry (with their `html` and `target`, read
 * from the live DOM) are built on first read; this builds them all now, e.g.
 * before the page changes.
 */
export function materialize<T extends AuditResults>(results: T): T;
