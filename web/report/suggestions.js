// The "AI-assisted suggestions" section of a report: alt text suggested for
// images of text by seamkit/a11y/ocr-suggest. Shared by <seam-audit-report>
// (editable, with Copy and Dismiss) and toHTML() (static). The section is
// kept apart from the rule results: suggestions never change them.
//
// suggestionView() is the plain view model of one suggestion (every string
// the section shows); renderSuggestions() turns the list into HTML, every
// string escaped.
import { requireArg } from '../errors.js';
import { renderConfidenceHTML } from '../confidence/index.js';
import { escapeHtml } from './render.js';

const KIND_HEADING = {
  'missing-alt': 'Image of text with no alt',
  'file-name-alt': 'Image of text whose alt is a file name',
  'alt-disagrees': 'Alt that disagrees with the image’s text',
};

const REVIEW_TEXT = 'the text was read with low confidence and may be wrong. ' +
  'Compare it with the image before using it.';
const SUGGESTED_TEXT = 'read by text recognition; check it against the image before using it.';

const isObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
const pct = (p) => `${Math.round(Math.min(1, Math.max(0, p)) * 100)}%`;

function checkSuggestion(s, where) {
  requireArg(isObject(s), `${where} must be a suggestion object from suggestImageText()`);
  requireArg(typeof s.text === 'string', `${where}.text must be a string`);
  requireArg(s.suggestion === undefined || typeof s.suggestion === 'string',
    `${where}.suggestion must be a string`);
  requireArg(s.alt === undefined || s.alt === null || typeof s.alt === 'string',
    `${where}.alt must be a string or null`);
  requireArg(typeof s.confidence === 'number' && s.confidence >= 0 && s.confidence <= 1,
    `${where}.confidence must be a number in [0, 1]`);
}

/**
 * The suggestions to show, from what suggestImageText() resolved with (or a
 * plain array of its suggestions; null or undefined for none).
 * @returns {{ list: any[], available: boolean, reason: string | null } | null}
 */
export function normalizeSuggestions(input, what = 'suggestions') {
  if (input === null || input === undefined) return null;
  const list = Array.isArray(input) ? input : isObject(input) ? input.suggestions : undefined;
  requireArg(Array.isArray(list),
    `${what} must be what suggestImageText() resolved with, an array of its suggestions, or null`);
  list.forEach((s, i) => checkSuggestion(s, `${what}[${i}]`));
  const available = Array.isArray(input) ? true : input.available !== false;
  const reason = !Array.isArray(input) && typeof input.reason === 'string' ? input.reason : null;
  return { list, available, reason };
}

/**
 * Every string the section shows for one suggestion.
 * @param {any} s a suggestion from suggestImageText()
 */
export function suggestionView(s) {
  checkSuggestion(s, 'suggestion');
  const needsReview = s.status === 'needs-review';
  const alt = typeof s.alt === 'string' ? s.alt : null;
  const suggestion = typeof s.suggestion === 'string' ? s.suggestion : s.text;
  const selector = Array.isArray(s.target) ? s.target.join(' ') : '';
  return {
    aiAssisted: true,
    kind: s.kind,
    heading: KIND_HEADING[s.kind] ?? 'Image of text',
    says: s.text,
    saysLabel: 'The image appears to say',
    currentAlt: alt,
    currentAltText: alt === null || alt.trim() === '' ? 'none' : alt,
    currentAltLabel: s.altSource && s.altSource !== 'alt' ? `Current name (${s.altSource})` : 'Current alt',
    suggestedAlt: suggestion,
    editLabel: 'Suggested alt (edit it before copying)',
    confidence: s.confidence,
    confidenceText: `${pct(s.confidence)} calibrated confidence`,
    claim: `This image appears to say “${s.text}”`,
    needsReview,
    statusLabel: needsReview ? 'Needs review' : 'Suggested',
    statusText: needsReview ? REVIEW_TEXT : SUGGESTED_TEXT,
    selector,
    modelId: typeof s.modelId === 'string' ? s.modelId : null,
    reviewBelow: typeof s.thresholds?.reviewBelow === 'number' ? s.thresholds.reviewBelow : 0.5,
    raw: typeof s.rawConfidence === 'number' ? s.rawConfidence : null,
  };
}

/** The section's one-line summary. */
export function suggestionsSummary(n) {
  if (!n.available) {
    return `AI-assisted suggestions are unavailable: ${n.reason ?? 'text recognition could not run'}.`;
  }
  const count = n.list.length;
  if (count === 0) return 'No image of text was found that needs a new alt.';
  const review = n.list.filter((s) => s.status === 'needs-review').length;
  return `${count} ${count === 1 ? 'image' : 'images'} of text with a suggested alt` +
    (review ? ` (${review} ${review === 1 ? 'needs' : 'need'} review).` : '.');
}

/** A <seam-confidence> for the component; the core's static HTML (or text) for a file. */
function confidenceHtml(v, interactive) {
  if (interactive) {
    const raw = v.raw === null ? '' : ` raw="${v.raw}"`;
    return `<seam-confidence class="ocr-confidence" value="${v.confidence}"${raw} ` +
      `thresholds="0 ${v.reviewBelow}" claim="${escapeHtml(v.claim)}"></seam-confidence>`;
  }
  try {
    return renderConfidenceHTML({ calibrated: v.confidence, raw: v.raw ?? undefined, claim: v.claim,
      policy: { low: null, high: v.reviewBelow } });
  } catch {
    // No core loaded (or the display cannot be built): the figure in words.
    return `<p class="ocr-confidence">${escapeHtml(v.confidenceText)}</p>`;
  }
}

function itemHtml(s, i, h, interactive) {
  const v = suggestionView(s);
  const id = `sg${i}`;
  const alt = v.currentAlt === null || v.currentAlt.trim() === ''
    ? '<em>none</em>' : `<code>${escapeHtml(v.currentAlt)}</code>`;
  const edit = interactive
    ? `<label for="${id}-alt">${escapeHtml(v.editLabel)}</label>` +
      `<input type="text" id="${id}-alt" class="alt-edit" value="${escapeHtml(v.suggestedAlt)}" ` +
      `autocomplete="off" spellcheck="true">` +
      `<div class="actions"><button type="button" class="accept" data-suggestion="${i}" ` +
      `aria-describedby="${id}-h">Copy alt</button> <button type="button" class="dismiss" ` +
      `data-suggestion="${i}" aria-describedby="${id}-h">Dismiss</button></div>`
    : `<p class="edit-label">Suggested alt</p><pre class="snippet"><code>${escapeHtml(v.suggestedAlt)}</code></pre>`;
  return `<li><article class="suggestion" data-suggestion="${i}" data-status="${v.needsReview
    ? 'needs-review' : 'suggested'}" aria-labelledby="${id}-h">
<h${h} id="${id}-h" tabindex="-1">${escapeHtml(v.heading)}</h${h}>
<p class="sg-status"><strong>${escapeHtml(v.statusLabel)}:</strong> ${escapeHtml(v.statusText)}</p>
<dl class="sg-facts"><dt>${escapeHtml(v.saysLabel)}</dt><dd class="says">“${escapeHtml(v.says)}”</dd>
<dt>${escapeHtml(v.currentAltLabel)}</dt><dd class="current-alt">${alt}</dd>
${v.selector ? `<dt>Element</dt><dd><code>${escapeHtml(v.selector)}</code></dd>` : ''}</dl>
${confidenceHtml(v, interactive)}
${edit}
</article></li>`;
}

/**
 * The section's HTML. `list` is normalizeSuggestions()' answer; `dismissed`
 * the suggestions to leave out (the component's).
 * @param {{ list: any[], available: boolean, reason: string | null }} n
 * @param {{ interactive?: boolean, headingLevel?: number, dismissed?: Set<any> }} [opts]
 */
export function renderSuggestions(n, opts = {}) {
  const level = Number(opts.headingLevel ?? 2);
  const h = Number.isInteger(level) ? Math.min(Math.max(level, 1), 5) : 2;
  const items = n.list.map((s, i) => (opts.dismissed?.has(s) ? '' : itemHtml(s, i, h + 1,
    !!opts.interactive))).join('');
  return `<section class="suggestions" aria-labelledby="sg-h" data-ai-assisted="true">
<h${h} id="sg-h">AI-assisted suggestions</h${h}>
<p class="sg-note">Not audit results: on-device text recognition (OCR) read these images and
suggests alt text. The rule results above are unchanged. Each suggestion may be wrong; you decide
what the alt says.</p>
<p class="sg-summary">${escapeHtml(suggestionsSummary(n))}</p>
${items ? `<ol class="suggestion-list">${items}</ol>` : ''}
</section>`;
}

/** Styles of the section (added to the report's). */
export const SUGGESTIONS_CSS = `
.suggestions { max-width: 60rem; margin-top: 1.5rem; padding-top: 0.5rem; border-top: 3px double #454545; }
.sg-note { color: #454545; margin: 0.25rem 0; }
.suggestion-list { list-style: none; padding: 0; margin: 0.5rem 0 0; display: grid; gap: 0.75rem; }
.suggestion { border: 2px dashed #5b3d99; border-radius: 0.5rem; padding: 0.5rem 1rem 0.75rem; background: #fff; }
.suggestion h3, .suggestion h4, .suggestion h5, .suggestion h6 { margin: 0.25rem 0; }
.sg-status { margin: 0.25rem 0; }
.suggestion[data-status="needs-review"] .sg-status strong { color: #8a4b00; }
.sg-facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.2rem 0.75rem; margin: 0.4rem 0; }
.sg-facts dt { font-weight: 600; }
.sg-facts dd { margin: 0; word-break: break-word; }
.suggestion label, .edit-label { display: block; font-weight: 600; margin: 0.5rem 0 0.2rem; }
.alt-edit { font: inherit; width: 100%; max-width: 40rem; box-sizing: border-box; padding: 0.3rem 0.4rem;
  border: 1px solid #454545; border-radius: 0.3rem; color: #1a1a1a; background: #fff; }
.actions { display: flex; gap: 0.5rem; margin-top: 0.4rem; }
button.dismiss { color: #0b57a4; background: #fff; }
`;
