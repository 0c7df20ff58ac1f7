/** One file of a model, as the manifest lists it. */
export interface ManifestFile {
  role: string;
  name: string;
  bytes: number;
  sha256: string;
}
export type ModelFallback =
  | { type: 'version'; version: string }
  | { type: 'model'; id: string; version: string }
  | { type: 'path'; name: string };
export interface ManifestModel {
  id: string;
  version: string;
  task: string;
  files: ManifestFile[];
  fallback?: ModelFallback;
  [key: string]: unknown;
}
export interface Manifest {
  models: ManifestModel[];
  [key: string]: unknown;
}
/** A loaded, verified, shared ONNX Runtime session of one model version. */
export interface ModelHandle {
  id: string;
  version: string;
  session: unknown;
  executionProvider: string;
  threads: number;
  simd: boolean;
  loadMs: number;
  /** Runs the session; a failure sets this version aside (rollback) and rejects with E_MODEL_UNAVAILABLE. */
  run(feeds: Record<string, unknown>): Promise<Record<string, unknown>>;
}
export interface RegistryEvents {
  load: { id: string; version: string; executionProvider: string; threads: number; simd: boolean; loadMs: number };
  run: { id: string; version: string; ms: number };
  integrity: { id: string; version: string; message: string };
  error: { id: string; version: string; message: string };
  rollback: { id: string; from: string; to: string | null; reason: string };
  fallback: { id: string; fallback: ModelFallback | null; reasons: string[] };
}
export interface RegistryOptions {
  manifest: Manifest;
  baseUrl: string | URL;
  /** Keep verified bytes in the Cache API (default true). */
  cache?: boolean;
  /** ONNX Runtime Web environment options. */
  ort?: object;
}
export declare class ModelRegistry {
  constructor(options: RegistryOptions);
  /** Reads the manifest (default: the package's models/manifest.json). */
  static create(options?: { manifestUrl?: string | URL; baseUrl?: string | URL; cache?: boolean; ort?: object }):
    Promise<ModelRegistry>;
  readonly manifest: Manifest;
  /** Versions of a model, newest first. */
  versions(id: string): string[];
  entry(id: string, version: string): ManifestModel;
  pin(id: string, version: string): void;
  unpin(id: string): void;
  on<K extends keyof RegistryEvents>(type: K, fn: (detail: RegistryEvents[K]) => void): () => void;
  /** The newest usable version in `range`; E_MODEL_UNAVAILABLE (with `fallback`, `reasons`) when none is left. */
  /**
   * The newest usable version in `range`; rolls back past versions that fail.
   * `followFallback`: when every version fails and the manifest declares
   * another model as the fallback, load and return that one instead.
   */
  load(id: string, options?: { range?: string; warmup?: (handle: ModelHandle) => Promise<void>;
    followFallback?: boolean }): Promise<ModelHandle>;
  /** Sets the current version aside; resolves to the version now used (null: none). */
  rollback(id: string, reason?: string): Promise<string | null>;
  dispose(id?: string, version?: string): Promise<void>;
}
