// "Check a claim": calibrated confidence for a feed of example claims, the
// reliability diagram before/after calibration on real scikit-learn outputs,
// and a threshold slider showing precision against coverage.
import { fitCalibration, calibrationReport, fitDecisionPolicy } from 'seamkit';
import 'seamkit/elements/confidence';
import fixture from './data/breast_cancer_gnb.json';

// Example data: invented claims with invented raw model scores.
const CLAIMS = [
  { claim: 'The new bridge opened to traffic in March.', raw: 0.999, factors: [] },
  { claim: 'The city’s population doubled since 2000.', raw: 0.93,
    factors: [{ code: 'limited-corroboration', weight: 0.7 }, { code: 'stale-data', weight: 0.3 }] },
  { claim: 'The mayor said the budget was cut by half.', raw: 0.6,
    factors: [{ code: 'conflicting-sources', weight: 0.8 }] },
  { claim: 'The river flooded every spring for a decade.', raw: 0.2,
    factors: [{ code: 'few-training-examples', weight: 0.5 }] },
  { claim: 'The stadium seats two million people.', raw: 0.0004,
    factors: [{ code: 'model-disagreement', weight: 0.4 }] },
];

const SVG = 'http://www.w3.org/2000/svg';
const $ = (id) => document.getElementById(id);

function svgEl(name, attrs) {
  const el = document.createElementNS(SVG, name);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  return el;
}

function drawReliability(before, after) {
  const svg = $('reliability');
  const pad = 36; const size = 320 - 2 * pad;
  const x = (v) => pad + v * size;
  const y = (v) => 320 - pad - v * size;
  svg.append(svgEl('rect', { x: pad, y: pad, width: size, height: size, fill: 'none', stroke: '#595959' }));
  svg.append(svgEl('line', { x1: x(0), y1: y(0), x2: x(1), y2: y(1), stroke: '#767676', 'stroke-width': 1 }));
  for (const t of [0, 0.5, 1]) {
    const lx = svgEl('text', { x: x(t), y: 320 - pad + 16, 'text-anchor': 'middle', 'font-size': 11 });
    lx.textContent = String(t);
    const ly = svgEl('text', { x: pad - 6, y: y(t) + 4, 'text-anchor': 'end', 'font-size': 11 });
    ly.textContent = String(t);
    svg.append(lx, ly);
  }
  const line = (bins, dash, colour) => {
    const pts = bins.filter((b) => b.count > 0).map((b) => `${x(b.confidence)},${y(b.accuracy)}`);
    svg.append(svgEl('polyline', { points: pts.join(' '), fill: 'none', stroke: colour, 'stroke-width': 2.5,
      ...(dash ? { 'stroke-dasharray': '6 4' } : {}) }));
    for (const b of bins.filter((k) => k.count > 0)) {
      svg.append(dash
        ? svgEl('rect', { x: x(b.confidence) - 3.5, y: y(b.accuracy) - 3.5, width: 7, height: 7, fill: colour })
        : svgEl('circle', { cx: x(b.confidence), cy: y(b.accuracy), r: 4, fill: colour }));
    }
  };
  line(before.reliability.bins, true, '#b3261e');
  line(after.reliability.bins, false, '#0b6e4f');
  const tbody = $('reliability-table').querySelector('tbody');
  for (const b of after.reliability.bins) {
    const tr = document.createElement('tr');
    for (const v of [`${b.lower.toFixed(1)}–${b.upper.toFixed(1)}`, b.count,
      b.count ? b.confidence.toFixed(3) : '—', b.count ? b.accuracy.toFixed(3) : '—']) {
      const td = document.createElement('td');
      td.textContent = String(v);
      tr.append(td);
    }
    tbody.append(tr);
  }
}

function thresholdReport(probs, labels, t) {
  let accepted = 0; let right = 0;
  probs.forEach((p, i) => { if (p >= t) { accepted++; right += labels[i]; } });
  const coverage = accepted / probs.length;
  return accepted
    ? `At ${t.toFixed(2)}: "likely true" for ${(coverage * 100).toFixed(0)} % of cases, ` +
      `${(100 * right / accepted).toFixed(1)} % of them right (held-out data).`
    : `At ${t.toFixed(2)}: no case reaches the threshold; everything is "unverified".`;
}

export function startClaims() {
  const cal = fitCalibration({ method: 'isotonic', scores: fixture.fit_scores, labels: fixture.fit_labels });
  const fitProbs = Array.from(cal.applyBatch(fixture.fit_scores));
  const policy = fitDecisionPolicy(fitProbs, fixture.fit_labels,
    { targetPrecision: 0.95, targetNegativePrecision: 0.95 });
  const testProbs = Array.from(cal.applyBatch(fixture.test_scores));
  const before = calibrationReport(fixture.test_scores, fixture.test_labels);
  const after = calibrationReport(testProbs, fixture.test_labels);
  $('reliability-summary').textContent =
    `Expected calibration error on held-out data: ${(before.ece * 100).toFixed(1)} % before, ` +
    `${(after.ece * 100).toFixed(1)} % after isotonic calibration. Verdict thresholds chosen for 95 % ` +
    `precision: "likely true" at ${policy.high?.toFixed(2) ?? 'never'}, "likely false" at ` +
    `${policy.low?.toFixed(2) ?? 'never'} or below.`;
  drawReliability(before, after);

  const feed = $('claims-feed');
  for (const c of CLAIMS) {
    const el = document.createElement('seam-confidence');
    el.setAttribute('claim', c.claim);
    el.setAttribute('raw', String(c.raw));
    el.setAttribute('value', String(cal.apply(c.raw)));
    el.setAttribute('thresholds', `${policy.low ?? 0} ${policy.high ?? 1}`);
    el.setAttribute('factors', JSON.stringify(c.factors));
    feed.append(el);
  }
  const slider = $('threshold');
  const update = () => { $('threshold-out').textContent = thresholdReport(testProbs, fixture.test_labels, Number(slider.value)); };
  slider.addEventListener('input', update);
  update();
}
