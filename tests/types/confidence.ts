// Compile-time check of the confidence declarations as a TypeScript user
// writes them, through the package's exports map.
import {
  init, fitCalibration, calibrationReport, fitDecisionPolicy, decide, confidenceDisplay, confidenceDisplays,
  SeamkitError,
  renderConfidenceHTML, Calibration, type CalibrationReport, type ConfidenceDisplay,
} from 'seamkit';
import type { SeamConfidenceElement } from 'seamkit/elements/confidence';

export async function confidenceUsage(el: SeamConfidenceElement): Promise<string> {
  await init();
  const cal: Calibration = fitCalibration({ method: 'isotonic', scores: [0.1, 0.9], labels: [0, 1] });
  const fast: Float32Array = cal.applyBatch(new Float32Array([0.2]));
  const exact: Float32Array | Float64Array = cal.applyBatch([0.2, 0.3]);
  const report: CalibrationReport = calibrationReport(exact, [0, 1], { bins: 15 });
  const policy = fitDecisionPolicy([0.1, 0.9], [0, 1], { targetPrecision: 0.9 });
  const verdict: -1 | 0 | 1 = decide(0.5, { low: policy.low, high: policy.high }).verdict;
  const d: ConfidenceDisplay = confidenceDisplay({ calibrated: fast[0] ?? 0, raw: 1.2 });
  el.palette = ['#b00020', '#a46a00', '#1b7f3b'];
  const shown: ConfidenceDisplay | null = el.display;
  const feed = confidenceDisplays([{ calibrated: 0.2 }, { calibrated: Number.NaN }]);
  const first = feed[0];
  const feedText = first instanceof SeamkitError ? first.code : first?.ariaValueText ?? '';
  if (el.renderState === 'summary') el.renderNow();
  return `${report.ece} ${verdict} ${d.verdictText} ${shown?.verdictId ?? ''} ${feedText}` +
    renderConfidenceHTML({ calibrated: 0.4 });
}
