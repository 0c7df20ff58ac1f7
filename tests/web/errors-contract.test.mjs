// The error contract of the public API: every function of every entry point
// in package.json "exports" (the built dist/ modules) refuses bad arguments
// (undefined, null, NaN, wrong types, huge or negative numbers) by throwing
// or rejecting with a SeamkitError that carries a code from ErrorCodes and a
// message. The exports are enumerated, not listed by hand: an export, class
// method or static method that is neither exercised here nor listed in
// ACCEPTS_ANY (with the reason) fails the test, so new API cannot skip it.
//
// Each function is first called once with good arguments, which must
// succeed (or, where Node cannot run it, fail only for that reason), so a
// bad-argument call is refused because of that argument and nothing else.
import test, { before } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';

const pkg = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8'));
const dist = (p) => new URL(`../../${p.replace(/^\.\//, '')}`, import.meta.url).href;

// The custom-element modules extend HTMLElement and register themselves;
// Node has neither, so a minimal stand-in lets them load for enumeration.
class FakeElement {}
globalThis.HTMLElement ??= /** @type {any} */ (FakeElement);
globalThis.customElements ??= /** @type {any} */ ({ get: () => undefined, define: () => {} });

const errorsMod = await import(dist('dist/errors.js'));
const { SeamkitError, ErrorCodes } = errorsMod;
const CODES = new Set(Object.values(ErrorCodes));
/** Codes that say "your argument is wrong" (not "not ready" or "broken"). */
const ARG_CODES = new Set([ErrorCodes.INVALID_ARGUMENT, ErrorCodes.OUT_OF_RANGE,
  ErrorCodes.LIMIT_EXCEEDED, ErrorCodes.PARSE, ErrorCodes.MALFORMED]);

/** Entry point → module namespace, from package.json "exports". */
const entries = {};
for (const [key, target] of Object.entries(pkg.exports)) {
  const file = typeof target === 'string' ? target : target.default;
  if (!file.endsWith('.js')) continue; // ./package.json
  if (key === './avatar/worker' || key === './ocr/worker') continue; // Worker scripts (see ACCEPTS_ANY)
  entries[key] = await import(dist(file));
}

const fn = () => 1;
const sym = Symbol('bad');
const HUGE = 1e308;
/** Not a string. */
const NOT_STRING = [undefined, null, NaN, 42, true, {}, [], sym, fn];
/** Not a finite number. */
const NOT_NUMBER = [undefined, null, NaN, Infinity, -Infinity, '0.5', {}, [], sym, fn, true];
/** Not an options object (undefined means "defaults", so it is not here). */
const NOT_OBJECT = [null, NaN, 42, 'x', true, sym, fn];
/** Not a function. */
const NOT_FUNCTION = [undefined, null, NaN, 42, 'x', {}, [], sym];
/** Not an array of numbers. */
const NOT_ARRAY = [undefined, null, NaN, 42, 'x', {}, sym, fn];

/** A suggestion as suggestImageText() makes it (tests/web/report-suggestions.test.mjs has more). */
const SUGGESTION = { ruleId: 'image-text-alt-suggestion', aiAssisted: true, kind: 'file-name-alt',
  target: ['#banner'], text: 'SUMMER SALE 50% OFF', alt: 'banner1.png', altSource: 'alt',
  suggestion: 'SUMMER SALE 50% OFF', confidence: 0.9, rawConfidence: 0.98, status: 'suggested',
  thresholds: { similarity: 0.45, reviewBelow: 0.5 }, modelId: 'ppocr-rec' };

/** Every tested call: [label, () => result]. */
const cases = new Map();
/** Calls that must succeed: [label, () => result]. */
const goods = new Map();

/**
 * Registers `name(...good)` as a good call and, for every position i and
 * every value in bad[i], the call with that argument replaced as a bad one.
 * @param {string} name @param {(...a: any[]) => any} call
 * @param {any[]} good @param {any[][]} bad
 * @param {{ goodFails?: string }} [o] the code a good call gives where Node cannot run it
 */
function spec(name, call, good, bad, o = {}) {
  goods.set(name, { run: () => call(...good), goodFails: o.goodFails });
  bad.forEach((values, i) => {
    for (const v of values) {
      const args = good.slice();
      args[i] = v;
      cases.set(`${name}(${args.map(show).join(', ')})`, () => call(...args));
    }
  });
}

function show(v) {
  if (typeof v === 'symbol') return 'Symbol()';
  if (typeof v === 'function') return 'fn';
  if (typeof v === 'number' || v === undefined) return String(v);
  if (v instanceof Float32Array) return `Float32Array(${v.length})`;
  try {
    const s = JSON.stringify(v);
    return s.length > 24 ? `${s.slice(0, 21)}...` : s;
  } catch { return String(v); }
}

/** Which exports/methods are covered: 'entry:name' or 'Class#method' or 'Class.static'. */
const covered = new Set();

/**
 * Exports and methods that take no argument or accept any value, each with
 * the reason; checked against what the modules really export.
 */
const ACCEPTS_ANY = {
  '.:SeamkitError': 'the error type itself: any code and message are kept as given',
  '.:namedColors': 'takes no argument (extra arguments are ignored, as for every JS function)',
  '.:auditRules': 'takes no argument',
  './a11y:auditRules': 'takes no argument',
  '.:Monitor': 'the constructor takes no argument',
  'Monitor#snapshot': 'takes no argument',
  'Calibration#toJSON': 'takes no argument (JSON.stringify passes a key)',
  'FeedbackStore#restore': 'takes no argument',
  'AvatarJob#cancel': 'takes no argument; cancelling twice is allowed',
  'AvatarJob#_fallBack': 'internal (underscore): called by the module, not by users',
  'AvatarJob#_message': 'internal (underscore): called by the module, not by users',
  './avatar/worker': 'a module Worker script (started by createAvatarJob), not a function API',
  './ocr/worker': 'a module Worker script (started by createOcr), not a function API',
  './ocr:pixelsReadable': 'a question, not a command: anything it cannot draw and read back is "not readable" (false)',
  './elements/*': 'custom elements: constructed by the browser with no argument; their inputs are ' +
    'attributes and properties, whose bad values are tested in Chromium ' +
    '(tests/browser/confidence, avatar, report and hostile tests)',
};

let core;
let shop;
let calibration;
let registry;

before(async () => {
  core = entries['.'];
  await core.init();
  shop = JSON.parse(await readFile(new URL('../fixtures/report/shop-results.json', import.meta.url),
    'utf8'));
  calibration = core.fitCalibration({ method: 'platt', scores: [0.1, 0.4, 0.6, 0.9, 0.2, 0.8],
    labels: [0, 0, 1, 1, 0, 1] });
  registry = await entries['./models'].ModelRegistry.create({ cache: false });
  defineCases();
});

function defineCases() {
  const e = entries['.'];
  const a11y = entries['./a11y'];
  const rep = entries['./report'];
  const av = entries['./avatar'];
  const { ModelRegistry } = entries['./models'];
  const probs = [0.1, 0.4, 0.6, 0.9, 0.2, 0.8];
  const labels = [0, 0, 1, 1, 0, 1];

  // Root entry: contrast.
  spec('parseColor', e.parseColor, ['#123456'], [NOT_STRING]);
  spec('contrastRatio', e.contrastRatio, ['#000', '#fff'], [NOT_STRING, NOT_STRING]);
  spec('contrastRatioBatch', e.contrastRatioBatch,
    [new Float32Array(4), new Float32Array(4), new Float32Array(1)],
    [NOT_ARRAY, NOT_ARRAY, ['x', 42, {}, new Float32Array(0)]]);
  spec('isLargeText', e.isLargeText, [24, 400],
    [[...NOT_NUMBER, -1], [null, NaN, '700', {}, sym, 0, 5000]]);
  spec('checkContrast', e.checkContrast, ['#000', '#fff', { fontSizePx: 16 }],
    [NOT_STRING, NOT_STRING, [null, 'x', 42, { fontSizePx: NaN }, { fontSizePx: -5 }]]);
  // Confidence.
  spec('fitCalibration', e.fitCalibration, [{ method: 'platt', scores: probs, labels }],
    [[undefined, null, NaN, 'platt', 42, {}, [], sym, fn, { method: 'nope', scores: probs, labels },
      { method: 'platt', scores: 'x', labels }, { method: 'platt', scores: probs, labels: [0.5] },
      { method: 'platt', scores: [NaN, 1], labels: [0, 1] },
      { method: 'histogram', scores: probs, labels, bins: HUGE }]]);
  spec('calibrationReport', e.calibrationReport, [probs, labels, {}],
    [NOT_ARRAY, [...NOT_ARRAY, [1, 2]], [null, 'x', 42, { bins: NaN }, { bins: HUGE }]]);
  spec('fitDecisionPolicy', e.fitDecisionPolicy, [probs, labels, {}],
    [NOT_ARRAY, NOT_ARRAY, [null, 'x', 42, { targetPrecision: NaN }, { targetPrecision: 7 }]]);
  spec('decide', e.decide, [0.7, { low: 0.2, high: 0.8 }],
    [[...NOT_NUMBER, -1, HUGE], [null, 'x', 42, { low: 'a' }, { labels: [1, 2, 3] }]]);
  const display = { calibrated: 0.7, claim: 'It is a cat', policy: { low: 0.2, high: 0.8 } };
  spec('confidenceDisplay', e.confidenceDisplay, [display],
    [[undefined, null, NaN, 'x', 42, sym, fn, { policy: { low: 'a' } }]]);
  spec('renderConfidenceHTML', e.renderConfidenceHTML, [display],
    [[undefined, null, NaN, 'x', 42, sym, fn, { policy: { labels: 'x' } }]]);
  spec('new Calibration', (j) => new e.Calibration(j), [JSON.stringify(calibration.toJSON())],
    [[...NOT_STRING, '{', '"x"', '{"method":"nope"}']]);
  spec('Calibration.fromJSON', (j) => e.Calibration.fromJSON(j), [calibration.toJSON()],
    [[undefined, null, NaN, 42, '{', {}, { method: 'platt' }]]);
  spec('Calibration#apply', (s) => calibration.apply(s), [0.3], [[undefined, null, 'x', {}, [], sym]]);
  spec('Calibration#applyBatch', (s) => calibration.applyBatch(s), [[0.3, 0.6]],
    [[...NOT_ARRAY, [NaN], ['x']]]);
  covered.add('Calibration#toJSON');
  // Audit (the DOM parts need a document: Node refuses them as unsupported
  // for a good call, and as an invalid argument for a bad one).
  spec('audit', e.audit, ['<p>hi</p>', {}],
    [[null, NaN, 42, {}, [], sym, fn, true], [null, 'x', 42, { rules: 'x' }, { tags: [1] },
      { onProgress: 5 }, { signal: 'x' }, { probeMedia: 'yes' }, { probeImages: 1 },
      { observeChangesMs: -1 }, { observeChangesMs: '5' }, { compareWith: 'x.html' },
      { compareWith: [42] }, { compareWith: [{}] }, { compareWith: new Array(9).fill('x.html') }]],
    { goodFails: ErrorCodes.UNSUPPORTED });
  spec('auditSnapshot', e.auditSnapshot, [new ArrayBuffer(0), {}],
    [[undefined, null, NaN, 'x', 42, {}, [], sym], [null, 'x', { rules: [1] }]],
    { goodFails: ErrorCodes.MALFORMED });
  spec('collectSnapshot', a11y.collectSnapshot, [undefined],
    [[null, NaN, 'x', 42, {}, [], sym]], { goodFails: ErrorCodes.INVALID_ARGUMENT });
  spec('collectSnapshotAsync', a11y.collectSnapshotAsync, [undefined],
    [[null, NaN, 'x', 42, {}, [], sym]], { goodFails: ErrorCodes.INVALID_ARGUMENT });
  spec('probeMedia', a11y.probeMedia, [[], {}],
    [[undefined, null, NaN, 'x', 42, {}, [null], [{}], sym], [null, 'x', { signal: 'x' },
      { maxBytes: -1 }, { timeoutMs: NaN }, { maxBytes: 'big' }]]);
  // A stand-in Document without links (Node has none).
  const emptyDoc = { nodeType: 9, URL: 'http://127.0.0.1/a.html', baseURI: 'http://127.0.0.1/a.html',
    querySelectorAll: () => [] };
  spec('sameOriginLinks', a11y.sameOriginLinks, [emptyDoc, { max: 2 }],
    [[null, NaN, 'x', 42, {}, [], sym], [null, 'x', { max: -1 }, { max: 1.5 }, { max: 'all' }]]);
  spec('materialize', a11y.materialize, [{ violations: [], passes: [], incomplete: [] }],
    [[undefined, null, NaN, 'x', 42, {}, [], sym]]);
  spec('toAxeResults', a11y.toAxeResults, [{ rules: [] }, [], {}],
    [[undefined, null, 'x', {}], [undefined, null, 'x'], [undefined, null, 'x', { document: {} }]],
    { goodFails: ErrorCodes.INVALID_ARGUMENT });
  spec('init', e.init, [{}], [[null, 'x', 42, NaN, sym, { wasmUrl: 42 }, { wasmBinary: 'x' }]]);
  spec('a11y init', a11y.init, [{}], [[null, 'x', 42, NaN, sym, { wasmUrl: 42 },
    { wasmBinary: 'x' }]]);
  // OCR (in Node: in-process; its models load on first use).
  const ocrMod = entries['./ocr'];
  const sug = entries['./a11y/ocr-suggest'];
  spec('createOcr', (o) => { const ocr = ocrMod.createOcr(o); ocr.close(); return ocr; }, [{}],
    [[null, NaN, 42, 'x', sym, fn, { threads: 0 }, { threads: 1.5 }, { registry: 'x' }, { wasmUrl: 42 },
      { timeoutMs: 0 }, { timeoutMs: -1 }, { timeoutMs: NaN }, { timeoutMs: '100' }, { timeoutMs: HUGE }]]);
  spec('isFileNameAlt', sug.isFileNameAlt, ['banner1.png'], [NOT_STRING]);
  spec('suggestImageText', sug.suggestImageText, [null, undefined, {}],
    [[NaN, 42, 'x', sym], [null, NaN, 42, 'x', {}, []],
      [null, 'x', 42, { similarityThreshold: 2 }, { reviewBelow: NaN }]],
    { goodFails: ErrorCodes.INVALID_ARGUMENT });
  // Report.
  spec('report', rep.report, [shop, {}],
    [[undefined, null, NaN, 'x', 42, [], sym, { violations: 'x' }],
      [null, 'x', 42, { fixFirst: -1 }, { fixFirst: NaN }, { fixFirst: HUGE }]]);
  const good = { __deferred: true };
  for (const [name, f] of [['toHTML', rep.toHTML], ['toSARIF', rep.toSARIF], ['toJSON', rep.toJSON]]) {
    spec(name, (r, ...rest) => f(r === good ? reportOf() : r, ...rest), [good],
      [[undefined, null, NaN, 'x', 42, {}, [], sym, { groups: 'x' }]]);
  }
  // toHTML's suggestions option: suggestImageText()'s answer, an array of its suggestions or null.
  spec('toHTML(suggestions)', (r, o) => rep.toHTML(r === good ? reportOf() : r, o),
    [good, { suggestions: { available: true, suggestions: [SUGGESTION] } }],
    [[], [null, 42, 'x', { suggestions: 'x' }, { suggestions: 42 }, { suggestions: {} },
      { suggestions: [null] }, { suggestions: [{ text: 42, confidence: 0.5 }] },
      { suggestions: [{ text: 'x', confidence: 2 }] }, { suggestions: [{ text: 'x', confidence: NaN }] }]]);
  spec('suggestionView', rep.suggestionView, [SUGGESTION],
    [[undefined, null, NaN, 'x', 42, [], sym, {}, { text: 'x' }, { ...SUGGESTION, alt: 42 }]]);
  // Monitor and feedback (classes and their page-wide instances).
  const m = new e.Monitor().configure({ models: [{ id: 'm1', version: '1.0.0', monitoring: {
    reference: { status: 'measured', range: [0, 1], proportions: [0.25, 0.25, 0.25, 0.25] },
    drift: { psi: 0.2, ks: 0.1, minSamples: 10 } } }] });
  spec('Monitor#configure', (x) => new e.Monitor().configure(x), [{ models: [] }],
    [[undefined, null, NaN, 42, '{', sym, { models: 'x' }]]);
  spec('Monitor#recordRun', (id, ms) => m.recordRun(id, ms), ['m1', 12],
    [NOT_STRING, [...NOT_NUMBER, -1]]);
  spec('Monitor#recordError', (id, d) => m.recordError(id, d), ['m1', {}], [NOT_STRING, NOT_OBJECT]);
  spec('Monitor#recordFallback', (id, d) => m.recordFallback(id, d), ['m1', {}],
    [NOT_STRING, NOT_OBJECT]);
  spec('Monitor#recordConfidences', (id, c) => m.recordConfidences(id, c), ['m1', [0.5]],
    [NOT_STRING, [...NOT_ARRAY, [NaN], [2], ['x']]]);
  spec('Monitor#attach', (r) => m.attach(r), [registry], [[undefined, null, NaN, 'x', 42, {}, sym]]);
  spec('Monitor#reset', (id) => m.reset(id), ['m1'], [[null, NaN, 42, {}, [], sym, '']]);
  spec('Monitor#on', (t, f) => m.on(t, f), ['drift', fn], [[...NOT_STRING, 'nope'], NOT_FUNCTION]);
  covered.add('Monitor#snapshot');
  const store = new e.FeedbackStore();
  spec('new FeedbackStore', (o) => new e.FeedbackStore(o), [{ capacity: 100 }],
    [[null, NaN, 'x', 42, sym, { capacity: NaN }, { capacity: HUGE }, { capacity: -1 },
      { storage: 'x' }]]);
  spec('FeedbackStore#record', (r) => store.record(r),
    [{ modelId: 'm1', output: 0.7, userVerdict: true }],
    [[undefined, null, NaN, 'x', 42, sym, {}, { modelId: 'm1', output: NaN, userVerdict: true },
      { modelId: 'm1', output: 0.5, userVerdict: 'yes' }, { modelId: 7, output: 0.5, userVerdict: 1 }]]);
  for (const method of ['entries', 'calibration', 'calibrationVersions']) {
    spec(`FeedbackStore#${method}`, (id) => store[method](id), ['m1'], [[...NOT_STRING, '']]);
  }
  spec('FeedbackStore#clear', (id) => store.clear(id), ['m2'], [[null, NaN, 42, {}, [], sym, '']]);
  spec('FeedbackStore#recalibrate', (id, o) => store.recalibrate(id, o), ['m1', { minLabels: 1e9 }],
    [[...NOT_STRING, ''], [null, 'x', 42, { minLabels: NaN }, { minLabels: -1 }]],
    { goodFails: ErrorCodes.INVALID_ARGUMENT }); // not enough outcomes: its own typed error
  spec('FeedbackStore#rollbackCalibration', (id) => store.rollbackCalibration(id), ['m1'],
    [[...NOT_STRING, '']], { goodFails: ErrorCodes.NOT_FOUND });
  spec('indexedDBStorage', e.indexedDBStorage, ['seamkit-test'],
    [[null, NaN, 42, {}, [], sym, '']], { goodFails: ErrorCodes.UNSUPPORTED });
  // Models.
  spec('new ModelRegistry', (o) => new ModelRegistry(o), [{ manifest: registry.manifest,
    baseUrl: 'http://localhost/' }],
  [[undefined, null, NaN, 'x', 42, sym, {}, { manifest: {}, baseUrl: 'http://localhost/' },
    { manifest: registry.manifest, baseUrl: 42 }]]);
  spec('ModelRegistry.create', (o) => ModelRegistry.create(o), [{ cache: false }],
    [[null, NaN, 'x', 42, sym, { manifestUrl: 42 }]]);
  const [id] = registry.manifest.models.map((x) => x.id);
  const version = registry.versions(id)[0];
  spec('ModelRegistry#versions', (i) => registry.versions(i), [id], [[...NOT_STRING, '']]);
  spec('ModelRegistry#entry', (i, v) => registry.entry(i, v), [id, version],
    [[...NOT_STRING, ''], [...NOT_STRING, '']]);
  spec('ModelRegistry#pin', (i, v) => registry.pin(i, v), [id, version],
    [[...NOT_STRING, ''], [...NOT_STRING, '']]);
  spec('ModelRegistry#unpin', (i) => registry.unpin(i), [id], [[...NOT_STRING, '']]);
  spec('ModelRegistry#on', (t, f) => registry.on(t, f), ['load', fn], [[...NOT_STRING, 'nope'],
    NOT_FUNCTION]);
  spec('ModelRegistry#fileBytes', (mo, r) => registry.fileBytes(mo, r),
    [registry.entry(id, version), 'weights'],
    [[undefined, null, NaN, 'x', 42, {}, sym], [null, 42, {}]]);
  spec('ModelRegistry#load', (i, o) => registry.load(i, o), ['no-such-model', {}],
    [[...NOT_STRING, ''], [null, 'x', 42]], { goodFails: ErrorCodes.NOT_FOUND });
  spec('ModelRegistry#rollback', (i, r) => registry.rollback(i, r), ['no-such-model', 'why'],
    [[...NOT_STRING, ''], [null, 42, {}]], { goodFails: ErrorCodes.NOT_FOUND });
  spec('ModelRegistry#dispose', (i, v) => registry.dispose(i, v), [id, version],
    [[null, NaN, 42, {}, [], sym, ''], [null, NaN, 42, {}, sym, '']]);
  // Avatar (the jobs need a Worker and a canvas: Node's good call falls
  // back to the main thread and is refused there as unsupported).
  spec('createAvatarJob', (i, o) => av.createAvatarJob(i, o).promise, [null, { name: 'Ada' }],
    [[NaN, 'x', 42, {}, [], sym, fn], [null, NaN, 'x', 42, sym, { size: NaN }, { size: HUGE },
      { size: 10 }, { style: 'nope' }, { name: 42 }, { name: 'x'.repeat(2000) },
      { minFaceScore: NaN }, { maxSide: -1 }, { quickPreview: 'yes' }, { timeoutMs: NaN },
      { timeoutMs: -1 }, { signal: 'x' }]], { goodFails: ErrorCodes.UNSUPPORTED });
  spec('avatarFromName', av.avatarFromName, ['Ada', {}],
    [[...NOT_STRING], [null, 'x', 42, { size: -1 }]], { goodFails: ErrorCodes.UNSUPPORTED });
  spec('new AvatarJob', (i, o, s) => new av.AvatarJob(i, o, s), [null, undefined, undefined],
    [[null], [undefined, null, 'x', 42, {}]], { goodFails: ErrorCodes.INVALID_ARGUMENT });
  spec('prewarmAvatarWorker', av.prewarmAvatarWorker, [{}], [[null, 'x', 42, sym]],
    { goodFails: ErrorCodes.UNSUPPORTED });
  spec('describeFaceScore', av.describeFaceScore, [0.9], [[...NOT_NUMBER, -0.1, 1.5, HUGE, [1]]]);
  spec('reasonMessage', av.reasonMessage, ['no-face'], [[undefined, null, NaN, 42, {}, sym]]);
  // Added on main while this test was written: covered when present.
  if (e.confidenceDisplays) {
    spec('confidenceDisplays', e.confidenceDisplays, [[display]],
      [[undefined, null, NaN, 'x', 42, {}, sym, fn]]);
  }
  if (av.measurePhotoQuality) {
    // Sizes that do not match the data read as an unusable photo by design
    // (tests/web/avatar-confidence.test.mjs); wrong types are refused.
    spec('measurePhotoQuality', av.measurePhotoQuality, [new Uint8Array(64), 4, 4, null],
      [[undefined, null, NaN, 'x', 42, {}, sym], [undefined, null, '4', {}, sym],
        [undefined, null, '4', {}, sym], ['x', 42, sym]]);
  }
  if (av.faceConfidenceInput) {
    const quality = { dark: false, blurry: false, brightness: 0.5, sharpness: 0.4 };
    spec('faceConfidenceInput', av.faceConfidenceInput, [{ score: 0.9, quality }],
      [[undefined, null, NaN, 'x', 42, sym, {}, { score: 'x', quality }, { score: 0.9 }]]);
  }
}

let reportCache;
function reportOf() {
  if (!reportCache) throw new Error('report not ready');
  return reportCache;
}

/** Runs a call; resolves to { ok, value } or { ok: false, error }. */
async function settle(run) {
  try {
    return { ok: true, value: await run() };
  } catch (error) {
    return { ok: false, error };
  }
}

function checkTyped(label, error, codes) {
  assert.ok(error instanceof SeamkitError,
    `${label}: ${error?.name ?? typeof error} ${error?.message ?? error} is not a SeamkitError`);
  assert.ok(CODES.has(error.code), `${label}: code ${error.code} is not one of ErrorCodes`);
  assert.ok(codes.has(error.code), `${label}: code ${error.code} is not an argument error`);
  assert.equal(typeof error.message, 'string');
  assert.ok(error.message.length > 5, `${label}: message '${error.message}'`);
}

test('every export, method and static method is exercised or listed with a reason', () => {
  const missing = [];
  const known = new Set([...goods.keys()].map((k) => k.replace(/^new /, '')));
  const has = (k) => known.has(k) || covered.has(k) || k in ACCEPTS_ANY;
  // Another name for an exported function (e.g. start = createAvatarJob)
  // is covered by the cases of that function.
  const aliasOf = (mod, value) => Object.entries(mod).find(([n, v]) => v === value &&
    (known.has(n) || covered.has(n)))?.[0];
  for (const [entry, mod] of Object.entries(entries)) {
    for (const [name, value] of Object.entries(mod)) {
      if (entry.startsWith('./elements/')) {
        assert.ok(typeof value === 'function' && value.prototype instanceof HTMLElement,
          `${entry}:${name} is not a custom element class: list it`);
        continue;
      }
      if (typeof value === 'function') {
        const isClass = /^class\b/.test(Function.prototype.toString.call(value));
        if (!isClass) {
          const alias = { reportToJSON: 'toJSON' }[name] ?? name;
          if (!has(alias) && !has(`${entry}:${name}`) && !aliasOf(mod, value) &&
            !(entry === './a11y' && has(`a11y ${name}`))) {
            missing.push(`${entry}:${name}`);
          }
          continue;
        }
        if (name === 'SeamkitError') continue;
        if (!has(name) && !has(`${entry}:${name}`)) missing.push(`${entry}:${name} (constructor)`);
        const proto = value.prototype;
        for (const m of Object.getOwnPropertyNames(proto)) {
          const d = Object.getOwnPropertyDescriptor(proto, m);
          if (m === 'constructor' || typeof d.value !== 'function') continue;
          if (!has(`${name}#${m}`)) missing.push(`${name}#${m}`);
        }
        for (const s of Object.getOwnPropertyNames(value)) {
          if (typeof value[s] !== 'function') continue;
          if (!has(`${name}.${s}`)) missing.push(`${name}.${s}`);
        }
      }
      // Data exports (ErrorCodes, version, STANDARD_TAGS, ...) and the
      // page-wide instances (monitor, feedback: Monitor and FeedbackStore
      // methods above) take no arguments.
    }
  }
  assert.deepEqual(missing, [], 'exports neither tested nor listed in ACCEPTS_ANY');
});

test('good calls succeed (or fail only where Node cannot run them)', async () => {
  reportCache = await entries['./report'].report(shop);
  let n = 0;
  for (const [label, { run, goodFails }] of goods) {
    const r = await settle(run);
    if (goodFails) {
      if (!r.ok) checkTyped(label, r.error, new Set([goodFails, ...ARG_CODES]));
    } else {
      assert.ok(r.ok, `${label} with good arguments failed: ${r.error?.code} ${r.error?.message}`);
    }
    n++;
  }
  console.log(`# errors contract: ${n} functions called with good arguments`);
});

test('bad arguments give a typed SeamkitError with an argument code', async () => {
  reportCache ??= await entries['./report'].report(shop);
  const failures = [];
  for (const [label, run] of cases) {
    const r = await settle(run);
    if (r.ok) {
      failures.push(`${label}: accepted (returned ${show(r.value)})`);
      continue;
    }
    try {
      checkTyped(label, r.error, ARG_CODES);
    } catch (e) {
      failures.push(e.message);
    }
  }
  console.log(`# errors contract: ${cases.size} bad calls, ${failures.length} not refused as typed`);
  assert.deepEqual(failures, []);
});

test('E_TIMEOUT is a code (createOcr timeoutMs); DEFAULT_TIMEOUT_MS is exported', () => {
  assert.equal(ErrorCodes.TIMEOUT, 'E_TIMEOUT');
  assert.equal(entries['./ocr'].DEFAULT_TIMEOUT_MS, 30000);
});

test('SeamkitError: code, message and optional cause', () => {
  const cause = new Error('inner');
  const e = new SeamkitError(ErrorCodes.PARSE, 'bad JSON', { cause });
  assert.ok(e instanceof Error);
  assert.equal(e.name, 'SeamkitError');
  assert.equal(e.code, 'E_PARSE');
  assert.equal(e.message, 'bad JSON');
  assert.equal(e.cause, cause);
  assert.equal(new SeamkitError(ErrorCodes.INTERNAL, 'x').cause, undefined);
  assert.ok(Object.isFrozen(ErrorCodes));
  assert.equal(errorsMod.ErrorCodes, entries['.'].ErrorCodes, 'one ErrorCodes object');
});

test('missing files and unknown ids give typed errors too (not argument errors)', async () => {
  const { ModelRegistry } = entries['./models'];
  const missing = await settle(() => ModelRegistry.create({
    manifestUrl: 'file:///nonexistent/seamkit/manifest.json' }));
  assert.ok(!missing.ok);
  checkTyped('ModelRegistry.create(missing manifest)', missing.error, new Set([ErrorCodes.NOT_FOUND]));
  assert.ok(missing.error.cause, 'the file system error is kept as the cause');
  const [id] = registry.manifest.models.map((x) => x.id);
  assert.throws(() => registry.pin(id, '99.0.0'), (e) => e.code === ErrorCodes.NOT_FOUND);
  await assert.rejects(registry.fileBytes(registry.entry(id, registry.versions(id)[0]), 'nope'),
    (e) => e.code === ErrorCodes.NOT_FOUND);
});
