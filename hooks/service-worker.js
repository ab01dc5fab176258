// The checker's service worker: after one visit, the checker's page and files work offline.
//
// hooks/checker.py publishes this file at the site's root as `checker-sw.js` (so that its scope
// is the whole site, also under a sub-path), with two constants put in front of it:
//   VERSION  a hash of the build's checker files (their names carry their own hashes);
//   FILES    the site-relative paths of the checker's pages and files in this build.
// One cache per VERSION: a new build installs a new worker with a new cache and deletes the
// old one when it takes over, so a page never gets files of two builds from the cache.
//
// What it answers (everything else goes to the network untouched):
// - files whose name holds a version or a hash (Pyodide's versioned folder, checker-<hash>.zip,
//   snapshot-<hash>.gz): from the cache, else the network (then kept);
// - the checker's pages and its other files, and the page's own assets once the checker ran:
//   from the network (then kept), else from the cache, so an update is used as soon as it is online.
// The page says when its checker is ready ({type: "checker-ran", urls}); the files it used that
// are not yet in the cache are fetched then, and it is answered {type: "offline-ready", version}.

const CACHE = `handbook-checker-${VERSION}`;
const PREFIX = "handbook-checker-";
const SCOPE = new URL(self.registration.scope);
const KNOWN = new Set(FILES.map((path) => new URL(path, SCOPE).href));
const VERSIONED = /\/pyodide\/\d+\.\d+\.\d+\/|[.-][0-9a-f]{16}\.(zip|gz)$/;

self.addEventListener("install", (event) => {
  // An update of a checker already used offline brings the new build's files before it takes over.
  event.waitUntil(
    (async () => {
      const used = (await caches.keys()).some((name) => name.startsWith(PREFIX) && name !== CACHE);
      if (used) await addMissing(FILES.map((path) => new URL(path, SCOPE).href).filter(needed));
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) if (name.startsWith(PREFIX) && name !== CACHE) await caches.delete(name);
      await self.clients.claim();
    })(),
  );
});

self.addEventListener("message", (event) => {
  const message = event.data || {};
  if (message.type !== "checker-ran") return;
  const urls = (message.urls || []).map(String).filter((url) => inScope(url));
  event.waitUntil(
    addMissing(urls).then(
      () => event.source && event.source.postMessage({ type: "offline-ready", version: VERSION }),
      (error) => event.source && event.source.postMessage({ type: "offline-failed", detail: String(error) }),
    ),
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || !inScope(request.url)) return;
  const url = withoutSearch(request.url);
  event.respondWith(
    (async () => {
      const cache = await caches.open(CACHE);
      const known = KNOWN.has(url) || (await cache.match(url)) !== undefined;
      if (!known) return fetch(request);
      if (VERSIONED.test(url)) {
        const kept = await cache.match(url);
        if (kept) return kept;
        return keep(cache, url, await fetch(request));
      }
      try {
        return keep(cache, url, await fetch(request));
      } catch (error) {
        const kept = await cache.match(url);
        if (kept) return kept;
        throw error;
      }
    })(),
  );
});

// Pyodide's full start only needs the plain wasm and the standard library when the quick files fail.
function needed(url) {
  return !/pyodide\.asm\.wasm$|python_stdlib\.zip$|pyodide-lock\.json$/.test(url);
}

function inScope(url) {
  return url.startsWith(SCOPE.href);
}

function withoutSearch(url) {
  const parsed = new URL(url);
  parsed.search = "";
  parsed.hash = "";
  return parsed.href;
}

function keep(cache, url, response) {
  if (response.ok && response.status === 200) cache.put(url, response.clone()).catch(() => {});
  return response;
}

async function addMissing(urls) {
  const cache = await caches.open(CACHE);
  for (const url of new Set(urls.map(withoutSearch))) {
    if (await cache.match(url)) continue;
    const response = await fetch(url, { credentials: "same-origin" }); // the HTTP cache answers what it holds
    if (response.ok) await cache.put(url, response);
  }
}
