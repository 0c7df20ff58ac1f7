// seamkit/report in Node: real audit results (seamkit's audit() of the mock
// shop page in Chromium, tests/fixtures/report/shop-results.json) → the
// prioritized report and its JSON, SARIF and HTML exports.
import test from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import Ajv from 'ajv';
import { report, toJSON, toSARIF, toHTML } from '../../dist/report/index.js';
import * as entry from '../../dist/index.js';
import { SeamkitError } from '../../dist/index.js';

const FIXTURE = new URL('../fixtures/report/shop-results.json', import.meta.url);
const shop = JSON.parse(await readFile(FIXTURE, 'utf8'));

const rejectsWith = (promise, code, pattern) => assert.rejects(promise,
  (e) => e instanceof SeamkitError && e.code === code && pattern.test(e.message));
const throwsWith = (fn, code, pattern) => assert.throws(fn,
  (e) => e instanceof SeamkitError && e.code === code && pattern.test(e.message));

test('the shop audit collapses 40 low-contrast links into one group with a colour fix', async () => {
  const r = await report(shop);
  assert.equal(r.format, 'seamkit.report');
  assert.equal(r.priorityModel, 'priority-model 1.0');
  const contrast = shop.violations.find((v) => v.id === 'color-contrast');
  assert.equal(contrast.nodes.length, 41, 'fixture: 40 links + 1 footer paragraph');
  const links = r.groups.filter((g) => g.rule.id === 'color-contrast');
  assert.deepEqual(links.map((g) => g.count).sort((a, b) => a - b), [1, 40]);
  const g = links.find((x) => x.count === 40);
  assert.deepEqual(g.cause, { kind: 'color-pair', value: '#9a9a9a/#ffffff' });
  assert.ok(g.instances.every((i) => /a$/.test(i.target[0]) && i.html.includes('Add to cart')));
  const c = g.fix.contrast;
  assert.equal(c.fg, '#9a9a9a');
  for (const f of c.fixes.filter((x) => x.reachable)) {
    assert.match(f.hex, /^#[0-9a-f]{6}$/);
    assert.ok(f.ratio >= f.target - 0.005, `${f.level} ${f.change}: ${f.ratio} < ${f.target}`);
  }
  assert.match(g.fix.snippet, /^\.buy \{\n {2}color: #[0-9a-f]{6};/);
  assert.deepEqual(g.affected.map((a) => a.id), ['low-vision', 'colour-vision']);
  // 40 images without alt: one group too, by the missing attribute.
  const images = r.groups.find((x) => x.rule.id === 'image-alt');
  assert.equal(images.count, 40);
  assert.deepEqual(images.cause, { kind: 'missing-attribute', value: 'alt' });
});

test('summary, fix-first pick and ranks follow the priority model', async () => {
  const r = await report(shop);
  // The unlabeled signup field reaches blind, motor and cognitive users;
  // the links then add colour-vision; nothing on the page affects hearing.
  assert.deepEqual(r.fixFirst.map((g) => g.rule.id), ['label', 'color-contrast']);
  assert.ok(r.fixFirst.every((g) => g.fixFirst));
  assert.match(r.summary.sentence, /^Fix these 2 issues first: they affect an estimated \d+%/);
  assert.match(r.summary.sentence, /estimate/);
  assert.equal(r.summary.estimate, true);
  assert.ok(r.summary.share > 0.5 && r.summary.share <= r.summary.allShare);
  assert.equal(r.summary.instances, shop.violations.reduce((n, v) => n + v.nodes.length, 0));
  assert.deepEqual(r.groups.map((g) => g.rank), r.groups.map((_, i) => i + 1));
  assert.ok(r.summary.sources.length > 5 && r.summary.sources.every((s) => s.source.length > 10));
  const form = r.groups.find((g) => g.rule.id === 'label');
  assert.equal(form.flags.blocksTask, true, 'a field inside a form blocks submitting it');
  assert.equal(form.fix.suggestion, 'Full name');
  assert.equal(form.fix.suggestionSource, 'name attribute');
  const nav = r.groups.find((g) => g.rule.id === 'link-name');
  assert.equal(nav.flags.mainOrNav, true);
  assert.equal((await report(shop, { fixFirst: 1 })).fixFirst.length, 1);
});

test('toJSON: axe-compatible results plus groups, priorities and fixes', async () => {
  const r = await report(shop);
  const j = toJSON(r);
  const round = JSON.parse(JSON.stringify(j));
  assert.deepEqual(round.violations, shop.violations);
  assert.equal(round.testEngine.name, 'seamkit');
  assert.equal(round.groups.length, r.groups.length);
  assert.equal(round.priorities.model, 'priority-model 1.0');
  assert.deepEqual(round.priorities.fixFirst, r.fixFirst.map((g) => g.id));
  assert.equal(round.fixes.length, r.groups.length);
  assert.ok(round.fixes.every((f) => typeof f.why === 'string' && f.why.length > 10));
  const ids = new Set(round.groups.map((g) => g.id));
  assert.ok(round.priorities.ranked.every((x) => ids.has(x.group)));
});

/** The SARIF 2.1.0 schema shipped by @microsoft/jest-sarif (a devDependency). */
async function sarifValidator() {
  const path = process.env.SEAMKIT_SARIF_SCHEMA ?? createRequire(import.meta.url)
    .resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');
  const schema = JSON.parse(await readFile(path, 'utf8'));
  assert.equal(schema.properties.version.enum[0], '2.1.0');
  // The file is written in JSON Schema draft-04, which Ajv 8 reads once its
  // draft-04 `id` becomes `$id`; no other draft-04-only keyword is used.
  // One pattern (language) has a stray "]" that only the non-unicode
  // RegExp syntax accepts, as draft-04 validators read it.
  delete schema.$schema;
  schema.$id = schema.id;
  delete schema.id;
  const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false,
    unicodeRegExp: false });
  return ajv.compile(schema);
}

test('toSARIF: a valid SARIF 2.1.0 log with WCAG-tagged rules and selector locations', async () => {
  const validate = await sarifValidator();
  const r = await report(shop);
  const log = toSARIF(r);
  assert.ok(validate(log), JSON.stringify(validate.errors?.slice(0, 5), null, 1));
  const run = log.runs[0];
  assert.equal(run.properties.priorityModel, 'priority-model 1.0');
  const rules = run.tool.driver.rules;
  assert.deepEqual(rules.map((x) => x.id).sort(), [...new Set(r.groups.map((g) => g.rule.id))].sort());
  const cc = rules.find((x) => x.id === 'color-contrast');
  assert.ok(cc.properties.tags.includes('wcag2aa'));
  assert.match(cc.helpUri, /^https:\/\//);
  assert.equal(run.results.length, r.summary.instances);
  for (const res of run.results) {
    assert.equal(rules[res.ruleIndex].id, res.ruleId);
    assert.equal(res.locations[0].logicalLocations[0].kind, 'element');
    assert.equal(res.locations[0].physicalLocation.artifactLocation.uri, 'https://shop.example/');
  }
  const first = run.results.find((x) => x.ruleId === 'image-alt');
  assert.equal(first.locations[0].logicalLocations[0].fullyQualifiedName,
    'html > body > main > ul > li:nth-child(1) > img');
  // The validator is not a rubber stamp: a broken log fails.
  const broken = structuredClone(log);
  broken.runs[0].results[0].level = 'fatal';
  assert.equal(validate(broken), false);
  delete broken.runs[0].tool;
  assert.equal(validate(broken), false);
});

/** Tag names and attribute names used in an HTML string. */
function markup(html) {
  const tags = new Set();
  const attrs = new Set();
  for (const m of html.matchAll(/<([a-zA-Z][\w-]*)([^>]*)>/g)) {
    tags.add(m[1].toLowerCase());
    for (const a of m[2].matchAll(/\s([^\s=]+)(?:="[^"]*")?/g)) attrs.add(a[1].toLowerCase());
  }
  return { tags, attrs };
}

const HOSTILE = '<img src=x onerror=alert(1)>';

function hostileResults() {
  const r = structuredClone(shop);
  const v = r.violations.find((x) => x.id === 'image-alt');
  v.help = `<script>alert("help")</script>`;
  v.helpUrl = 'javascript:alert(1)';
  v.nodes[0].html = HOSTILE;
  v.nodes[0].target = [`img[title="\\"><svg onload=alert(2)>"]`];
  v.nodes[0].failureSummary = '</pre><iframe src=x>';
  r.url = 'https://shop.example/"><script>alert(3)</script>';
  return r;
}

test('toHTML escapes every page-derived string and needs no script', async () => {
  const html = toHTML(await report(hostileResults()));
  assert.match(html, /^<!doctype html>/);
  assert.match(html, /Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'"/);
  const { tags, attrs } = markup(html);
  const allowed = new Set(['html', 'head', 'meta', 'title', 'style', 'body', 'main', 'h1', 'h2', 'h3',
    'h4', 'h5', 'p', 'section', 'details', 'summary', 'ul', 'ol', 'li', 'article', 'code', 'pre', 'cite',
    'strong', 'span', 'div', 'figure', 'figcaption', 'br', 'table', 'caption', 'thead', 'tbody', 'tr',
    'th', 'td', 'a']);
  assert.deepEqual([...tags].filter((t) => !allowed.has(t)), []);
  assert.deepEqual([...attrs].filter((a) => a.startsWith('on')), []);
  assert.ok(!/href="javascript:/i.test(html), 'no javascript: link');
  assert.ok(html.includes('&lt;img src=x onerror=alert(1)&gt;'), 'the hostile snippet is shown, escaped');
  assert.ok(html.includes('&lt;script&gt;alert(&quot;help&quot;)&lt;/script&gt;'));
  // The readable parts are there.
  assert.match(html, /Fix these first/);
  assert.match(html, /How we estimate/);
  assert.match(html, /Okoro CA/);
  assert.match(html, /priority-model 1\.0/);
  assert.match(html, /style="background:#9a9a9a"/, 'before swatch');
});

test('the package entry exports report and its exporters', () => {
  assert.equal(entry.report, report);
  assert.equal(entry.reportToJSON, toJSON);
  assert.equal(entry.toSARIF, toSARIF);
  assert.equal(entry.toHTML, toHTML);
});

test('bad arguments are typed errors', async () => {
  await rejectsWith(report(null), 'E_INVALID_ARGUMENT', /violations/);
  await rejectsWith(report({ violations: 'x' }), 'E_INVALID_ARGUMENT', /violations/);
  await rejectsWith(report({ violations: [{ id: 'x' }] }), 'E_INVALID_ARGUMENT', /nodes/);
  await rejectsWith(report({ violations: [{ id: 'x', nodes: [{ target: 'a' }] }] }),
    'E_INVALID_ARGUMENT', /target/);
  await rejectsWith(report(shop, { fixFirst: 51 }), 'E_INVALID_ARGUMENT', /fixFirst/);
  await rejectsWith(report(shop, { fixFirst: 1.5 }), 'E_INVALID_ARGUMENT', /fixFirst/);
  await rejectsWith(report(shop, null), 'E_INVALID_ARGUMENT', /options/);
  // A colour the core cannot parse is reported with the failure's index.
  const badColour = { violations: [{ id: 'color-contrast', impact: 'serious', nodes: [
    { target: ['p'], html: '<p>x</p>', none: [{ data: { fg: 'nonsense', bg: '#fff' } }] }] }] };
  await rejectsWith(report(badColour), 'E_MALFORMED', /failures\[0\].*fg/);
  for (const fn of [toJSON, toSARIF, toHTML]) {
    throwsWith(() => fn({}), 'E_INVALID_ARGUMENT', /report\(\)/);
    throwsWith(() => fn(null), 'E_INVALID_ARGUMENT', /report\(\)/);
  }
});

test('axe-core shaped results work too (fgColor, "10.5pt (14px)")', async () => {
  const axeLike = { violations: [{ id: 'color-contrast', impact: 'serious', tags: ['wcag2aa'],
    help: 'Elements must meet minimum color contrast ratio thresholds',
    nodes: [1, 2, 3].map((i) => ({ target: [`main > p:nth-child(${i})`], html: `<p class="muted">${i}</p>`,
      any: [{ id: 'color-contrast', data: { fgColor: '#aaaaaa', bgColor: '#ffffff',
        fontSize: '10.5pt (14px)', fontWeight: 'normal' } }] })) }] };
  const r = await report(axeLike);
  assert.equal(r.groups.length, 1);
  assert.equal(r.groups[0].count, 3);
  assert.equal(r.groups[0].fix.contrast.fg, '#aaaaaa');
  assert.equal(r.groups[0].fix.contrast.largeText, false);
  assert.equal(r.groups[0].flags.mainOrNav, true);
});

test('text over a gradient gets no colour fix: no one text colour is known to fix every part', async () => {
  const node = (data) => ({ target: ['p'], html: '<p>Sale</p>', none: [{ id: 'color-contrast', data }] });
  const base = { fg: '#aaaaaa', bg: '#0000ff', ratio: 3.7, fontSize: 16, fontWeight: 400 };
  const flat = await report({ violations: [{ id: 'color-contrast', impact: 'serious',
    nodes: [node(base)] }] });
  assert.ok(flat.groups[0].fix.contrast, 'a flat background gets a colour fix');
  const over = await report({ violations: [{ id: 'color-contrast', impact: 'serious',
    nodes: [node({ ...base, gradient: true, ratioMin: 1.08 })] }] });
  assert.equal(over.groups.length, 1);
  assert.equal(over.groups[0].fix.contrast, undefined);
});
