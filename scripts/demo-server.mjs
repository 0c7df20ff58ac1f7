// The demo server: the built static demo (demo-dist/, from build-demo.mjs)
// under a strict Content Security Policy. Used by `npm run demo` and by the
// demo tests.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from './serve.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

// No inline script, no eval; WebAssembly compilation only ('wasm-unsafe-eval').
export const DEMO_CSP = [
  "default-src 'self'", "script-src 'self' 'wasm-unsafe-eval'", "style-src 'self'",
  "img-src 'self' blob: data:", "worker-src 'self' blob:", "connect-src 'self'",
  "frame-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'",
].join('; ');

/** @param {{ port?: number, isolate?: boolean, dir?: string }} [options] */
export function startDemoServer({ port = 0, isolate = false, dir = path.join(ROOT, 'demo-dist') } = {}) {
  const headers = { 'content-security-policy': DEMO_CSP };
  if (isolate) {
    headers['cross-origin-opener-policy'] = 'same-origin';
    headers['cross-origin-embedder-policy'] = 'require-corp';
  }
  return startServer({ port, headers, mounts: { '/': dir } });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const port = Number(process.env.PORT || 8080);
  // Cross-origin isolation (COOP/COEP, lets ONNX Runtime use threads):
  // `npm run demo -- --isolate` or SEAMKIT_ISOLATE=1. Without it the demo
  // runs single-threaded.
  const isolate = process.argv.includes('--isolate') || process.env.SEAMKIT_ISOLATE === '1';
  const server = await startDemoServer({ port, isolate });
  console.log(`seamkit demo: ${server.url}/  (${isolate ? 'cross-origin isolated' : 'not isolated'}; Ctrl+C to stop)`);
}
