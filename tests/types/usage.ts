// Compile-time check of the shipped declarations: consumer code as a
// TypeScript user writes it, resolved through the package's exports map.
import {
  init, contrastRatio, contrastRatioBatch, checkContrast, parseColor, isLargeText,
  namedColors, SeamkitError, ErrorCodes, type ContrastCheck, type Rgba,
} from 'seamkit';

export async function usage(): Promise<number> {
  await init();
  const r: number = contrastRatio('#767676', { r: 255, g: 255, b: 255 });
  const batch: Float32Array = contrastRatioBatch(new Float32Array(8), new Float32Array(8));
  const c: ContrastCheck = checkContrast('black', 'white', { fontSizePx: 24 });
  const p: Rgba = parseColor('rgb(1 2 3 / 50%)');
  const large: boolean = isLargeText(18.67, 700);
  const names: string[] = namedColors();
  try {
    parseColor('nope');
  } catch (e) {
    if (e instanceof SeamkitError && e.code === ErrorCodes.PARSE) return -1;
  }
  return r + batch[0] + (c.aa ? 1 : 0) + p.a + (large ? 1 : 0) + names.length;
}
