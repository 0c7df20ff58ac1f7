// seamkit: the package entry point.
import { loadCore } from './loader.js';

export { SeamkitError, ErrorCodes } from './errors.js';
export {
  parseColor, contrastRatio, contrastRatioBatch, isLargeText, checkContrast, namedColors,
} from './contrast.js';
export {
  Calibration, fitCalibration, calibrationReport, fitDecisionPolicy, decide,
  confidenceDisplay, confidenceDisplays, renderConfidenceHTML,
} from './confidence/index.js';
export { audit, auditSnapshot, auditRules } from './a11y/index.js';
export { report, toSARIF, toHTML, toJSON as reportToJSON } from './report/index.js';
export { Monitor, monitor } from './monitor/index.js';
export { FeedbackStore, feedback, indexedDBStorage } from './feedback/index.js';

/**
 * Loads the WebAssembly core. Idempotent: call it as often as you like; it
 * resolves once the core is ready.
 * @param {{ wasmUrl?: string | URL, wasmBinary?: ArrayBuffer | Uint8Array }} [options]
 * @returns {Promise<void>}
 */
export async function init(options) {
  await loadCore(options);
}

export const version = '0.1.0';
