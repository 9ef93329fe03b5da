/* Accessibility fixes for markup that Material builds in the browser.
   Wide tables scroll sideways inside .md-typeset__scrollwrap; a keyboard user can only scroll a region
   that takes focus (axe: scrollable-region-focusable), so overflowing wrappers become labelled,
   focusable regions. Safe to run again after instant navigation. */
(function () {
  "use strict";

  function update() {
    var wraps = document.querySelectorAll(".md-typeset__scrollwrap");
    for (var i = 0; i < wraps.length; i++) {
      var wrap = wraps[i];
      if (wrap.scrollWidth > wrap.clientWidth + 1) {
        wrap.setAttribute("tabindex", "0");
        wrap.setAttribute("role", "region");
        wrap.setAttribute("aria-label", "Tabel " + (i + 1) + ", geser ke samping untuk melihat semua kolom");
      } else if (wrap.getAttribute("role") === "region") {
        wrap.removeAttribute("tabindex");
        wrap.removeAttribute("role");
        wrap.removeAttribute("aria-label");
      }
    }
  }

  // Material wraps the tables in its own document$ subscriber; run after it.
  function init() {
    window.setTimeout(update, 0);
  }

  if (!window.__kolA11yResize) {
    window.__kolA11yResize = true;
    window.addEventListener("resize", update);
  }
  if (window.document$) {
    window.document$.subscribe(init);
  } else {
    document.addEventListener("DOMContentLoaded", init);
  }
})();
