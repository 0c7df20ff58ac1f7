// A minimal PNG reader for tests/bench/style_hashes.cpp: 8-bit grey, RGB or
// RGBA, non-interlaced (scikit-image's sample photos) -> raw RGBA8 after an
// 8-byte header (width, height as u32 LE).
//   node tests/bench/png-to-rgba.mjs in.png out.rgba
import { readFileSync, writeFileSync } from 'node:fs';
import zlib from 'node:zlib';
const [inp, out] = process.argv.slice(2);
const b = readFileSync(inp);
let p = 8, w, h, ct, idat = [];
while (p < b.length) {
  const len = b.readUInt32BE(p), type = b.toString('latin1', p + 4, p + 8), d = b.subarray(p + 8, p + 8 + len);
  if (type === 'IHDR') { w = d.readUInt32BE(0); h = d.readUInt32BE(4); ct = d[9]; if (d[8] !== 8 || d[12]) throw new Error('unsupported'); }
  if (type === 'IDAT') idat.push(d);
  p += 12 + len;
}
const ch = ct === 6 ? 4 : ct === 2 ? 3 : ct === 0 ? 1 : 0; if (!ch) throw new Error('ct ' + ct);
const raw = zlib.inflateSync(Buffer.concat(idat)), stride = w * ch;
const cur = Buffer.alloc(stride * h);
for (let y = 0; y < h; y++) {
  const f = raw[y * (stride + 1)], row = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
  for (let i = 0; i < stride; i++) {
    const a = i >= ch ? cur[y * stride + i - ch] : 0, up = y ? cur[(y - 1) * stride + i] : 0;
    const c = y && i >= ch ? cur[(y - 1) * stride + i - ch] : 0;
    let v = row[i];
    if (f === 1) v += a; else if (f === 2) v += up; else if (f === 3) v += (a + up) >> 1;
    else if (f === 4) { const pp = a + up - c, pa = Math.abs(pp - a), pb = Math.abs(pp - up), pc = Math.abs(pp - c);
      v += pa <= pb && pa <= pc ? a : pb <= pc ? up : c; }
    cur[y * stride + i] = v & 255;
  }
}
const o = Buffer.alloc(8 + w * h * 4); o.writeUInt32LE(w, 0); o.writeUInt32LE(h, 4);
for (let i = 0; i < w * h; i++) for (let c = 0; c < 4; c++)
  o[8 + 4 * i + c] = c < 3 ? cur[i * ch + (ch === 1 ? 0 : c)] : (ch === 4 ? cur[i * ch + 3] : 255);
writeFileSync(out, o); console.log(inp, w, h, ch);
