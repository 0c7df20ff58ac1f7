// The confidence API of the built package in Node: calibration against the
// committed scikit-learn fixtures, metrics, thresholds, the display model,
// the HTML renderer and the typed errors on bad input.
import test from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import * as seamkit from '../../dist/index.js';

const {
  init, Calibration, fitCalibration, calibrationReport, fitDecisionPolicy, decide,
  confidenceDisplay, confidenceDisplays, renderConfidenceHTML, SeamkitError,
} = seamkit;

async function fixture(name) {
  const url = new URL(`../fixtures/confidence/${name}.json`, import.meta.url);
  return JSON.parse(await readFile(url, 'utf8'));
}

const typed = (code, pattern) => (e) =>
  e instanceof SeamkitError && e.code === code && (!pattern || pattern.test(e.message));

test('isotonic and Platt fits reproduce scikit-learn on breast cancer (held-out)', async () => {
  await init();
  const fx = await fixture('breast_cancer_gnb');
  const iso = fitCalibration({ method: 'isotonic', scores: fx.fit_scores, labels: fx.fit_labels });
  const isoOut = iso.applyBatch(fx.test_scores);
  assert.ok(isoOut instanceof Float64Array);
  fx.isotonic.test_predictions.forEach((want, i) => assert.ok(Math.abs(isoOut[i] - want) < 1e-9,
    `isotonic[${i}] ${isoOut[i]} vs ${want}`));
  // The float SIMD path agrees with the double path on float32 inputs.
  const f32 = Float32Array.from(fx.test_scores);
  const fast = iso.applyBatch(f32);
  assert.ok(fast instanceof Float32Array);
  const exact = iso.applyBatch(Array.from(f32));
  fast.forEach((v, i) => assert.ok(Math.abs(v - exact[i]) < 1e-6, `simd[${i}] ${v} vs ${exact[i]}`));
  const platt = fitCalibration({ method: 'platt', scores: fx.fit_scores, labels: fx.fit_labels });
  const p = platt.toJSON();
  assert.equal(p.method, 'platt');
  fx.sigmoid.test_predictions.forEach((want, i) =>
    assert.ok(Math.abs(platt.apply(fx.test_scores[i]) - want) < 1e-4));
  // Round trip through JSON: same outputs.
  const again = Calibration.fromJSON(JSON.stringify(iso.toJSON()));
  assert.deepEqual(Array.from(again.applyBatch(fx.test_scores)), Array.from(isoOut));
});

test('calibration lowers held-out ECE; the report matches sklearn metrics', async () => {
  await init();
  const fx = await fixture('breast_cancer_gnb');
  const raw = calibrationReport(fx.test_scores, fx.test_labels, { bins: 10 });
  assert.ok(Math.abs(raw.brier - fx.test_metrics.brier) < 1e-9);
  assert.ok(Math.abs(raw.nll - fx.test_metrics.log_loss) < 1e-9);
  // sklearn's calibration_curve drops empty bins: the same non-empty bins.
  const nonEmpty = raw.reliability.bins.filter((b) => b.count > 0);
  assert.equal(nonEmpty.length, fx.test_metrics.calibration_curve_uniform.prob_true.length);
  nonEmpty.forEach((b, i) => {
    assert.ok(Math.abs(b.accuracy - fx.test_metrics.calibration_curve_uniform.prob_true[i]) < 1e-9);
    assert.ok(Math.abs(b.confidence - fx.test_metrics.calibration_curve_uniform.prob_pred[i]) < 1e-9);
  });
  const iso = fitCalibration({ method: 'isotonic', scores: fx.fit_scores, labels: fx.fit_labels });
  const cal = calibrationReport(Array.from(iso.applyBatch(fx.test_scores)), fx.test_labels);
  assert.ok(cal.ece < raw.ece, `ECE ${cal.ece} should be below ${raw.ece}`);
  assert.ok(cal.riskCoverage.length > 0 && cal.aurc >= 0);
});

test('multi-class temperature scaling on digits logits lowers NLL', async () => {
  await init();
  const fx = await fixture('digits_lr_multiclass');
  const k = fx.num_classes;
  const t = fitCalibration({ method: 'temperature', scores: fx.fit_logits,
    labels: fx.fit_labels, numClasses: k });
  assert.equal(t.method, 'temperature');
  const probs = t.applyBatch(fx.test_logits);
  assert.equal(probs.length, fx.test_labels.length * k);
  let nll = 0;
  fx.test_labels.forEach((y, i) => { nll -= Math.log(Math.max(probs[i * k + y], 1e-15)); });
  nll /= fx.test_labels.length;
  assert.ok(nll < fx.test_log_loss_uncalibrated, `${nll} vs ${fx.test_log_loss_uncalibrated}`);
});

test('decision thresholds reach the target precision and abstain in between', async () => {
  await init();
  const fx = await fixture('digits3_svc');
  const iso = fitCalibration({ method: 'isotonic', scores: fx.fit_scores, labels: fx.fit_labels });
  const probs = Array.from(iso.applyBatch(fx.fit_scores));
  // Loose targets on both sides overlap (digits "3" is 10 % of the data, so
  // calling everything "not 3" is 90 % precise): a typed error, not a guess.
  assert.throws(() => fitDecisionPolicy(probs, fx.fit_labels, { targetPrecision: 0.95,
    targetNegativePrecision: 0.9 }), typed('E_INVALID_ARGUMENT', /overlap/));
  const policy = fitDecisionPolicy(probs, fx.fit_labels, { targetPrecision: 0.95,
    targetNegativePrecision: 0.995 });
  assert.ok(policy.positive.met);
  assert.ok(policy.positive.precision >= 0.95);
  assert.ok(policy.positive.coverage > 0 && policy.positive.coverage <= 1);
  // Recount the precision the policy claims, independently.
  const accepted = probs.map((p, i) => [p, fx.fit_labels[i]]).filter(([p]) => p >= policy.high);
  const precision = accepted.filter(([, y]) => y === 1).length / accepted.length;
  assert.ok(Math.abs(precision - policy.positive.precision) < 1e-12);
  assert.ok(policy.low === null || policy.low < policy.high);
  assert.equal(decide(0.999, policy).label, 'likely-true');
  assert.equal(decide(0.5, { low: 0.2, high: 0.8 }).verdict, -1);
  assert.equal(decide(0.5, { low: 0.2, high: 0.8 }).label, 'unverified');
  assert.equal(decide(0.1, { low: 0.2, high: 0.8 }).label, 'likely-false');
});

test('the display: verdict, colours with contrast, reasons, raw score, disclaimer', async () => {
  await init();
  const d = confidenceDisplay({ calibrated: 0.72, raw: 1.31, policy: { low: 0.2, high: 0.8 },
    factors: [{ code: 'limited-corroboration', weight: 0.6 }, { code: 'no-such-code', weight: 0.1 }] });
  assert.equal(d.verdictId, 'unverified');
  assert.equal(d.icon, 'question');
  assert.equal(d.meterValue, 72);
  assert.match(d.ariaValueText, /72\s?%/);
  assert.ok(d.barContrast >= 3, `bar contrast ${d.barContrast}`);
  assert.ok(d.textContrast >= 4.5 && d.bodyTextContrast >= 4.5);
  assert.equal(d.paletteCvdDistinct, true);
  assert.ok(d.reasons.length === 2 && d.reasons.every((r) => r.text.length > 0));
  assert.equal(d.reasons[0].code, 'limited-corroboration');
  assert.match(d.rawText, /1\.31/);
  assert.ok(d.disclaimer.length > 20);
  // On a dark background the colours change to keep their contrast.
  const dark = confidenceDisplay({ calibrated: 0.97, background: '#111111' });
  assert.equal(dark.verdictId, 'likely-true');
  assert.ok(dark.barContrast >= 3 && dark.textContrast >= 4.5);
  assert.notEqual(dark.textColour, d.textColour);
});

test('invalid scores show as "unverified" with the reason, never as a number', async () => {
  await init();
  for (const bad of [Number.NaN, Infinity, -0.2, 1.5]) {
    const d = confidenceDisplay({ calibrated: bad });
    assert.equal(d.scoreValid, false, String(bad));
    assert.equal(d.verdictId, 'unverified');
    assert.equal(d.calibrated, null);
    assert.ok(d.reasons.some((r) => r.code === 'invalid-score'), JSON.stringify(d.reasons));
  }
});

test('the HTML renderer escapes every caller string', async () => {
  await init();
  const payload = '<script>alert(1)</script><img src=x onerror=alert(2)>"\'&';
  const html = renderConfidenceHTML({ calibrated: 0.3, claim: payload, verdictLabel: payload,
    factors: [{ code: payload, weight: 1 }] });
  assert.ok(!html.includes('<script>') && !html.includes('<img'));
  assert.ok(html.includes('&lt;script&gt;alert(1)&lt;/script&gt;'));
  assert.match(html, /role="meter"/);
  assert.match(html, /aria-valuenow="30"/);
});

test('lone surrogates are replaced and never swallow the next character', async () => {
  await init();
  const d = confidenceDisplay({ calibrated: 0.5, claim: 'a\ud800 b\udc00c' });
  assert.equal(d.claim, 'a\ufffd b\ufffdc');
  assert.throws(() => decide(0.5, { labels: ['no', 1, 'yes'] }), typed('E_INVALID_ARGUMENT'));
});

test('bad training data and parameters reject with typed errors', async () => {
  await init();
  assert.throws(() => fitCalibration({ method: 'isotonic', scores: [], labels: [] }),
    typed('E_INVALID_ARGUMENT'));
  assert.throws(() => fitCalibration({ method: 'platt', scores: [0.1, 0.2], labels: [1, 1] }),
    typed('E_INVALID_ARGUMENT', /class/));
  assert.throws(() => fitCalibration({ method: 'isotonic', scores: [0.1, 0.2, 0.3], labels: [0, 1] }),
    typed('E_INVALID_ARGUMENT'));
  assert.throws(() => fitCalibration({ method: 'isotonic', scores: [0.1, Number.NaN], labels: [0, 1] }),
    typed('E_INVALID_ARGUMENT'));
  assert.throws(() => fitCalibration({ method: 'isotonic', scores: [0.1, 0.9], labels: [0, 0.5] }),
    typed('E_INVALID_ARGUMENT', /labels\[1\]/));
  assert.throws(() => fitCalibration({ method: 'magic', scores: [0.1], labels: [0] }),
    typed('E_INVALID_ARGUMENT'));
  assert.throws(() => Calibration.fromJSON('{not json'), typed('E_PARSE'));
  assert.throws(() => Calibration.fromJSON({ method: 'isotonic', version: 1 }),
    (e) => e instanceof SeamkitError);
  assert.throws(() => calibrationReport([0.2, 0.4], [1]), typed('E_INVALID_ARGUMENT'));
});

test('confidenceDisplays(): one call gives each input the display confidenceDisplay() gives', async () => {
  await init();
  const table = JSON.stringify({
    locale: 'de',
    reasons: { 'limited-corroboration': 'Wenige Quellen' },
    generic: 'Andere Faktoren',
    disclaimer: 'Automatische Schätzung.',
    verdicts: { 'likely-false': 'Eher falsch', unverified: 'Ungeprüft', 'likely-true': 'Eher wahr' },
    labels: {
      meter: 'Konfidenz', percent: '{value} %', value: '{percent} Konfidenz: {verdict}',
      'value-invalid': 'Kein gültiger Wert: {verdict}', 'percent-invalid': 'Kein Wert',
      'raw-score': 'Rohwert', 'raw-unavailable': 'nicht verfügbar', 'reasons-heading': 'Warum',
    },
  });
  const inputs = [];
  for (let i = 0; i < 400; i++) {
    const input = {
      calibrated: (i * 7919 % 1001) / 1000,
      claim: `claim <b>${i}</b> \ud800`,
      factors: [{ code: i % 3 ? 'limited-corroboration' : 'unknown-code', weight: (i % 5) / 5 }],
      background: ['#ffffff', '#14161a', 'rgb(40, 90, 200)'][i % 3],
      policy: i % 2 ? { low: 0.2, high: 0.8 } : { low: null, high: 0.9 },
    };
    if (i % 4 === 0) input.raw = i / 10 - 20;
    if (i % 7 === 0) input.tableJson = table;
    if (i % 11 === 0) input.palette = ['#0000ff', '#ff00ff', '#00aa00'];
    if (i % 13 === 0) input.verdictKind = 1;
    if (i % 17 === 0) input.calibrated = Number.NaN;
    if (i % 19 === 0) input.topK = 1;
    inputs.push(input);
  }
  const batch = confidenceDisplays(inputs);
  assert.equal(batch.length, inputs.length);
  inputs.forEach((input, i) => assert.deepEqual(batch[i], confidenceDisplay(input), `input ${i}`));
  // The German table reached the displays that asked for it, and only those.
  assert.equal(batch[7].meterLabel, 'Konfidenz');
  assert.equal(batch[1].meterLabel, 'Confidence');
});

test('confidenceDisplays(): a bad input gets its own typed error, the others their display', async () => {
  await init();
  const out = confidenceDisplays([
    { calibrated: 0.7 },
    null,
    { calibrated: 0.5, policy: { low: 0.9, high: 0.1 } },
    { calibrated: 0.5, background: 'rgba(0, 0, 0, 0.5)' },
    { calibrated: 0.5, topK: 99 },
    { calibrated: 0.5, policy: { low: 'x' } },
    { calibrated: 0.3, raw: Number.POSITIVE_INFINITY },
  ]);
  assert.equal(out[0].verdictId, 'unverified');
  assert.equal(out[0].percentText, '70%');
  for (const i of [1, 2, 3, 4, 5]) {
    assert.ok(out[i] instanceof SeamkitError, `input ${i}`);
    assert.equal(out[i].code, 'E_INVALID_ARGUMENT', `input ${i}: ${out[i].message}`);
  }
  assert.equal(out[6].scoreValid, false);  // an infinite raw score is an invalid score
  assert.deepEqual(confidenceDisplays([]), []);
  assert.throws(() => confidenceDisplays('nope'), typed('E_INVALID_ARGUMENT'));
});
