import type { ConfidenceDisplay } from '../index.js';

/** <seam-confidence>: see the attributes in seam-confidence.js. */
export declare class SeamConfidenceElement extends HTMLElement {
  static readonly observedAttributes: string[];
  /** A translated string table (JSON text or object). */
  table: string;
  /** CSS colours of the red→amber→green ramp, or null for the default. */
  palette: string[] | null;
  /** The display model last rendered. */
  readonly display: ConfidenceDisplay | null;
}

declare global {
  interface HTMLElementTagNameMap {
    'seam-confidence': SeamConfidenceElement;
  }
}
