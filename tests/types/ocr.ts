// Compile-time check of the OCR declarations, through seamkit/ocr and
// seamkit/a11y/ocr-suggest.
import { createOcr, pixelsReadable, type OcrResult, type OcrLine } from 'seamkit/ocr';
import { suggestImageText, isFileNameAlt, type ImageTextSuggestion } from 'seamkit/a11y/ocr-suggest';
import { audit } from 'seamkit/a11y';

export async function ocrUsage(img: HTMLImageElement, signal: AbortSignal): Promise<string> {
  const ocr = createOcr({ threads: 1, registry: { manifestUrl: '/models/manifest.json' } });
  const ready = await ocr.ready;
  if (!ready.available) return ready.reason ?? '';
  const r = await ocr.recognize(img, { signal, maxSide: 960 });
  ocr.close();
  if (!r.available) return r.reason;
  const ok: OcrResult = r;
  const first: OcrLine | undefined = ok.lines[0];
  return `${ok.text} ${first?.calibrated ?? 0} ${ok.timings.det} ${pixelsReadable(img)}`;
}

export async function suggestUsage(): Promise<string[]> {
  const results = await audit(document);
  const s = await suggestImageText(results, document, { similarityThreshold: 0.5,
    onSuggestion: (x: ImageTextSuggestion) => console.log(x.status) });
  const texts = s.suggestions.map((x) => `${x.kind}: ${x.suggestion} (${x.confidence})`);
  return s.available ? texts : [s.reason ?? '', String(isFileNameAlt('banner1.png'))];
}
