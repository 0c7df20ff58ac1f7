#!/usr/bin/env node
// Fits the OCR line-confidence calibration on the rendered set
// (scripts/make-ocr-set.mjs) and writes web/ocr/calibration.json.
//
// 1. Runs the OCR pipeline (dist/, Node, raw confidences) over every image.
// 2. Labels each recognised line correct (1) or not (0): exact match with a
//    not-yet-matched ground-truth line of its image after NFKC, whitespace
//    removed (see labelLines; a missed line has no recognised line).
// 3. Chooses the method (temperature, Platt, isotonic) by 5-fold
//    cross-validated Brier score on the fit part, then fits it on the whole
//    fit part with seamkit's confidence module.
// 4. Chooses the review threshold (the strictest of precision 0.95 / 0.9 /
//    0.85 of "suggested" lines that the fit part meets) and the alt/text similarity threshold (balanced error on the fit
//    part: true alts vs other images' texts).
// 5. Reports on the held-out part (other seeds, other font families): ECE
//    before/after, Brier, accuracy, CER, and the similarity rule's rates.
//
//   node scripts/make-ocr-set.mjs && bash scripts/build.sh && node scripts/fit-ocr-calibration.mjs
//   (add --reuse to refit on the recognised lines of the last run)
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readPng } from '../tests/web/avatar-png.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SET = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? path.join(ROOT, '.cache/ocr-set');
const OUT = path.join(ROOT, 'web/ocr/calibration.json');

const { getEngine } = await import(path.join(ROOT, 'dist/ocr/engine.js'));
const conf = await import(path.join(ROOT, 'dist/confidence/index.js'));
const { loadCore } = await import(path.join(ROOT, 'dist/loader.js'));

export const norm = (s) => s.normalize('NFKC').replace(/\s+/g, ' ').trim();

/** Levenshtein distance over code points. */
export function editDistance(a, b) {
  const x = [...a];
  const y = [...b];
  let prev = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const cur = [i];
    for (let j = 1; j <= y.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (x[i - 1] === y[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[y.length];
}

/**
 * Correct/incorrect label per recognised line: exact match to an unused
 * truth line after NFKC, with whitespace removed (`strict`: collapsed
 * instead). Whitespace is left out of the label because the recogniser
 * drops spaces after punctuation with full confidence (see the model
 * notes): a systematic error its confidence cannot express, which the
 * similarity of alt and text ignores as well. The strict accuracy is
 * reported too.
 */
export function labelLines(lines, truth, strict = false) {
  const key = strict ? norm : (s) => norm(s).replace(/ /g, '');
  const left = truth.map(key);
  return lines.map((l) => {
    const i = left.indexOf(key(l.text));
    if (i < 0) return 0;
    left[i] = null;
    return 1;
  });
}

async function runSet(engine, items) {
  const rows = [];
  let n = 0;
  for (const it of items) {
    const img = await readPng(path.join(SET, it.file));
    const r = await engine.recognize(img);
    const labels = labelLines(r.lines, it.lines);
    rows.push({ item: it, lines: r.lines.map((l) => ({ text: l.text, confidence: l.confidence })),
      text: r.text, labels, strictLabels: labelLines(r.lines, it.lines, true) });
    if (++n % 50 === 0) console.error(`  ${n}/${items.length}`);
  }
  return rows;
}

const scoresOf = (rows) => rows.flatMap((r) => r.lines.map((l) => l.confidence));
const labelsOf = (rows) => rows.flatMap((r) => r.labels);
const logit = (p) => { const q = Math.min(1 - 1e-6, Math.max(1e-6, p)); return Math.log(q / (1 - q)); };
const METHODS = { temperature: 'logit', platt: 'logit', isotonic: 'identity' };

function fitOne(method, scores, labels) {
  const input = METHODS[method] === 'logit' ? scores.map(logit) : scores;
  const cal = conf.fitCalibration({ method, scores: input, labels });
  return { cal, apply: (s) => Array.from(cal.applyBatch(METHODS[method] === 'logit' ? s.map(logit) : s)) };
}

/** 5-fold cross-validated Brier score of each method on the fit part. */
function chooseMethod(scores, labels) {
  const k = 5;
  const out = {};
  for (const method of Object.keys(METHODS)) {
    let sq = 0;
    for (let f = 0; f < k; f++) {
      const tr = scores.map((_, i) => i).filter((i) => i % k !== f);
      const te = scores.map((_, i) => i).filter((i) => i % k === f);
      const m = fitOne(method, tr.map((i) => scores[i]), tr.map((i) => labels[i]));
      const p = m.apply(te.map((i) => scores[i]));
      te.forEach((i, j) => { sq += (p[j] - labels[i]) ** 2; });
    }
    out[method] = sq / scores.length;
  }
  const best = Object.entries(out).sort((a, b) => a[1] - b[1])[0][0];
  return { best, cvBrier: out };
}

/** CER of whole images: truth lines joined by a space vs the recognised text. */
function cer(rows) {
  let d = 0; let n = 0; let dNoSpace = 0; let nNoSpace = 0;
  for (const r of rows) {
    const truth = norm(r.item.lines.join(' '));
    d += editDistance(truth, norm(r.text));
    n += [...truth].length;
    const t2 = truth.replace(/ /g, '');
    dNoSpace += editDistance(t2, norm(r.text).replace(/ /g, ''));
    nNoSpace += [...t2].length;
  }
  return { cer: d / n, cerIgnoringSpaces: dNoSpace / nNoSpace, chars: n };
}

/** Similarities of true alts (positives) and of other images' texts (negatives). */
function similarities(core, rows) {
  const sim = (a, b) => { const r = core.ocrTextSimilarity(a, b); return r.value?.similarity ?? r.value ?? r.similarity; };
  const withText = rows.filter((r) => r.text);
  const same = withText.map((r) => sim(r.item.lines.join(' '), r.text));
  const other = withText.map((r, i) => sim(withText[(i + 7) % withText.length].item.lines.join(' '), r.text));
  return { same, other };
}

function chooseSimilarity({ same, other }) {
  let best = { t: 0.5, err: Infinity };
  for (let t = 0.05; t <= 0.95 + 1e-9; t += 0.05) {
    const fp = same.filter((s) => s < t).length / same.length; // a true alt called "disagrees"
    const fn = other.filter((s) => s >= t).length / other.length; // a wrong alt let through
    if (fp + fn < best.err - 1e-12) best = { t: Math.round(t * 100) / 100, err: fp + fn, fp, fn };
  }
  return best;
}

function simRates({ same, other }, t) {
  return { falseDisagree: same.filter((s) => s < t).length / same.length,
    missedDisagree: other.filter((s) => s >= t).length / other.length, pairs: same.length };
}

const round = (x, d = 4) => Math.round(x * 10 ** d) / 10 ** d;

async function main() {
  const set = JSON.parse(await readFile(path.join(SET, 'labels.json'), 'utf8'));
  const core = await loadCore();
  const fitItems = set.items.filter((i) => i.part === 'fit');
  const heldItems = set.items.filter((i) => i.part === 'held-out');
  // --reuse: the recognised lines of the last run (the set and models unchanged).
  const cache = path.join(SET, 'recognised.json');
  let fitRows;
  let heldRows;
  if (process.argv.includes('--reuse')) {
    ({ fitRows, heldRows } = JSON.parse(await readFile(cache, 'utf8')));
  } else {
    const engine = await getEngine({ calibration: null });
    if (!engine.available) throw new Error(`OCR unavailable: ${engine.reason}`);
    console.error(`fit part: ${fitItems.length} images`);
    fitRows = await runSet(engine, fitItems);
    console.error(`held-out part: ${heldItems.length} images`);
    heldRows = await runSet(engine, heldItems);
    await writeFile(cache, JSON.stringify({ fitRows, heldRows }));
  }
  const [fs, fl, hs, hl] = [scoresOf(fitRows), labelsOf(fitRows), scoresOf(heldRows), labelsOf(heldRows)];
  const choice = chooseMethod(fs, fl);
  const model = fitOne(choice.best, fs, fl);
  // The strictest precision target the fit part can meet (a suggestion
  // at or above reviewBelow is "suggested", below it "needs review").
  let policy;
  let target;
  for (target of [0.95, 0.9, 0.85]) {
    policy = conf.fitDecisionPolicy(model.apply(fs), fl, { targetPrecision: target });
    if (policy.high !== null) break;
  }
  const reviewBelow = policy.high ?? 1;
  console.error(`review policy: target ${target}, ${JSON.stringify(policy.positive)}`);
  const simFit = similarities(core, fitRows);
  const simChoice = chooseSimilarity(simFit);
  const before = conf.calibrationReport(hs, hl);
  const heldCal = model.apply(hs);
  const after = conf.calibrationReport(heldCal, hl);
  const suggested = heldCal.map((p, i) => [p, hl[i]]).filter(([p]) => p >= reviewBelow);
  const acc = (ls) => ls.reduce((a, b) => a + b, 0) / ls.length;
  const figures = {
    fit: { images: fitItems.length, lines: fs.length, accuracy: round(acc(fl)),
      strictAccuracy: round(acc(fitRows.flatMap((r) => r.strictLabels))),
      truthLines: fitItems.reduce((n, i) => n + i.lines.length, 0), ...cer(fitRows) },
    heldOut: {
      images: heldItems.length, lines: hs.length, accuracy: round(acc(hl)),
      strictAccuracy: round(acc(heldRows.flatMap((r) => r.strictLabels))),
      truthLines: heldItems.reduce((n, i) => n + i.lines.length, 0),
      eceBefore: round(before.ece), eceAfter: round(after.ece),
      eceEqualMassBefore: round(before.eceEqualMass), eceEqualMassAfter: round(after.eceEqualMass),
      brierBefore: round(before.brier), brierAfter: round(after.brier),
      ...Object.fromEntries(Object.entries(cer(heldRows)).map(([k, v]) => [k, round(v)])),
      suggested: { lines: suggested.length, precision: suggested.length ? round(acc(suggested.map(([, y]) => y))) : null },
      similarityRule: Object.fromEntries(Object.entries(simRates(similarities(core, heldRows),
        simChoice.t)).map(([k, v]) => [k, round(v)])),
    },
    methodSelection: { cvBrier: Object.fromEntries(Object.entries(choice.cvBrier)
      .map(([k, v]) => [k, round(v)])), chosen: choice.best },
  };
  const file = {
    format: 'seamkit-ocr-calibration', version: 1, status: 'fitted',
    fittedOn: new Date().toISOString().slice(0, 10),
    models: { det: 'ppocr-det@1.0.0', rec: 'ppocr-rec@1.0.0' },
    label: 'line exactly right after NFKC, whitespace removed',
    scoreTransform: METHODS[choice.best], parameters: model.cal.toJSON(),
    thresholds: { reviewBelow: round(reviewBelow), reviewTargetPrecision: target,
      similarity: simChoice.t, similarityFitErrors: { falseDisagree: round(simChoice.fp),
        missedDisagree: round(simChoice.fn) } },
    set: { generator: 'scripts/make-ocr-set.mjs', fitSeeds: `1..${fitItems.length}`,
      heldOutSeeds: `1000001..${1000000 + heldItems.length}`, fitFonts: set.fitFonts,
      heldOutFonts: set.heldOutFonts },
    figures,
  };
  await writeFile(OUT, `${JSON.stringify(file, null, 2)}\n`);
  console.log(JSON.stringify({ method: choice.best, thresholds: file.thresholds, figures }, null, 2));
}

main().catch((e) => { console.error(e); process.exit(1); });
