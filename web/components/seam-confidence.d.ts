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
  /**
   * 'full' once the shadow DOM is built; 'summary' while an element of a large batch waits off screen
   * (it is then a meter, named by its claim, through ElementInternals; completed near the viewport or
   * in idle time); 'none' before the first render.
   */
  readonly renderState: 'full' | 'summary' | 'none';
  /** Builds the full render now. */
  renderNow(): void;
}

declare global {
  interface HTMLElementTagNameMap {
    'seam-confidence': SeamConfidenceElement;
  }
}
