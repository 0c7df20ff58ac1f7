// Registers the service worker (sw.js, written by build-demo.mjs with the
// list of every asset) and says in the footer whether the demo is ready to
// work offline.
export function registerOffline() {
  const out = document.getElementById('offline-status');
  if (!('serviceWorker' in navigator)) {
    out.textContent = 'This browser cannot keep the demo for offline use.';
    return;
  }
  navigator.serviceWorker.register('./sw.js', { scope: './' }).then(
    () => navigator.serviceWorker.ready,
  ).then(() => {
    out.textContent = 'Saved on this device: the demo also works offline.';
    out.dataset.offline = 'ready';
  }, (e) => {
    out.textContent = `Offline use is not available: ${e.message}.`;
  });
}
