// SHA-256 with WebCrypto (browsers, workers and Node 20 alike).
import { SeamkitError, ErrorCodes } from '../errors.js';

/** @param {ArrayBuffer | Uint8Array} bytes @returns {Promise<string>} lowercase hex */
export async function sha256Hex(bytes) {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) {
    throw new SeamkitError(ErrorCodes.UNSUPPORTED,
      'WebCrypto is unavailable (pages must be served over https or from localhost)');
  }
  const digest = new Uint8Array(await subtle.digest('SHA-256', bytes));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * Refuses bytes whose size or SHA-256 differs from the manifest's.
 * @param {Uint8Array} bytes
 * @param {{ name: string, bytes: number, sha256: string }} file
 */
export async function verifyFile(bytes, file) {
  if (bytes.byteLength !== file.bytes) {
    throw new SeamkitError(ErrorCodes.INTEGRITY,
      `${file.name}: ${bytes.byteLength} bytes, the manifest says ${file.bytes} (truncated or replaced)`);
  }
  const actual = await sha256Hex(bytes);
  if (actual !== file.sha256) {
    throw new SeamkitError(ErrorCodes.INTEGRITY,
      `${file.name}: sha256 ${actual} does not match the manifest's ${file.sha256}`);
  }
}
