/* Print: open explanatory <details> while printing and close them again afterwards.
   Skips answers and trainer notes, which print.css hides (opening them could count as "seen"). */
(function () {
  "use strict";

  var HIDDEN = '[data-print="hide"], .kuis-jawaban, .catatan-pelatih';
  var opened = [];

  function openAll() {
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

  // Window events survive instant navigation: attach once per document load.
  if (!window.__kolaborasiPrint) {
    window.__kolaborasiPrint = true;
    window.addEventListener("beforeprint", openAll);
    window.addEventListener("afterprint", restore);
  }
})();
