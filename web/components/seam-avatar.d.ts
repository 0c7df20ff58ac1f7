import type {
  AvatarConfidence, AvatarRegistryOptions, AvatarResult, FallbackReason,
} from '../avatar/index.js';

export type SeamAvatarState = 'empty' | 'loading' | 'preview' | 'ready' | 'error';

/** <seam-avatar>: see the attributes and events in seam-avatar.js. */
export declare class SeamAvatarElement extends HTMLElement {
  static readonly observedAttributes: string[];
  /** The photo; setting it starts a job at once and cancels the previous one. */
  photo: File | Blob | null;
  /** Passed to every job (and to the warm-up). */
  registry: AvatarRegistryOptions | undefined;
  wasmUrl: string | URL | undefined;
  /** The last finished avatar, or null. */
  readonly result: AvatarResult | null;
  /** The last result's face confidence display (verdict text, reasons …), or null. */
  readonly confidence: AvatarConfidence | null;
  readonly state: SeamAvatarState;
  /** Starts the Worker and loads the detector now (also done on first view). */
  prewarm(): Promise<unknown>;
}

export interface SeamAvatarEventMap {
  'avatar-preview': CustomEvent<{ bitmap: ImageBitmap; quality: 'quick' | 'aligned'; elapsedMs: number;
    workerMs?: number }>;
  'avatar-ready': CustomEvent<{ result: AvatarResult; elapsedMs: number }>;
  'avatar-fallback': CustomEvent<{ reason: FallbackReason; message: string; result: AvatarResult }>;
  'avatar-error': CustomEvent<{ error: Error }>;
}

declare global {
  interface HTMLElementTagNameMap {
    'seam-avatar': SeamAvatarElement;
  }
  interface HTMLElementEventMap extends SeamAvatarEventMap {}
}
