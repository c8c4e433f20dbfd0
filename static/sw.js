// Belarus Reader's service worker: precaches every file of one build, serves them cache-first,
// keeps one cache per version and deletes the older ones once the new version takes over.
// A new version waits (no skipWaiting on install) until the page asks for it, so a page never
// runs files of two versions. VERSION and FILES (each file's path, and the integrity of the ones
// whose names are not hashes of their bytes) below are written at build time by
// scripts/post-build.mjs from the build: never edit them by hand.
const VERSION = 'unbuilt';
const FILES = [];

// One app may be installed under several paths of one origin: caches are named per scope.
const SCOPE = new URL('./', self.location.href).pathname;
const PREFIX = `belarus-reader:${SCOPE}:`;
const CACHE = PREFIX + VERSION;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(CACHE).then((cache) =>
      // cache: 'no-cache' revalidates every file with the server, so a file the page has just
      // loaded is not sent again (the server answers 304 Not Modified; 'reload' downloaded the
      // whole build a second time). Hashed names pin their bytes; the integrity of the other
      // files makes sure the precache holds exactly this build's bytes even if a server's
      // validators are wrong (a stale copy fails the check, the install fails, and the next
      // visit tries again).
      cache.addAll(FILES.map(([file, integrity]) => new Request(new URL(file, self.location.href), { cache: 'no-cache', integrity })))),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const key of await caches.keys()) {
      if (key.startsWith(PREFIX) && key !== CACHE) await caches.delete(key);
    }
    await self.clients.claim();
  })());
});

self.addEventListener('message', (event) => {
  if (event.data && event.data.type === 'belarus-reader:skip-waiting') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin || !url.pathname.startsWith(SCOPE)) return;
  event.respondWith((async () => {
    const cache = await caches.open(CACHE);
    const hit = await cache.match(request, { ignoreSearch: true });
    return hit || fetch(request);
  })());
});
