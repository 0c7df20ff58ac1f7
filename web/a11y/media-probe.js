// Measures the sound of media that plays automatically, for the autoplay
// rules (ACT 80f0bf, aaa1bf, 4c31df): whether an <audio>/<video> element
// with `autoplay` and without `muted` has audible sound, for how long, and
// where. The DOM cannot say; the resource can.
//
// For each such element: the URL it plays (currentSrc, else its src or
// first playable <source>) is fetched from the page's own origin only
// (nothing leaves it: another origin is reported, not fetched), its audio
// is decoded by the browser (OfflineAudioContext.decodeAudioData, at
// 8 kHz), and 50 ms windows louder than -60 dBFS RMS (the default silence
// threshold of ffmpeg's silencedetect) count as audible; gaps under
// 0.25 s between them are bridged. A video whose audio cannot be decoded
// while its picture loads has no audio track this browser plays.
//
//   const results = await probeMedia([videoElement], { signal });
//   results.get(videoElement); // { status, url, duration, spans: [start, end, ...] }

import { ErrorCodes, SeamkitError, requireArg } from '../errors.js';
import { MAX_MEDIA_SPANS, MediaStatus } from './snapshot-writer.js';

export { MediaStatus };

const SAMPLE_RATE = 8000;
const WINDOW_SECONDS = 0.05;
const AUDIBLE_RMS = 0.001; // -60 dBFS
const BRIDGE_SECONDS = 0.25;
/** Defaults: bytes one resource may have, and the time budget of a probe. */
export const MEDIA_PROBE_DEFAULTS = Object.freeze({ maxBytes: 32 * 1024 * 1024, timeoutMs: 10_000 });

/** Whether `el` is an HTML audio/video element that autoplays unmuted. */
export function autoplaysUnmuted(el) {
  const tag = el.localName;
  return (tag === 'audio' || tag === 'video') && el.namespaceURI === 'http://www.w3.org/1999/xhtml' &&
    el.hasAttribute('autoplay') && !el.hasAttribute('muted');
}

/** The URL `el` plays: its current source, else the one it would select. */
function sourceUrl(el) {
  if (el.currentSrc) return el.currentSrc;
  const base = el.baseURI;
  const src = el.getAttribute('src');
  if (src) return new URL(src, base).href;
  for (const c of el.children) {
    if (c.localName !== 'source') continue;
    const s = c.getAttribute('src');
    const type = c.getAttribute('type');
    if (s && (!type || el.canPlayType?.(type) !== '')) return new URL(s, base).href;
  }
  return null;
}

/** Whether fetching `url` stays on the origin of `doc` (data: needs no request). */
export function sameOrigin(url, doc) {
  const u = new URL(url);
  if (u.protocol === 'data:') return true;
  const origin = doc.defaultView?.location?.origin ?? globalThis.location?.origin;
  return origin !== undefined && origin !== 'null' && u.origin === origin;
}

class ProbeStop extends Error {
  constructor(status) { super('probe stopped'); this.status = status; }
}

/** The response body, refusing more than `maxBytes`. */
export async function readCapped(url, maxBytes, signal) {
  const res = await fetch(url.split('#')[0], { signal, credentials: 'same-origin' });
  if (!res.ok) throw new ProbeStop(MediaStatus.LOAD_FAILED);
  const declared = Number(res.headers.get('content-length'));
  if (declared > maxBytes) {
    res.body?.cancel().catch(() => {});
    throw new ProbeStop(MediaStatus.TOO_LARGE);
  }
  if (!res.body) return res.arrayBuffer();
  const reader = res.body.getReader();
  const parts = [];
  let n = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    n += value.byteLength;
    if (n > maxBytes) {
      reader.cancel().catch(() => {});
      throw new ProbeStop(MediaStatus.TOO_LARGE);
    }
    parts.push(value);
  }
  const out = new Uint8Array(n);
  let at = 0;
  for (const p of parts) { out.set(p, at); at += p.byteLength; }
  return out.buffer;
}

/** Whether a detached, muted video element loads the picture of `url`. */
function videoLoads(doc, url, signal) {
  return new Promise((resolve) => {
    const v = doc.createElement('video');
    const done = (ok) => {
      v.removeAttribute('src');
      v.load();
      signal.removeEventListener('abort', onAbort);
      resolve(ok);
    };
    const onAbort = () => done(false);
    v.muted = true;
    v.preload = 'metadata';
    v.addEventListener('loadedmetadata', () => done(v.videoWidth > 0), { once: true });
    v.addEventListener('error', () => done(false), { once: true });
    signal.addEventListener('abort', onAbort, { once: true });
    v.src = url;
  });
}

/**
 * Audible spans of `buffer` as a flat [start, end, ...] list (seconds),
 * bridged over short gaps; the bridge widens until at most MAX_MEDIA_SPANS
 * spans remain (more sound, never less).
 */
export function audibleSpans(buffer) {
  const win = Math.max(1, Math.round(buffer.sampleRate * WINDOW_SECONDS));
  const windows = Math.ceil(buffer.length / win);
  const loud = new Uint8Array(windows);
  for (let c = 0; c < buffer.numberOfChannels; c++) {
    const d = buffer.getChannelData(c);
    for (let w = 0; w < windows; w++) {
      if (loud[w]) continue;
      const end = Math.min(d.length, (w + 1) * win);
      let sum = 0;
      for (let i = w * win; i < end; i++) sum += d[i] * d[i];
      if (sum > AUDIBLE_RMS * AUDIBLE_RMS * (end - w * win)) loud[w] = 1;
    }
  }
  const duration = buffer.duration;
  for (let bridge = BRIDGE_SECONDS; ; bridge *= 2) {
    const spans = [];
    for (let w = 0; w < windows; w++) {
      if (!loud[w]) continue;
      const start = w * win / buffer.sampleRate;
      const end = Math.min(duration, (w + 1) * win / buffer.sampleRate);
      if (spans.length > 0 && start - spans[spans.length - 1] < bridge) {
        spans[spans.length - 1] = end;
      } else {
        spans.push(start, end);
      }
    }
    if (spans.length / 2 <= MAX_MEDIA_SPANS) return spans;
  }
}

async function probeOne(el, maxBytes, signal) {
  let url;
  try {
    url = sourceUrl(el);
  } catch {
    url = null;
  }
  const result = { status: MediaStatus.LOAD_FAILED, url: url ?? '', duration: 0, spans: [] };
  if (url === null) return result;
  const doc = el.ownerDocument;
  if (!sameOrigin(url, doc)) return { ...result, status: MediaStatus.CROSS_ORIGIN };
  try {
    const bytes = await readCapped(url, maxBytes, signal);
    const View = doc.defaultView ?? globalThis;
    const Ctx = View.OfflineAudioContext ?? globalThis.OfflineAudioContext;
    if (Ctx === undefined) return result;
    let decoded;
    try {
      decoded = await new Ctx(1, 1, SAMPLE_RATE).decodeAudioData(bytes);
    } catch {
      if (el.localName === 'video' && await videoLoads(doc, url, signal)) {
        return { ...result, status: MediaStatus.NO_AUDIO_TRACK };
      }
      return result;
    }
    return { status: MediaStatus.MEASURED, url, duration: decoded.duration,
      spans: audibleSpans(decoded) };
  } catch (e) {
    if (e instanceof ProbeStop) return { ...result, status: e.status };
    if (signal.aborted) return { ...result, status: MediaStatus.TIMED_OUT };
    return result;
  }
}

/**
 * Probes each element (see the file comment) within one time budget.
 * Aborting `signal` rejects with an ABORTED error; running out of time
 * gives TIMED_OUT results, never an error.
 * @param {Iterable<Element>} elements
 * @param {{ signal?: AbortSignal, maxBytes?: number, timeoutMs?: number }} [options]
 * @returns {Promise<Map<Element, { status: number, url: string, duration: number,
 *   spans: number[] }>>}
 */
export async function probeMedia(elements, options = {}) {
  requireArg(elements !== null && typeof elements === 'object' &&
    typeof elements[Symbol.iterator] === 'function',
  'probeMedia() takes an iterable of audio/video elements');
  const list = [...elements];
  requireArg(list.every((el) => el !== null && typeof el === 'object' && el.nodeType === 1),
    'probeMedia() takes elements only');
  requireArg(options !== null && typeof options === 'object', 'probeMedia options must be an object');
  const { signal } = options;
  requireArg(signal === undefined || (signal !== null && typeof signal === 'object' &&
    'aborted' in signal), 'options.signal must be an AbortSignal');
  for (const key of ['maxBytes', 'timeoutMs']) {
    const v = options[key];
    requireArg(v === undefined || (typeof v === 'number' && Number.isFinite(v) && v > 0),
      `options.${key} must be a positive number`);
  }
  const maxBytes = options.maxBytes ?? MEDIA_PROBE_DEFAULTS.maxBytes;
  const timeoutMs = options.timeoutMs ?? MEDIA_PROBE_DEFAULTS.timeoutMs;
  const budget = new AbortController();
  const timer = setTimeout(() => budget.abort(), timeoutMs);
  const onAbort = () => budget.abort();
  signal?.addEventListener('abort', onAbort, { once: true });
  const timedOut = new Promise((resolve) => budget.signal.addEventListener('abort',
    () => resolve(null), { once: true }));
  const out = new Map();
  try {
    for (const el of list) {
      if (signal?.aborted) break;
      const r = budget.signal.aborted ? null
        : await Promise.race([probeOne(el, maxBytes, budget.signal), timedOut]);
      out.set(el, r ?? { status: MediaStatus.TIMED_OUT, url: '', duration: 0, spans: [] });
    }
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  }
  if (signal?.aborted) {
    throw new SeamkitError(ErrorCodes.ABORTED, 'media probe aborted', { cause: signal.reason });
  }
  return out;
}
