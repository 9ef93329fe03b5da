/* Presentation mode, first part: the header button and the "p" key. Linked from the slide pages'
 * panel only (overrides/partials/present.html), so other pages do not load it. Instant navigation
 * runs it again on each slide page it reaches; after the first run its document$ subscription
 * keeps the header right on every page (it also removes the button where there are no slides).
 *
 * The slides themselves (present.js and present.css) are fetched only when a trainer starts
 * presenting: with the button, with "p", or by opening a link with ?slide=N. Readers never
 * download them. Once present.js has loaded it handles every key and click itself, through
 * window.kolPresent, and this file only keeps the button in the header.
 *
 * Markup: overrides/partials/present.html (only on slide pages; it names the two files).
 */
(function () {
  "use strict";
  if (window.kolPresentLoader) return;
  window.kolPresentLoader = true;

  var loading = null;
  var styles = null; // the <link> to present.css, once added

  function panel() {
    return document.querySelector("[data-kol-present]");
  }

  function isTyping(target) {
    return Boolean(target && target.closest &&
      target.closest("input, textarea, select, [contenteditable=''], [contenteditable='true']"));
  }

  // Into <body>, not <head>: instant navigation drops head elements the next page does not have.
  function add(tag, attributes) {
    return new Promise(function (resolve, reject) {
      var element = document.createElement(tag);
      Object.keys(attributes).forEach(function (name) { element[name] = attributes[name]; });
      element.onload = function () { resolve(element); };
      element.onerror = reject;
      document.body.appendChild(element);
    });
  }

  // Styles first, so the first slide never shows unstyled; the script then sets up the page.
  function load() {
    if (window.kolPresent) return Promise.resolve(window.kolPresent);
    var source = panel();
    if (!source) return Promise.reject(new Error("no slides on this page"));
    if (!loading) {
      var css = new URL(source.getAttribute("data-kol-present-css"), window.location.href).href;
      var js = new URL(source.getAttribute("data-kol-present-js"), window.location.href).href;
      loading = add("link", { rel: "stylesheet", href: css })
        .then(function (link) { styles = link; return add("script", { src: js }); })
        .then(function () { return window.kolPresent; })
        .catch(function (error) { loading = null; throw error; });
    }
    return loading;
  }

  function start() {
    load().then(function (present) { present.enter(1); }, function () {});
  }

  // The button sits in the page's panel; show it in the header, next to the title.
  function placeToggle() {
    var source = panel();
    var toggle = source && source.querySelector("[data-kol-present-toggle]");
    Array.prototype.forEach.call(document.querySelectorAll(".md-header [data-kol-present-toggle]"), function (button) {
      if (button !== toggle) button.remove();
    });
    if (!toggle) return;
    var title = document.querySelector(".md-header__title");
    if (title && toggle.parentNode !== title.parentNode) title.parentNode.insertBefore(toggle, title.nextSibling);
    if (!toggle.hasAttribute("data-kol-bound")) {
      toggle.setAttribute("data-kol-bound", "");
      toggle.addEventListener("click", function () {
        if (window.kolPresent) window.kolPresent.toggle();
        else start();
      });
    }
  }

  // Capture phase on window, so "p" wins over Material's own "p" (previous page) on slide pages.
  window.addEventListener("keydown", function (event) {
    if (window.kolPresent || event.defaultPrevented || !panel()) return;
    if (event.altKey || event.ctrlKey || event.metaKey || isTyping(event.target)) return;
    if (event.key !== "p" && event.key !== "P") return;
    event.preventDefault();
    event.stopPropagation();
    start();
  }, true);

  function onPage() {
    if (styles && !styles.isConnected) document.body.appendChild(styles);
    placeToggle();
    // A shared link to a slide: load the slides; present.js opens the slide named in the URL.
    if (!window.kolPresent && panel() && /[?&]slide=\d+/.test(window.location.search)) load().catch(function () {});
  }

  // This file is deferred: on a full load it runs once the page is parsed, after Material's bundle at the
  // end of <body> has defined document$. After instant navigation, document$ exists already.
  function watchPages() {
    if (window.document$) window.document$.subscribe(onPage);
    else onPage();
  }
  watchPages();
})();
