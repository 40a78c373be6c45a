{% autoescape off %}/* Agrofarm's service worker (served as /sw.js by core.offline; version {{ version }}).
   Pages: from the network first; a copy of each public page is kept (the last MAX_PAGES), and shown with the
   page's own "offline" note when the network is gone. Static files: from the cache, refreshed behind.
   Photos: the last MAX_PHOTOS renditions. Never stored: anything but GET, other sites, the admin, private
   links, form tokens, and responses marked private or no-store (editors, farmers just after a form). */
"use strict";
var VERSION = "{{ version }}";
var SHELL = "shell-" + VERSION, PAGES = "pages", PHOTOS = "photos";
var SHELL_FILES = {{ shell }};
var OFFLINE = {{ offline }}, DEFAULT_LANGUAGE = {{ default_language }};
var STATIC_PREFIX = {{ static_prefix }}, PHOTOS_PREFIX = {{ photos_prefix }};
var MAX_PAGES = 40, MAX_PHOTOS = 80;
var NEVER = /^\/(admin|documents|form-token)\/|\/manage\/|\/photo\/$/;

self.addEventListener("install", function (event) {
  event.waitUntil(caches.open(SHELL).then(function (cache) { return cache.addAll(SHELL_FILES); })
    .then(function () { return self.skipWaiting(); }));
});

self.addEventListener("activate", function (event) {
  event.waitUntil(caches.keys().then(function (names) {
    return Promise.all(names.filter(function (name) { return name.indexOf("shell-") === 0 && name !== SHELL; })
      .map(function (name) { return caches.delete(name); }));
  }).then(function () { return self.clients.claim(); }));
});

function shareable(response) {
  if (!response || response.status !== 200 || response.type !== "basic") return false;
  var control = (response.headers.get("Cache-Control") || "").toLowerCase();
  return control.indexOf("no-store") < 0 && control.indexOf("private") < 0;
}

function keep(cacheName, request, response, limit) {
  return caches.open(cacheName).then(function (cache) {
    return cache.put(request, response).then(function () { return cache.keys(); }).then(function (keys) {
      return Promise.all(keys.slice(0, Math.max(0, keys.length - limit)).map(function (key) { return cache.delete(key); }));
    });
  });
}

function withOfflineNote(response) {
  // The note is in every page, hidden, in the page's language (base.html): only its "hidden" goes away.
  return response.text().then(function (html) {
    return new Response(html.replace("data-offline-note hidden", "data-offline-note"), {
      headers: { "Content-Type": "text/html; charset=utf-8" }
    });
  });
}

function page(event, url) {
  return fetch(event.request).then(function (response) {
    if (shareable(response)) event.waitUntil(keep(PAGES, event.request, response.clone(), MAX_PAGES));
    return response;
  }).catch(function () {
    return caches.match(event.request, { ignoreVary: true, cacheName: PAGES }).then(function (copy) {
      if (copy) return withOfflineNote(copy);
      var language = url.pathname.split("/")[1];
      return caches.match(OFFLINE[language] || OFFLINE[DEFAULT_LANGUAGE], { ignoreVary: true });
    });
  });
}

function fromCache(event, cacheName, limit) {
  return caches.match(event.request, { ignoreVary: true }).then(function (copy) {
    var fresh = fetch(event.request).then(function (response) {
      // Photos are renditions anyone may see (Django's dev server marks /media/ private; nginx does not).
      if (shareable(response) || (cacheName === PHOTOS && response.status === 200 && response.type === "basic")) {
        var stored = response.clone();
        event.waitUntil(limit ? keep(cacheName, event.request, stored, limit)
          : caches.open(cacheName).then(function (cache) { return cache.put(event.request, stored); }));
      }
      return response;
    });
    if (copy) {
      event.waitUntil(fresh.catch(function () {}));
      return copy;
    }
    return fresh;
  });
}

self.addEventListener("fetch", function (event) {
  var request = event.request, url = new URL(request.url);
  if (request.method !== "GET" || url.origin !== self.location.origin || NEVER.test(url.pathname)) return;
  if (request.mode === "navigate") {
    event.respondWith(page(event, url));
  } else if (url.pathname.indexOf(STATIC_PREFIX) === 0) {
    event.respondWith(fromCache(event, SHELL));
  } else if (url.pathname.indexOf(PHOTOS_PREFIX) === 0) {
    event.respondWith(fromCache(event, PHOTOS, MAX_PHOTOS));
  }
});
{% endautoescape %}
