// Helpers the avatar browser tests call through page.evaluate(): they run
// jobs through the public API and return plain, serialisable summaries.
import { createAvatarJob, avatarFromName } from '/dist/avatar/index.js';

// Unbundled pages must tell the Worker where ONNX Runtime Web lives.
const ORT = { moduleUrl: '/node_modules/onnxruntime-web/dist/ort.wasm.min.mjs' };

/** Longest gap between animation frames while `promise` is pending. */
function watchFrames(promise) {
  let last = performance.now();
  let maxGap = 0;
  let frames = 0;
  let done = false;
  const tick = (t) => {
    maxGap = Math.max(maxGap, t - last);
    last = t;
    frames++;
    if (!done) requestAnimationFrame(tick);
  };
  requestAnimationFrame((t) => { last = t; requestAnimationFrame(tick); });
  const longTasks = [];
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) longTasks.push(Math.round(e.duration));
  });
  observer.observe({ type: 'longtask', buffered: false });
  return promise.finally(() => { done = true; observer.disconnect(); })
    .then(() => ({ maxGap, frames, longTasks }), () => ({ maxGap, frames, longTasks }));
}

/** RGBA of some pixels of a bitmap: centre and top-left corner. */
function samplePixels(bitmap) {
  const c = new OffscreenCanvas(bitmap.width, bitmap.height);
  const g = c.getContext('2d');
  g.drawImage(bitmap, 0, 0);
  const at = (x, y) => Array.from(g.getImageData(x, y, 1, 1).data);
  return { centre: at(bitmap.width >> 1, bitmap.height >> 1), corner: at(0, 0) };
}

function summarise(r) {
  const { bitmap, blob, ...meta } = r;
  return { ...meta, bitmapSize: [bitmap.width, bitmap.height], pixels: samplePixels(bitmap),
    blobType: blob.type, blobBytes: blob.size };
}

/**
 * Runs one job and returns its summary, status events and frame gaps.
 * input: a URL to fetch, a Blob, or null.
 */
window.runAvatar = async (input, options = {}) => {
  const blob = typeof input === 'string' ? await (await fetch(input)).blob() : input;
  const statuses = [];
  const started = performance.now();
  const job = createAvatarJob(blob,
    { ...options, registry: { ort: ORT, ...(options.registry ?? {}) } });
  job.addEventListener('status', (e) => statuses.push(e.detail.stage));
  // Time from the start to each preview, as the page sees them.
  const seen = { quickMs: null, previewMs: null };
  job.addEventListener('quickpreview', () => { seen.quickMs = performance.now() - started; });
  job.addEventListener('preview', () => { seen.previewMs = performance.now() - started; });
  const frames = watchFrames(job.promise);
  try {
    const result = await job.promise;
    const preview = await job.preview;
    return { ...summarise(result), statuses, frames: await frames,
      preview: preview ? [preview.width, preview.height] : null,
      wallMs: performance.now() - started, ...seen };
  } catch (e) {
    return { error: e.code, message: e.message, name: e.name, statuses };
  }
};

/** Cancels a job at once, or when it reaches `stage`; then runs another. */
window.cancelAvatar = async (url, stage) => {
  const blob = await (await fetch(url)).blob();
  const job = createAvatarJob(blob, { name: 'Ada', registry: { ort: ORT } });
  if (!stage) job.cancel();
  else job.addEventListener('status', (e) => { if (e.detail.stage === stage) job.cancel(); });
  let outcome;
  try {
    const r = await job.promise;
    outcome = { resolved: r.kind };
  } catch (e) {
    outcome = { error: e.code, name: e.name };
  }
  const next = await avatarFromName('Grace Hopper', { size: 64 });
  return { ...outcome, next: { kind: next.kind, initials: next.initials, width: next.width } };
};

/**
 * Control for the frame watcher: blocks the main thread for `ms` on purpose,
 * inside the fifth animation frame (so the watcher is already running), and
 * settles five frames later.
 */
window.controlBlock = (ms) => watchFrames(new Promise((resolve) => {
  let n = 0;
  const step = () => {
    n++;
    if (n === 5) {
      const end = performance.now() + ms;
      while (performance.now() < end) { /* busy */ }
    }
    if (n < 10) requestAnimationFrame(step); else resolve();
  };
  requestAnimationFrame(step);
}));

window.abortAvatar = async () => {
  const controller = new AbortController();
  controller.abort();
  const job = createAvatarJob(null, { name: 'x', signal: controller.signal });
  try { await job.promise; return { resolved: true }; } catch (e) { return { error: e.code }; }
};

window.badOptions = () => {
  const codes = [];
  for (const o of [{ size: 10 }, { style: 'oil-paint' }, { name: 42 }]) {
    try { createAvatarJob(null, o); codes.push('no error'); } catch (e) { codes.push(e.code); }
  }
  try { createAvatarJob(/** @type {any} */ ('a string'), {}); codes.push('no error'); } catch (e) {
    codes.push(e.code);
  }
  return codes;
};

window.makeBlob = (bytes, type) => new Blob([new Uint8Array(bytes)], { type });

/** APP1 segment with a big-endian TIFF IFD holding one tag: Orientation. */
function exifSegment(orientation) {
  return new Uint8Array([
    0xff, 0xe1, 0x00, 0x22, 0x45, 0x78, 0x69, 0x66, 0x00, 0x00, // APP1, length 34, "Exif\0\0"
    0x4d, 0x4d, 0x00, 0x2a, 0x00, 0x00, 0x00, 0x08, // "MM", 42, IFD at offset 8
    0x00, 0x01, // one entry
    0x01, 0x12, 0x00, 0x03, 0x00, 0x00, 0x00, 0x01, 0x00, orientation, 0x00, 0x00, // SHORT
    0x00, 0x00, 0x00, 0x00, // no next IFD
  ]);
}

/**
 * The top 512 x 384 of an image, stored turned 90 degrees counter-clockwise
 * (384 x 512) as a JPEG; with EXIF Orientation 6 ("rotate 90 clockwise to
 * display") a decoder that honours it shows it upright again.
 */
window.makeRotatedJpeg = async (url, withExif) => {
  const img = await createImageBitmap(await (await fetch(url)).blob());
  const w = 512;
  const h = 384;
  const c = new OffscreenCanvas(h, w);
  const g = c.getContext('2d');
  g.translate(0, w);
  g.rotate(-Math.PI / 2);
  g.drawImage(img, 0, 0, w, h, 0, 0, w, h);
  const jpeg = new Uint8Array(await (await c.convertToBlob({ type: 'image/jpeg', quality: 0.92 }))
    .arrayBuffer());
  const parts = withExif ? [jpeg.subarray(0, 2), exifSegment(6), jpeg.subarray(2)] : [jpeg];
  return new Blob(parts, { type: 'image/jpeg' });
};

function crc32(bytes) {
  let c = ~0;
  for (const b of bytes) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

/** A PNG signature and IHDR for width x height, without any pixel data. */
window.pngHeaderOnly = (width, height) => {
  const ihdr = new Uint8Array(17);
  const v = new DataView(ihdr.buffer);
  ihdr.set([0x49, 0x48, 0x44, 0x52]);
  v.setUint32(4, width);
  v.setUint32(8, height);
  ihdr.set([8, 6, 0, 0, 0], 12);
  const out = new Uint8Array(8 + 4 + 17 + 4);
  out.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  new DataView(out.buffer).setUint32(8, 13);
  out.set(ihdr, 12);
  new DataView(out.buffer).setUint32(29, crc32(ihdr));
  return new Blob([out], { type: 'image/png' });
};

/** A real PNG cut short after `keep` bytes (header intact, pixels missing). */
window.truncated = async (url, keep) => new Blob([(await (await fetch(url)).blob()).slice(0, keep)]);

/** A tiny (w x h) opaque PNG made with a canvas. */
window.tinyPng = async (w, h) => {
  const c = new OffscreenCanvas(w, h);
  const g = c.getContext('2d');
  g.fillStyle = '#808080';
  g.fillRect(0, 0, w, h);
  return c.convertToBlob({ type: 'image/png' });
};

/** The image at `url` redrawn through a canvas filter (e.g. 'brightness(0.3) blur(3px)'), as PNG. */
window.filtered = async (url, filter) => {
  const img = await createImageBitmap(await (await fetch(url)).blob());
  const c = new OffscreenCanvas(img.width, img.height);
  const g = c.getContext('2d');
  g.filter = filter;
  g.drawImage(img, 0, 0);
  return c.convertToBlob({ type: 'image/png' });
};

/** The confidence part of a job's result, in plain data. */
window.avatarConfidence = async (input, options = {}) => {
  const blob = typeof input === 'string' ? await (await fetch(input)).blob() : input;
  const job = createAvatarJob(blob, { name: 'Ada', ...options, registry: { ort: ORT } });
  const r = await job.promise;
  const c = r.confidence;
  return { kind: r.kind, score: r.face?.score ?? r.fallback?.faceScore ?? null,
    reason: r.fallback?.reason ?? null,
    confidence: c && { verdictId: c.verdictId, verdictText: c.verdictText, icon: c.icon,
      calibrated: c.calibrated, ariaValueText: c.ariaValueText, quality: c.quality,
      reasons: c.reasons.map((x) => x.code), texts: c.reasons.map((x) => x.text) } };
};

/**
 * A <seam-avatar> given the photo at `url` (optionally filtered); resolves
 * at avatar-ready with what the user and assistive technology get.
 */
window.elementAvatar = async (url, filter) => {
  await import('/dist/components/seam-avatar.js');
  const el = document.createElement('seam-avatar');
  el.setAttribute('name', 'Ada Lovelace');
  el.registry = { ort: ORT };
  const ready = new Promise((resolve) => el.addEventListener('avatar-ready', resolve, { once: true }));
  // The photo first: the job starts before the element is connected, so no
  // avatar from the name is made meanwhile.
  el.photo = filter ? await window.filtered(url, filter) : await (await fetch(url)).blob();
  document.body.append(el);
  await ready;
  const badge = el.shadowRoot.querySelector('.badge');
  const out = { state: el.state, label: el.getAttribute('aria-label'), title: el.getAttribute('title'),
    attr: el.getAttribute('confidence'), verdictText: el.confidence?.verdictText ?? null,
    badgeShown: getComputedStyle(badge).display !== 'none',
    badgeIcon: badge.querySelector('path').getAttribute('d'),
    badgeColour: getComputedStyle(badge).color, kind: el.result.kind };
  el.remove();
  return out;
};
