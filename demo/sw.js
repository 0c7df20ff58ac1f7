// The demo's service worker: precaches every file of the built demo (the
// list and the version are written in by build-demo.mjs) and answers from
// that cache first, so the demo works offline after the first visit.
// Nothing is sent anywhere: requests to other origins are not handled.
const VERSION = '__SEAMKIT_DEMO_VERSION__';
/** @type {string[]} paths relative to this script */
const ASSETS = JSON.parse('__SEAMKIT_DEMO_ASSETS__');
const CACHE = `seamkit-demo-${VERSION}`;
const scope = new URL('./', self.location.href);

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    // cache: 'reload' so a stale HTTP cache never ends up in the new version.
    await cache.addAll(ASSETS.map((a) => new Request(new URL(a, scope), { cache: 'reload' })));
    await self.skipWaiting();
  })());
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const key of await caches.keys()) {
      if (key.startsWith('seamkit-demo-') && key !== CACHE) await caches.delete(key);
    }
    await self.clients.claim();
  })());
});

self.addEventListener('fetch', (event) => {
  const req = event.request;
  const url = new URL(req.url);
  if (req.method !== 'GET' || url.origin !== scope.origin) return;
  event.respondWith((async () => {
    const cache = await caches.open(CACHE);
    // A navigation to the folder is the page itself.
    const key = req.mode === 'navigate' && url.pathname === scope.pathname
      ? new URL('index.html', scope).href : req;
    const hit = await cache.match(key, { ignoreSearch: true });
    if (hit) return hit;
    try {
      return await fetch(req);
    } catch {
      return new Response('Offline, and this file is not part of the saved demo.',
        { status: 503, headers: { 'content-type': 'text/plain; charset=utf-8' } });
    }
  })());
});
