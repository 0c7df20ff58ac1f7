// The demo server: demo/ at /, the built package where an npm user's
// node_modules would put it. Used by `npm run demo` and by the demo tests.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from './serve.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** @param {{ port?: number, headers?: Record<string, string> }} [options] */
export function startDemoServer({ port = 0, headers = {} } = {}) {
  return startServer({
    port,
    headers,
    mounts: { '/': path.join(ROOT, 'demo'), '/node_modules/seamkit/': path.join(ROOT, 'dist') },
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const port = Number(process.env.PORT || 8080);
  const server = await startDemoServer({ port });
  console.log(`seamkit demo: ${server.url}/  (Ctrl+C to stop)`);
}
