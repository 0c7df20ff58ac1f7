// toHTML(): the report as one self-contained HTML file. No scripts, no
// external resources (a Content-Security-Policy says so), every string from
// the page escaped; readable in any browser, printable.
import { checkReport } from './check.js';
import { requireArg } from '../errors.js';
import { REPORT_CSS, escapeHtml, renderReport } from './render.js';
import { SUGGESTIONS_CSS, normalizeSuggestions, renderSuggestions } from './suggestions.js';

/**
 * @param {any} r a report from report()
 * @param {{ title?: string, suggestions?: any }} [options] suggestions: what
 *   suggestImageText() resolved with (or an array of its suggestions), shown
 *   after the report as a separate "AI-assisted suggestions" section
 * @returns {string} a complete HTML document
 */
export function toHTML(r, options = {}) {
  checkReport(r, 'toHTML');
  requireArg(options !== null && typeof options === 'object', 'toHTML() options must be an object');
  const suggestions = normalizeSuggestions(options.suggestions, 'options.suggestions');
  const title = typeof options?.title === 'string' && options.title ? options.title
    : `Accessibility report${r.url ? ` for ${r.url}` : ''}`;
  const when = r.timestamp ? `Audited ${r.timestamp}` : '';
  const engine = r.engine?.name ? ` with ${r.engine.name} ${r.engine.version ?? ''}` : '';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="generator" content="seamkit (${escapeHtml(r.priorityModel)})">
<title>${escapeHtml(title)}</title>
<style>
body { margin: 0; padding: 1rem 1.5rem 3rem; font: 16px/1.45 system-ui, sans-serif; background: #fff; }
${REPORT_CSS}${suggestions ? SUGGESTIONS_CSS : ''}
</style>
</head>
<body>
<main>
<h1>${escapeHtml(title)}</h1>
<p class="meta">${escapeHtml(`${when}${engine}`.trim())}</p>
${renderReport(r, { interactive: false, inlineStyles: true, headingLevel: 2 })}
${suggestions ? renderSuggestions(suggestions, { interactive: false, headingLevel: 2 }) : ''}
</main>
</body>
</html>
`;
}
