// An app that makes avatars with seamkit the way a Vite user's app does:
// plain `vite build`, no configuration. The model files are shipped by the
// app (copied from seamkit's dist/models into its own /models/ folder) and
// found through the registry's manifestUrl.
import * as avatar from 'seamkit/avatar';

const registry = { manifestUrl: new URL('/models/manifest.json', location.href).href };

/** Runs one avatar job on the image at `url`; a plain summary of the result. */
window.makeAvatar = async (url, options = {}) => {
  const photo = await (await fetch(url)).blob();
  const job = avatar.start(photo, { name: 'Eileen Collins', registry, ...options });
  try {
    const r = await job.promise;
    return {
      kind: r.kind, fallback: r.fallback, face: r.face && { score: r.face.score, box: r.face.box },
      model: r.model, width: r.bitmap.width, blobType: r.blob.type, blobBytes: r.blob.size,
      confidence: r.confidence && { verdictId: r.confidence.verdictId,
        verdictText: r.confidence.verdictText, reasons: r.confidence.reasons.map((x) => x.text) },
    };
  } catch (e) {
    return { error: e.code, message: e.message };
  }
};
document.getElementById('status').textContent = 'ready';
