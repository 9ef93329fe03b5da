/* Kolaborasi's service worker. The build (scripts/pwa/) fills in VERSION and serves this file minified as
   sw.js at the site's root. Workbox's ideas in a small worker of our own:
   - a precache manifest, offline-manifest.json: {URL path: [revision, bytes]}. A saved copy is stored under
     its path plus "?kol-rev=REVISION", so after an update a changed file simply has no saved copy yet and an
     unchanged one keeps its own: only what changed is fetched again, and old copies are deleted on activate;
   - named strategies: pages network first (the saved copy when offline, else an offline page listing what
     is saved); content-hashed files (name.HASH.min.css, ...) cache first; other files network first.
   Only what the reader fetched (a visit) is saved, unless they asked to save the whole site (message "save").
   Messages from luring.js: "status", "save", "forget", "skip" (activate a waiting update), and "keep" with
   the URLs of the page the worker was installed from (it loaded before the worker could see it). */
(function () {
"use strict";
var VERSION = "__VERSION__";
var CACHE = "kolaborasi";
var ROOT = new URL("./", self.location).href;
var HASHED = /\.[0-9a-f]{8,}\.(min\.)?(css|js|svg)$/;
var files = null;

// The worker's own notes live in the same cache under ROOT + "kol-meta/NAME": this version's file list
// ("berkas-VERSION") and "simpan" (the reader saved the whole site). Deleting the cache forgets everything.
function meta(name, value) {
  return caches.open(CACHE).then(function (cache) {
    if (value === undefined) return cache.match(ROOT + "kol-meta/" + name).then(function (r) { return r ? r.json() : null; });
    return cache.put(ROOT + "kol-meta/" + name, new Response(JSON.stringify(value)));
  });
}

// The file list of this version: fetched once at install, then kept in the cache.
function list() {
  if (files) return Promise.resolve(files);
  return meta("berkas-" + VERSION).then(function (saved) {
    return saved || fetch(ROOT + "offline-manifest.json?v=" + VERSION).then(function (r) {
      if (!r.ok) throw new Error("offline-manifest.json " + r.status);
      return r.json();
    }).then(function (fresh) { return meta("berkas-" + VERSION, fresh).then(function () { return fresh; }); });
  }).then(function (found) { return (files = found); });
}

function key(path, entry) { return ROOT + path + "?kol-rev=" + entry[0]; }

// Keep a copy of a good response; the promise settles once it is stored.
function store(path, entry, response) {
  if (!response.ok || response.type !== "basic") return Promise.resolve();
  var copy = response.clone();
  return caches.open(CACHE).then(function (cache) { return cache.put(key(path, entry), copy); });
}

function networkFirst(request, path, entry, page) {
  return fetch(request).then(function (response) { store(path, entry, response); return response; }, function () {
    return caches.match(key(path, entry)).then(function (saved) {
      return saved || (page ? offlinePage() : Response.error());
    });
  });
}

function cacheFirst(request, path, entry) {
  return caches.match(key(path, entry)).then(function (saved) {
    return saved || fetch(request).then(function (response) { store(path, entry, response); return response; });
  });
}

// What a reader sees for a page that was neither visited nor saved: the pages that are saved, by title.
function offlinePage() {
  return Promise.all([list(), caches.open(CACHE)]).then(function (found) {
    return found[1].keys().then(function (keys) {
      return Promise.all(keys.filter(function (r) { return /(\/|[^4]\.html)\?/.test(r.url); }).map(function (r) {
        return found[1].match(r).then(function (saved) { return saved.text(); }).then(function (text) {
          return [r.url.split("?")[0], (/<title>([^<]*)</.exec(text) || [, r.url])[1]];
        });
      }));
    }).then(function (titled) {
      var css = Object.keys(found[0]).filter(function (p) { return /^assets\/stylesheets\/.*\.css$/.test(p); });
      var items = titled.filter(Boolean).map(function (p) { return '<li><a href="' + p[0] + '">' + p[1] + "</a></li>"; });
      return new Response('<!doctype html><html lang="id"><meta charset="utf-8"><meta name="viewport" ' +
        'content="width=device-width,initial-scale=1"><title>Luring</title>' +
        css.map(function (p) { return '<link rel="stylesheet" href="' + ROOT + p + '">'; }).join("") +
        '<body><article class="md-content__inner md-typeset">' +
        "<h1>Anda sedang luring</h1><p>Halaman ini belum tersimpan. Yang bisa dibaca tanpa internet:</p><ul>" + (items.join("") || "<li>belum ada</li>") + "</ul></article>",
        { headers: { "Content-Type": "text/html; charset=utf-8" } });
    });
  });
}

self.addEventListener("install", function (event) {
  event.waitUntil(list());
});

// On activate: drop copies whose revision is no longer current and the file lists of older versions; a saved
// site then fetches again just the files that changed.
self.addEventListener("activate", function (event) {
  event.waitUntil(Promise.all([list(), caches.open(CACHE)]).then(function (found) {
    var current = {};
    current[ROOT + "kol-meta/simpan"] = current[ROOT + "kol-meta/berkas-" + VERSION] = true;
    Object.keys(found[0]).forEach(function (p) { current[key(p, found[0][p])] = true; });
    return found[1].keys().then(function (keys) {
      return Promise.all(keys.map(function (r) { return current[r.url] || found[1].delete(r); }));
    });
  }).then(function () { return self.clients.claim(); }).then(function () {
    return meta("simpan").then(function (saved) { if (saved) save(); });
  }));
});

self.addEventListener("fetch", function (event) {
  var request = event.request;
  if (request.method !== "GET" || request.url.indexOf(ROOT) !== 0) return;
  var path = request.url.slice(ROOT.length).split(/[?#]/)[0];
  event.respondWith(list().then(function (all) {
    var entry = all[path], page = request.mode === "navigate";
    if (!entry) {
      return page ? fetch(request).catch(offlinePage) : fetch(request);
    }
    return HASHED.test(path) ? cacheFirst(request, path, entry) : networkFirst(request, path, entry, page);
  }, function () { return fetch(request); }));
});

function tell(message) {
  return self.clients.matchAll().then(function (clients) {
    clients.forEach(function (client) { client.postMessage(message); });
  });
}

// Saved copies against the file list: n files of y bytes in all, a of them (x bytes) saved; saved: the reader
// asked to save the whole site. (The letters are those of the patterns on the page, see luring.js.)
function status() {
  return Promise.all([list(), caches.open(CACHE), meta("simpan")]).then(function (found) {
    return found[1].keys().then(function (keys) {
      var have = {}, state = { type: "status", n: 0, y: 0, a: 0, x: 0, saved: !!found[2] };
      keys.forEach(function (r) { have[r.url] = true; });
      Object.keys(found[0]).forEach(function (p) {
        var entry = found[0][p];
        state.n++; state.y += entry[1];
        if (have[key(p, entry)]) { state.a++; state.x += entry[1]; }
      });
      return state;
    });
  });
}

var saving = null;
function save() {
  if (saving) return saving;
  saving = meta("simpan", VERSION).then(function () { return Promise.all([list(), caches.open(CACHE)]); }).then(function (found) {
    var paths = Object.keys(found[0]), next = 0;
    function worker() {
      var path = paths[next++];
      if (path === undefined) return null;
      var entry = found[0][path];
      return found[1].match(key(path, entry)).then(function (have) {
        return have || fetch(ROOT + path, { cache: "no-cache" }).then(function (r) { return store(path, entry, r); });
      }).then(function () {
        return next % 10 ? null : status().then(tell);
      }, function () { return null; }).then(worker);
    }
    return Promise.all([worker(), worker(), worker(), worker()]);
  }).then(status).then(function (state) {
    state.type = "saved";
    saving = null;
    return tell(state);
  });
  return saving;
}

self.addEventListener("message", function (event) {
  var type = event.data && event.data.type;
  if (type === "skip") self.skipWaiting();
  if (type === "status") event.waitUntil(status().then(tell));
  if (type === "save") event.waitUntil(save());
  if (type === "keep") event.waitUntil(list().then(function (all) {
    return Promise.all(event.data.urls.map(function (url) {
      var path = url.slice(ROOT.length).split(/[?#]/)[0], entry = all[path];
      return url.indexOf(ROOT) || !entry ? null : caches.match(key(path, entry)).then(function (have) {
        return have || fetch(url).then(function (r) { return store(path, entry, r); });
      });
    }));
  }).then(status).then(tell));
  if (type === "forget") {
    event.waitUntil(caches.delete(CACHE).then(status).then(tell));
  }
});
})();
