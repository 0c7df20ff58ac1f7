// Shared by tests/web/ocr-core.test.mjs and bench/ocr-core.mjs: the PP-OCRv4
// pipeline run in Node with the core's OCR bindings (wasm/ocr_bindings.cpp)
// around ONNX Runtime Web, plus a PNG reader for 8-bit grey/RGB/RGBA files.
import { readFile } from 'node:fs/promises';
import { inflateSync } from 'node:zlib';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const MODELS = path.join(ROOT, 'dist/models');
export const SKIMAGE = '/usr/lib/python3/dist-packages/skimage/data';

const CHANNELS = { 0: 1, 2: 3, 4: 2, 6: 4 };

function paeth(a, b, c) {
  const p = a + b - c;
  const pa = Math.abs(p - a); const pb = Math.abs(p - b); const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

/** 8-bit, non-interlaced PNG (grey, grey+alpha, RGB, RGBA) -> RGBA bytes. */
export async function readPngRgba(file) {
  const bytes = new Uint8Array(await readFile(file));
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let pos = 8; let width = 0; let height = 0; let channels = 0;
  const idat = [];
  while (pos < bytes.length) {
    const len = view.getUint32(pos);
    const type = String.fromCharCode(...bytes.subarray(pos + 4, pos + 8));
    if (type === 'IHDR') {
      width = view.getUint32(pos + 8);
      height = view.getUint32(pos + 12);
      const depth = bytes[pos + 16]; const colour = bytes[pos + 17];
      channels = CHANNELS[colour];
      if (depth !== 8 || bytes[pos + 20] !== 0 || !channels) throw new Error(`${file}: unsupported PNG`);
    } else if (type === 'IDAT') {
      idat.push(bytes.subarray(pos + 8, pos + 8 + len));
    }
    pos += 12 + len;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const rows = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const src = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    const out = rows.subarray(y * stride, (y + 1) * stride);
    const up = y > 0 ? rows.subarray((y - 1) * stride, y * stride) : new Uint8Array(stride);
    for (let i = 0; i < stride; i++) {
      const a = i >= channels ? out[i - channels] : 0;
      const b = up[i];
      const c = i >= channels ? up[i - channels] : 0;
      const pred = [0, a, b, (a + b) >> 1, paeth(a, b, c)][filter];
      out[i] = (src[i] + pred) & 0xff;
    }
  }
  const data = new Uint8Array(width * height * 4);
  for (let p = 0; p < width * height; p++) {
    const s = rows.subarray(p * channels, p * channels + channels);
    const grey = channels <= 2;
    data[p * 4] = s[0];
    data[p * 4 + 1] = grey ? s[0] : s[1];
    data[p * 4 + 2] = grey ? s[0] : s[2];
    data[p * 4 + 3] = channels === 2 ? s[1] : channels === 4 ? s[3] : 255;
  }
  return { width, height, data };
}

function ok(r) {
  if (!r.ok) throw new Error(`${r.code}: ${r.message}`);
  return r.value;
}

/** Loads the two sessions and the dictionary into the core. */
export async function openOcr(core, ort) {
  const opts = { executionProviders: ['wasm'], graphOptimizationLevel: 'all', logSeverityLevel: 3 };
  const det = await ort.InferenceSession.create(await readFile(path.join(MODELS, 'ch_PP-OCRv4_det_infer.onnx')), opts);
  const rec = await ort.InferenceSession.create(await readFile(path.join(MODELS, 'ch_PP-OCRv4_rec_infer.onnx')), opts);
  const keys = await readFile(path.join(MODELS, 'ppocr_keys_v1.txt'), 'utf8');
  const { classes } = ok(core.ocrSetDictionary(keys));
  return { det, rec, classes };
}

/**
 * det -> boxes -> rec -> CTC. Times (ms): det/rec model runs, and the core's
 * pre-processing (det input, rec input) and post-processing (post = boxes +
 * ctc: DB boxes, CTC decode), each call including its copies in and out.
 */
export async function runOcr(core, ort, ocr, img) {
  const now = () => performance.now();
  const t = { detModel: 0, recModel: 0, pre: 0, post: 0, boxes: 0, ctc: 0 };
  let t0 = now();
  const input = ok(core.ocrDetInput(img.data, img.width, img.height, 960));
  t.pre += now() - t0;
  if (input.blank) return { blank: true, lines: [], boxes: [], t };
  t0 = now();
  const detOut = await ocr.det.run({ [ocr.det.inputNames[0]]:
    new ort.Tensor('float32', input.tensor, [1, 3, input.height, input.width]) });
  t.detModel += now() - t0;
  const prob = detOut[ocr.det.outputNames[0]].data;
  t0 = now();
  const { boxes } = ok(core.ocrDetBoxes(prob, input.width, input.height, img.width, img.height, undefined));
  t.boxes += now() - t0;
  const points = new Float32Array(boxes.length * 8);
  boxes.forEach((b, i) => points.set(b.points, i * 8));
  t0 = now();
  const { batches } = ok(core.ocrRecInput(img.data, img.width, img.height, points, 8));
  t.pre += now() - t0;
  const lines = new Array(boxes.length);
  for (const batch of batches) {
    t0 = now();
    const out = await ocr.rec.run({ [ocr.rec.inputNames[0]]:
      new ort.Tensor('float32', batch.tensor, [batch.n, 3, 48, batch.width]) });
    t.recModel += now() - t0;
    const logits = out[ocr.rec.outputNames[0]];
    const [n, steps, classes] = logits.dims;
    t0 = now();
    const decoded = ok(core.ocrCtcDecode(logits.data, n, steps, classes)).lines;
    t.ctc += now() - t0;
    decoded.forEach((line, r) => {
      lines[batch.boxIndex[r]] = { ...line, text: line.text.normalize('NFKC').trim() };
    });
  }
  t.post = t.boxes + t.ctc;
  return { blank: false, boxes, lines, t };
}
