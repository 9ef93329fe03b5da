/* Search results: no link with an empty ?h=.
   Material lists each page's results under the page's own link. When only a section of the page
   matched (the word is in "Peran yang jelas dan adil", not in the page's opening), Material still
   shows the page link, with no matched words, so it carries "?h=" and the page opens with nothing
   highlighted. Such a link gets the words its own sections highlight, or loses the empty parameter.
   Own code over Material's rendered list: Material and the browser are left as they are. */
(function () {
  "use strict";

  function words(link) {
    return new URL(link.href).searchParams.get("h") || "";
  }

  function fix(item) {
    var links = item.querySelectorAll("a.md-search-result__link");
    var found = [];
    for (var i = 0; i < links.length; i++) {
      words(links[i]).split(" ").forEach(function (word) {
        if (word && found.indexOf(word) < 0) found.push(word);
      });
    }
    for (var j = 0; j < links.length; j++) {
      var url = new URL(links[j].href);
      if (url.searchParams.has("h") && !url.searchParams.get("h")) {
        if (found.length) url.searchParams.set("h", found.join(" "));
        else url.searchParams.delete("h");
        links[j].href = url.toString();
      }
    }
  }

  function start() {
    var list = document.querySelector(".md-search-result__list");
    if (!list || !window.MutationObserver) return;
    new MutationObserver(function () {
      var items = list.querySelectorAll(".md-search-result__item");
      for (var i = 0; i < items.length; i++) fix(items[i]);
    }).observe(list, { childList: true, subtree: true });
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
