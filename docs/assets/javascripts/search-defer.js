/* Search index on demand: most readers never search, and on slow mobile data the index (about 45 KB
   gzip, plus the worker's language files) would compete with the page itself. The site's search
   requests search/search_index.json as soon as a page opens; this script, inlined in <head> before
   the theme's bundle runs, holds that one request back until the reader shows intent to search:
   pointer over or on the search box or its icon, focus inside it, a search shortcut key (f, s, /)
   outside a text field, ?q= in the address (a search to open), or ?h= (words to highlight: a search
   result opened in a new tab; the highlighter needs the index's settings). Every other request goes
   out untouched.
   Engine-neutral: it keys on the index's URL, not on the theme's code.

   Every other asynchronous request is sent from a task of its own (setTimeout 0). XMLHttpRequest's
   send() is slow in Chromium, about 25 ms for the first one of a page on this machine, and the theme
   sends its first request (sitemap.xml, for instant navigation) from inside the long task in which its
   bundle starts; on a slowed-down phone that adds about 0.1 s to that task. On its own, it is a short
   task that leaves the main thread free in between. */
(function () {
  "use strict";
  var proto = XMLHttpRequest.prototype, open = proto.open, send = proto.send, abort = proto.abort;
  var wanted = /[?&][qh]=/.test(location.search), held = [];

  function want() {
    wanted = true;
    while (held.length) send.apply(held.shift(), []);
  }

  // A send still waiting for its task is dropped by abort() or by opening the request again.
  function cancel(request) {
    if (request.kolTimer) window.clearTimeout(request.kolTimer);
    request.kolTimer = 0;
  }

  proto.open = function (method, url, async) {
    cancel(this);
    this.kolHold = /\/search\/search_index\.json$/.test(url);
    this.kolLater = async !== false;
    return open.apply(this, arguments);
  };
  proto.send = function () {
    var request = this, args = arguments;
    if (request.kolHold && !wanted) held.push(request);
    else if (request.kolLater) {
      request.kolTimer = window.setTimeout(function () {
        request.kolTimer = 0;
        send.apply(request, args);
      }, 0);
    } else send.apply(request, args);
  };
  proto.abort = function () {
    cancel(this);
    return abort.apply(this, arguments);
  };

  function intent(event) {
    var target = event.target, key = event.key;
    if (key ? !target.closest("input, textarea, select, [contenteditable]") && /^[fs/]$/i.test(key)
            : target.closest && target.closest(".md-search, [for='__search']")) want();
  }
  "pointerover pointerdown focusin keydown".split(" ").forEach(function (type) {
    document.addEventListener(type, intent, true);
  });
})();
