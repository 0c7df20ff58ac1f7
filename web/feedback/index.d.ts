import type { Calibration } from '../index.js';

export interface FeedbackStorage {
  load(): Promise<object | null>;
  save(state: object): Promise<void>;
}
export interface CalibrationVersion {
  version: number;
  /** Labelled outcomes it was fitted on. */
  fittedOn: number;
  /** ECE of the raw outputs and of the calibrated ones, on the stored outcomes. */
  eceBefore: number;
  eceAfter: number;
}
export declare class FeedbackStore {
  /** capacity: outcomes kept per model, oldest dropped first (default 5000). */
  constructor(options?: { capacity?: number; storage?: FeedbackStorage });
  restore(): Promise<void>;
  record(record: { modelId: string; output: number; userVerdict: boolean | 0 | 1 }): Promise<void>;
  entries(modelId: string): { output: number; verdict: 0 | 1; at: number }[];
  clear(modelId?: string): Promise<void>;
  /** Refits the calibration on the stored outcomes as a new version (E_INVALID_ARGUMENT when too few). */
  recalibrate(modelId: string, options?: { method?: 'isotonic' | 'platt' | 'histogram'; minLabels?: number }):
    Promise<CalibrationVersion & { calibration: Calibration }>;
  calibration(modelId: string): Calibration | null;
  calibrationVersions(modelId: string): CalibrationVersion[];
  /** Drops the newest version; resolves to the version now in use (0: none). */
  rollbackCalibration(modelId: string): Promise<number>;
}
/** IndexedDB persistence on the page's own origin. */
export declare function indexedDBStorage(name?: string): FeedbackStorage;
/** The page's feedback store (in memory). */
export declare const feedback: FeedbackStore;
