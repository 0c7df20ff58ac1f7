// A module Worker that uses the package exactly as a page does.
import { init, contrastRatio } from '/dist/index.js';

self.onmessage = async (e) => {
  await init();
  const [fg, bg] = e.data;
  self.postMessage({ ratio: contrastRatio(fg, bg), crossOriginIsolated: self.crossOriginIsolated });
};
