import type { ModelRegistry } from '../models/registry.js';

export interface DriftFigures {
  samples: number;
  psi: number | null;
  ks: number | null;
  psiThreshold: number;
  ksThreshold: number;
  minSamples: number;
  enoughSamples: boolean;
  psiExceeded: boolean;
  ksExceeded: boolean;
  drift: boolean;
  referenceStatus: 'provisional' | 'measured';
}
export interface ModelFigures {
  model: string;
  version: string;
  requests: number;
  successes: number;
  errors: number;
  fallbacks: number;
  errorRate: number;
  fallbackRate: number;
  latencyMs: { count: number; p50: number | null; p95: number | null; p99: number | null;
    min: number | null; max: number | null; relativeAccuracy: number };
  confidence: { count: number; bins: number[] };
  drift: DriftFigures;
  load: { executionProvider: string; threads: number; simd: boolean; loadMs: number } | null;
  /** Bytes held by this model's monitor in wasm; fixed, whatever the number of events. */
  memoryBytes: number;
}
export interface MonitorEvents {
  drift: DriftFigures & { modelId: string };
  fallback: { modelId: string; [key: string]: unknown };
  error: { modelId: string; [key: string]: unknown };
  load: { modelId: string; [key: string]: unknown };
}
export declare class Monitor {
  /** Reads every model's monitoring section (reference distribution, drift thresholds). */
  configure(manifest: object | string): this;
  recordRun(modelId: string, latencyMs: number, version?: string): void;
  recordError(modelId: string, detail?: object): void;
  recordFallback(modelId: string, detail?: object): void;
  /** Output confidences in [0, 1]; emits 'drift' when the flag turns on. */
  recordConfidences(modelId: string, confidences: ArrayLike<number>): void;
  /** Forwards a registry's run/error/fallback/load events; returns detach. */
  attach(registry: ModelRegistry): () => void;
  snapshot(): { takenAt: string; models: Record<string, ModelFigures> };
  reset(modelId?: string): void;
  on<K extends keyof MonitorEvents>(type: K, fn: (detail: MonitorEvents[K]) => void): () => void;
}
/** The page's monitor. */
export declare const monitor: Monitor;
