/* Search index on demand: most readers never search, and on slow mobile data the index (about 45 KB
   gzip, plus the worker's language files) would compete with the page itself. The site's search
   requests search/search_index.json as soon as a page opens; this script, inlined in <head> before
   the theme's bundle runs, holds that one request back until the reader shows intent to search:
   pointer over or on the search box or its icon, focus inside it, a search shortcut key (f, s, /)
   outside a text field, ?q= in the address (a search to open), or ?h= (words to highlight: a search
   result opened in a new tab; the highlighter needs the index's settings). Every other request goes
   out untouched.
   Engine-neutral: it keys on the index's URL, not on the theme's code. */
(function () {
  "use strict";
  var proto = XMLHttpRequest.prototype, open = proto.open, send = proto.send;
  var wanted = /[?&][qh]=/.test(location.search), held = [];

  function want() {
    wanted = true;
    while (held.length) send.apply(held.shift(), []);
  }

  proto.open = function (method, url) {
    this.kolHold = /\/search\/search_index\.json$/.test(url);
    return open.apply(this, arguments);
  };
  proto.send = function () {
    if (this.kolHold && !wanted) held.push(this);
    else send.apply(this, arguments);
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
