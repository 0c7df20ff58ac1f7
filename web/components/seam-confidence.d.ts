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
   * 'full' once the shadow DOM is built; 'summary' while an element of a large batch has its display but
   * waits for its full render (it is then a meter, named by its claim, through ElementInternals);
   * 'none' before that: an off-screen element of a large batch is a placeholder box until idle time
   * (or the viewport) reaches it. Elements on or near the screen are 'full' in the frame that inserts them.
   */
  readonly renderState: 'full' | 'summary' | 'none';
  /** Builds the full render now (with its display, if it was still waiting for one). */
  renderNow(): void;
}

declare global {
  interface HTMLElementTagNameMap {
    'seam-confidence': SeamConfidenceElement;
  }
}
