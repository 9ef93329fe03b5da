/* Print: open explanatory <details> while printing and close them again afterwards (print.css shows
   their content through ::details-content where the browser has it). Skips answers and trainer
   notes, which print.css hides (opening them could count as "seen"). Which links print their
   address is decided by print.css alone (rel="noopener" marks links to other hosts). */
(function () {
  "use strict";
  if (window.__kolaborasiPrint) return; // window events survive instant navigation
  window.__kolaborasiPrint = true;
  var HIDDEN = '[data-print="hide"], .kuis-jawaban, .catatan-pelatih';
  var opened = [];
  window.addEventListener("beforeprint", function () {
    document.querySelectorAll(".md-typeset details:not([open])").forEach(function (details) {
      if (!details.closest(HIDDEN)) {
        details.open = true;
        opened.push(details);
      }
    });
  });
  window.addEventListener("afterprint", function () {
    while (opened.length) opened.pop().open = false;
  });
})();
