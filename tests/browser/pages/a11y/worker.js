// Runs the wasm half of the audit on a snapshot transferred from the page.
import { auditSnapshot } from '/dist/a11y/index.js';

self.onmessage = async (e) => {
  try {
    const engine = await auditSnapshot(e.data.buffer, e.data.options);
    self.postMessage({ ok: true, engine, detached: e.data.buffer.byteLength });
  } catch (err) {
    self.postMessage({ ok: false, code: err.code, message: err.message });
  }
};
