// Compile-time check of the OCR suggestions in the UI: <seam-audit-report>'s
// suggestions and feedback properties and its events, toHTML's suggestions
// option, suggestionView(), createOcr's timeoutMs and E_TIMEOUT.
import { ErrorCodes, FeedbackStore, SeamkitError, report, toHTML as mainToHTML, type ErrorCode } from 'seamkit';
import { toHTML, suggestionView, type SuggestionView, type ToHTMLOptions } from 'seamkit/report';
import { createOcr, DEFAULT_TIMEOUT_MS } from 'seamkit/ocr';
import { suggestImageText, MIN_TEXT_CHARS } from 'seamkit/a11y/ocr-suggest';
import { audit } from 'seamkit/a11y';
import 'seamkit/elements/audit-report';

export async function reportWithSuggestions(input: HTMLInputElement): Promise<string> {
  const results = await audit(document);
  const r = await report(results);
  const ocr = createOcr({ timeoutMs: DEFAULT_TIMEOUT_MS / 2 });
  const s = await suggestImageText(results, document, { ocr });
  const el = document.createElement('seam-audit-report');
  el.report = r;
  el.suggestions = s;
  el.suggestions = s.suggestions;
  el.suggestions = null;
  el.feedback = new FeedbackStore();
  el.addEventListener('seam-suggestion-accept', (e) => {
    const text: string = e.detail.text;
    const edited: boolean = e.detail.edited;
    console.log(text, edited, e.detail.copied, e.detail.recorded, e.detail.suggestion.modelId);
  });
  el.addEventListener('seam-suggestion-dismiss', (e) => console.log(e.detail.index, e.detail.suggestion.kind));
  const views: SuggestionView[] = s.suggestions.map((x) => suggestionView(x));
  const needs: boolean = views.some((v) => v.needsReview && v.statusLabel === 'Needs review');
  const options: ToHTMLOptions = { title: 'Shop', suggestions: s };
  try {
    await ocr.recognize(input, { timeoutMs: 5000 });
  } catch (e) {
    const code: ErrorCode | undefined = e instanceof SeamkitError ? e.code : undefined;
    if (code === ErrorCodes.TIMEOUT) console.log('timed out', MIN_TEXT_CHARS);
  } finally {
    ocr.close();
  }
  const model: string | null = s.suggestions[0]?.modelId ?? null;
  return toHTML(r, options) + mainToHTML(r, { suggestions: s.suggestions }) + String(needs) + model;
}

// @ts-expect-error: suggestions must be suggestImageText()'s answer, its suggestions or null
toHTML({} as never, { suggestions: 'x' });
// @ts-expect-error: timeoutMs is a number
createOcr({ timeoutMs: '30s' });
const timeout: 'E_TIMEOUT' = ErrorCodes.TIMEOUT;
export { timeout };
