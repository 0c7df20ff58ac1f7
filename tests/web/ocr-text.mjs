// Ground truth of the real test images of the OCR tests and benchmark,
// and the character error rate used on them.

/** Debian python3-skimage's bw_text.png (a passage of Moby-Dick, public domain), line by line. */
export const BW_TEXT_LINES = [
  'Men may seem detestable as joint',
  'stock-companies and nations; knaves,',
  'fools, and murderers there may be;',
  'men may have mean and meagre',
  'faces; but, man, in the ideal, is so',
  'noble and so sparkling, such a grand',
  'and glowing creature, that over any',
  'ignominious blemish in him all his',
  'fellows should run to throw their',
  'costliest robes.',
];

export const SKIMAGE_DATA = '/usr/lib/python3/dist-packages/skimage/data';

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

const norm = (s) => s.normalize('NFKC').replace(/\s+/g, ' ').trim();

/** Character error rate of `got` against `truth` (NFKC, whitespace collapsed). */
export function cer(truth, got) {
  const t = norm(truth);
  return editDistance(t, norm(got)) / Math.max(1, [...t].length);
}
