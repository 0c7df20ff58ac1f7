// HTML for a report, shared by toHTML() (a standalone file) and
// <seam-audit-report> (its shadow root). Every string that came from the
// audited page, the results or the data is escaped here; colours are used
// only after matching #rrggbb.

const ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML text and quoted attribute values. */
export function escapeHtml(value) {
  return String(value ?? '').replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

const HEX = /^#[0-9a-f]{6}$/i;
export const SEVERITIES = ['critical', 'serious', 'moderate', 'minor'];
const SEVERITY_LABEL = { critical: 'Critical', serious: 'Serious', moderate: 'Moderate', minor: 'Minor' };

const plural = (n, one, many) => `${n} ${n === 1 ? one : many}`;

function figureText(f) {
  const value = f.unit === 'percent' ? `${f.value}%` : Number(f.value).toLocaleString('en');
  return `${value} ${f.statement} (${f.population})`;
}

function methodHtml(r, h) {
  const sources = (r.summary.sources ?? []).map((f) =>
    `<li>${escapeHtml(figureText(f))}. <cite>${escapeHtml(f.source)}</cite></li>`).join('');
  return `<details class="method"><summary>How we estimate</summary>
<p>${escapeHtml(r.summary.method)}</p>
<p>Each issue is ranked by severity × share of users affected × prominence (interactive, visible
without scrolling, in the main content or navigation, blocking a form, number of instances). The
“fix first” set is the smallest set of issues that covers the largest estimated share.
Priority model: <code>${escapeHtml(r.priorityModel)}</code>.</p>
<h${h + 1}>Sources</h${h + 1}><ul class="sources">${sources}</ul></details>`;
}

function swatch(fg, bg, label, inline) {
  if (!HEX.test(fg) || !HEX.test(bg)) return '';
  const style = inline ? ` style="background:${bg}"` : '';
  const bar = inline ? ` style="background:${fg}"` : '';
  return `<figure class="swatch"><div class="chip" data-bg="${bg}"${style} aria-hidden="true">` +
    `<span class="bar" data-bg="${fg}"${bar}></span></div>` +
    `<figcaption>${escapeHtml(label)}<br><code>${fg}</code> on <code>${bg}</code></figcaption></figure>`;
}

function contrastHtml(c, inline) {
  if (!c) return '';
  const aa = c.fixes.find((f) => f.level === 'AA' && f.change === 'text' && f.reachable) ??
    c.fixes.find((f) => f.level === 'AA' && f.reachable);
  let after = '';
  if (aa) {
    const [fg, bg] = aa.change === 'text' ? [aa.hex, c.bg] : [c.fg, aa.hex];
    after = swatch(fg, bg, `After: ${aa.ratio.toFixed(2)}:1`, inline);
  }
  const rows = c.fixes.map((f) => `<tr><td>${escapeHtml(f.level)}</td><td>${escapeHtml(f.change)}</td>` +
    (f.reachable ? `<td><code>${escapeHtml(f.hex)}</code></td><td>${f.ratio.toFixed(2)}:1</td>`
      : '<td colspan="2">no colour of this hue reaches it</td>') + '</tr>').join('');
  return `<div class="swatches">${swatch(c.fg, c.bg, `Before: ${c.ratio.toFixed(2)}:1`, inline)}${after}</div>
<table class="colours"><caption>Nearest passing colours (same hue)</caption>
<thead><tr><th scope="col">Level</th><th scope="col">Change</th><th scope="col">Colour</th><th scope="col">Ratio</th></tr></thead>
<tbody>${rows}</tbody></table>`;
}

function instancesHtml(g, gi, interactive) {
  const items = g.instances.map((inst, ii) => {
    const where = interactive
      ? `<button type="button" class="locate" data-group="${gi}" data-instance="${ii}">` +
        `Show <code>${escapeHtml(inst.selector)}</code></button>`
      : `<code>${escapeHtml(inst.selector)}</code>`;
    return `<li>${where}<pre class="html"><code>${escapeHtml(inst.html)}</code></pre></li>`;
  }).join('');
  return `<details class="instances"><summary>${plural(g.count, 'instance', 'instances')}</summary>` +
    `<ul>${items}</ul></details>`;
}

function fixHtml(g, gi, headingId, interactive) {
  const f = g.fix;
  if (!f.snippet) return '';
  const copy = interactive ? `<button type="button" class="copy" data-group="${gi}" ` +
    `aria-describedby="${headingId}">Copy fix</button>` : '';
  const note = f.suggestion ? `<p class="note">Suggested text “${escapeHtml(f.suggestion)}” ` +
    `comes from the ${escapeHtml(f.suggestionSource)}: check it before use.</p>` : '';
  return `<div class="fix"><pre class="snippet"><code>${escapeHtml(f.snippet)}</code></pre>${copy}</div>${note}`;
}

function groupHtml(g, gi, h, opts) {
  const headingId = `g${gi}-h`;
  const who = g.affected.length
    ? g.affected.map((a) => escapeHtml(a.label)).join(', ')
    : 'no user group is rated as seriously affected in our data';
  // Only web links: a javascript: or data: URL from the results must not
  // become a live link.
  const help = /^https?:\/\//i.test(g.rule.helpUrl)
    ? ` <a href="${escapeHtml(g.rule.helpUrl)}">About ${escapeHtml(g.rule.id)}</a>` : '';
  return `<article class="group" data-impact="${escapeHtml(g.impact)}" aria-labelledby="${headingId}">
<h${h} id="${headingId}">${escapeHtml(g.rule.help)}</h${h}>
<p class="meta"><span class="impact">${escapeHtml(SEVERITY_LABEL[g.impact] ?? g.impact)}</span> ·
${plural(g.count, 'instance', 'instances')} · rule <code>${escapeHtml(g.rule.id)}</code>${help}</p>
<p class="who"><strong>Who is affected:</strong> ${who}</p>
<p class="why">${escapeHtml(g.fix.why)}</p>
${contrastHtml(g.fix.contrast, opts.inlineStyles)}
${fixHtml(g, gi, headingId, opts.interactive)}
${instancesHtml(g, gi, opts.interactive)}
</article>`;
}

/** How many groups are shown as cards, at least. */
export const CARD_COUNT = 3;

/** Groups by rank that top the "fix first" cards up to CARD_COUNT. */
export function topUp(r) {
  const picked = new Set(r.fixFirst);
  const room = Math.max(0, CARD_COUNT - r.fixFirst.length);
  return r.groups.filter((g) => !picked.has(g)).slice(0, room);
}

/**
 * @param {any} r a report from report()
 * @param {{ interactive?: boolean, inlineStyles?: boolean, headingLevel?: number }} [opts]
 *   interactive: Copy and Show buttons (the component); headingLevel: of the report title
 */
export function renderReport(r, opts = {}) {
  const level = Number(opts.headingLevel ?? 2);
  const h = Number.isInteger(level) ? Math.min(Math.max(level, 1), 3) : 2;
  const index = new Map(r.groups.map((g, i) => [g, i]));
  const first = r.fixFirst.map((g) => `<li>${groupHtml(g, index.get(g), h + 2, opts)}</li>`).join('');
  // Cards: the "fix first" set, topped up to kCards by rank when the set is
  // smaller (it stops when no further group reaches new users).
  const next = topUp(r);
  const nextHtml = next.map((g) => `<li>${groupHtml(g, index.get(g), h + 2, opts)}</li>`).join('');
  const shown = new Set([...r.fixFirst, ...next]);
  const rest = r.groups.filter((g) => !shown.has(g));
  const bySeverity = SEVERITIES.map((s) => {
    const list = rest.filter((g) => g.impact === s);
    if (list.length === 0) return '';
    const items = list.map((g) => `<li>${groupHtml(g, index.get(g), h + 2, opts)}</li>`).join('');
    return `<details class="severity" data-impact="${s}"><summary>${SEVERITY_LABEL[s]}: ` +
      `${plural(list.length, 'issue', 'issues')}</summary><ul class="groups">${items}</ul></details>`;
  }).join('');
  const counts = r.groups.length === 0 ? 'No failures were found by the rules that ran.'
    : `${plural(r.groups.length, 'issue', 'issues')} (${plural(r.summary.instances, 'failing element',
      'failing elements')}) from ${plural(r.summary.rules, 'rule', 'rules')}.`;
  return `<section class="report" aria-labelledby="report-h">
<h${h} id="report-h">Accessibility report</h${h}>
<p class="summary">${escapeHtml(r.summary.sentence)}</p>
<p class="counts">${escapeHtml(counts)}</p>
${methodHtml(r, h)}
${first ? `<h${h + 1}>Fix these first</h${h + 1}><ol class="cards">${first}</ol>` : ''}
${nextHtml ? `<h${h + 1}>Next by priority</h${h + 1}><ol class="cards next">${nextHtml}</ol>` : ''}
${rest.length ? `<h${h + 1}>Everything else</h${h + 1}>${bySeverity}` : ''}
</section>`;
}

/** Styles for the report, shared by the component and the HTML export. */
export const REPORT_CSS = `
.report { font: inherit; color: #1a1a1a; line-height: 1.45; max-width: 60rem; }
.report h2, .report h3, .report h4, .report h5 { line-height: 1.25; margin: 1rem 0 0.4rem; }
.summary { font-size: 1.15em; font-weight: 600; margin: 0.25rem 0; }
.counts, .meta { color: #454545; margin: 0.25rem 0; }
.cards, .groups { list-style: none; padding: 0; margin: 0; display: grid; gap: 0.75rem; }
.group { border: 1px solid #767676; border-radius: 0.5rem; padding: 0.5rem 1rem 0.75rem; background: #fff; }
.cards .group { border-width: 2px; border-color: #1a1a1a; }
.impact { font-weight: 700; }
.group[data-impact="critical"] .impact, .group[data-impact="serious"] .impact { color: #a4000f; }
code, pre { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 0.9em; }
pre { white-space: pre-wrap; word-break: break-word; margin: 0.25rem 0; }
.snippet { background: #f3f3f3; border: 1px solid #767676; border-radius: 0.3rem; padding: 0.5rem; }
.fix { display: grid; gap: 0.4rem; justify-items: start; }
.note { font-size: 0.9em; color: #454545; }
.swatches { display: flex; flex-wrap: wrap; gap: 1rem; }
.swatch { margin: 0; display: flex; gap: 0.5rem; align-items: center; }
.chip { width: 3.5rem; height: 2.25rem; border: 1px solid #1a1a1a; border-radius: 0.3rem;
  display: flex; align-items: center; justify-content: center; }
.bar { display: block; width: 70%; height: 0.5rem; border-radius: 0.25rem; }
.colours { border-collapse: collapse; margin: 0.5rem 0; font-size: 0.9em; }
.colours caption { text-align: start; font-weight: 600; }
.colours th, .colours td { border: 1px solid #767676; padding: 0.15rem 0.5rem; text-align: start; }
details { margin: 0.4rem 0; }
summary { cursor: pointer; font-weight: 600; padding: 0.15rem 0; }
.severity > summary { font-size: 1.05em; }
.instances ul { padding-inline-start: 1.2rem; }
.html { color: #454545; }
a { color: #0b57a4; }
button { font: inherit; font-size: 0.95em; color: #fff; background: #0b57a4; border: 2px solid #0b57a4;
  border-radius: 0.3rem; padding: 0.2rem 0.75rem; cursor: pointer; }
button.locate { color: #0b57a4; background: #fff; text-align: start; }
button:hover { text-decoration: underline; }
:focus-visible { outline: 3px solid #b35c00; outline-offset: 2px; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
@media (prefers-reduced-motion: reduce) { * { transition: none !important; animation: none !important; scroll-behavior: auto !important; } }
@media (forced-colors: active) { .chip, .bar { forced-color-adjust: none; } }
`;
