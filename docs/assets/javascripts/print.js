/* Print: help print.css.
   - Mark links inside this site (`data-print-intern`): Material's instant navigation turns relative
     hrefs into absolute ones, and print.css prints the address of outside links only.
   - Open explanatory <details> while printing and close them again afterwards. Skips answers and
     trainer notes, which print.css hides (opening them could count as "seen"). */
(function () {
  "use strict";

  var HIDDEN = '[data-print="hide"], .kuis-jawaban, .catatan-pelatih';
  var opened = [];

  function markInternalLinks() {
    var links = document.querySelectorAll(".md-typeset a[href]");
    for (var i = 0; i < links.length; i++) {
      var link = links[i];
      if (link.protocol === "file:" || link.origin === window.location.origin) {
        link.setAttribute("data-print-intern", "");
      }
    }
  }

  function openAll() {
    markInternalLinks();
    var all = document.querySelectorAll(".md-typeset details:not([open])");
    for (var i = 0; i < all.length; i++) {
      if (all[i].matches(HIDDEN) || all[i].closest(HIDDEN)) continue;
      all[i].open = true;
      opened.push(all[i]);
    }
  }

  function restore() {
    while (opened.length) opened.pop().open = false;
  }

  // Window events survive instant navigation: attach them once per document load.
  if (!window.__kolaborasiPrint) {
    window.__kolaborasiPrint = true;
    window.addEventListener("beforeprint", openAll);
    window.addEventListener("afterprint", restore);
  }
  // page.pdf() fires no beforeprint: mark links on every page view (idempotent).
  if (typeof document$ !== "undefined") {
    document$.subscribe(function () {
      markInternalLinks();
      // Material may rewrite hrefs just after the page appears.
      window.setTimeout(markInternalLinks, 0);
      window.setTimeout(markInternalLinks, 500);
    });
  } else {
    markInternalLinks();
  }
})();
