/* Presentation mode: a chapter or example page as slides, with no slide library.
 *
 * Slide 1 is the page title (with the QR code of the page), then one slide per h2 section. The
 * DOM is not rebuilt: every direct child of the article gets the number of its slide, and CSS
 * shows only the current one. The slide number lives in the query string (?slide=3), so a reload
 * or a shared link returns to it; the hash stays free for headings and glossary anchors.
 *
 * Loaded by present-loader.js when presentation mode starts (the header button, "p" or ?slide=N),
 * which also keeps the button in the header.
 * Markup: overrides/partials/present.html (only on slide pages). Styles: present.css.
 */
(function () {
  "use strict";

  var ROOT = document.documentElement;
  var PRESENTING = "kol-presenting";
  var CURRENT = "kol-slide--current";

  // State of the current page (replaced by init on every page, also after instant navigation)
  var deck = null;

  // Helpers

  function slideFromUrl() {
    var value = new URLSearchParams(window.location.search).get("slide");
    if (value === null || !/^\d+$/.test(value)) return null;
    return parseInt(value, 10);
  }

  function setSlideInUrl(number) {
    var url = new URL(window.location.href);
    if (number) url.searchParams.set("slide", String(number));
    else url.searchParams.delete("slide");
    if (url.href !== window.location.href) {
      // replaceState, not pushState: the back button leaves the page instead of stepping slides.
      window.history.replaceState(window.history.state, "", url.href);
    }
  }

  function isTyping(target) {
    if (!target || !target.closest) return false;
    return Boolean(target.closest("input, textarea, select, [contenteditable=''], [contenteditable='true']"));
  }

  function isActivatable(target) {
    return Boolean(target && target.closest && target.closest("button, a[href], summary"));
  }

  // Slides

  function buildSlides(article, panel) {
    var slides = [[]];
    Array.prototype.forEach.call(article.children, function (element) {
      if (element === panel) return;
      if (element.tagName === "H2") slides.push([]);
      slides[slides.length - 1].push(element);
    });
    return slides;
  }

  function show(index) {
    var total = deck.slides.length;
    index = Math.max(0, Math.min(total - 1, index));
    deck.slides[deck.index].forEach(function (element) { element.classList.remove(CURRENT); });
    deck.slides[index].forEach(function (element) { element.classList.add(CURRENT); });
    deck.index = index;
    deck.article.classList.toggle("kol-slide--first", index === 0);
    deck.article.scrollTop = 0;
    deck.counter.textContent = (index + 1) + " / " + total;
    deck.prev.disabled = index === 0;
    deck.next.disabled = index === total - 1;
    if (index === 0) setQr(false);
    setSlideInUrl(index + 1);
  }

  function loadQr() {
    if (!deck.qr) return;
    var image = deck.qr.querySelector("img[data-src]");
    if (image && image.getAttribute("src") !== image.getAttribute("data-src")) image.setAttribute("src", image.getAttribute("data-src"));
  }

  function setQr(open) {
    if (!deck.qr) return;
    if (open) loadQr();
    deck.qr.classList.toggle("kol-present__qr--open", open);
    if (deck.qrToggle) deck.qrToggle.setAttribute("aria-expanded", open ? "true" : "false");
  }

  // Diagrams: the page holds their narrow layout; a slide shows the wide one, fetched once per page
  // (data-kd-lebar, scripts/diagrams.py). Without it (a failed fetch, a copy opened from file://)
  // the narrow layout stays.
  function wideDiagrams(article) {
    if (window.location.protocol === "file:") return; // browsers refuse fetch() between local files
    Array.prototype.forEach.call(article.querySelectorAll(".kd-diagram__canvas[data-kd-lebar]"), function (canvas) {
      if (canvas.hasAttribute("data-kd-lebar-siap") || canvas.__kdLoading) return;
      canvas.__kdLoading = true;
      fetch(canvas.getAttribute("data-kd-lebar")).then(function (response) {
        if (!response.ok) throw new Error(response.status);
        return response.text();
      }).then(function (svg) {
        if (canvas.hasAttribute("data-kd-lebar-siap") || svg.indexOf("<svg") !== 0) return;
        canvas.insertAdjacentHTML("afterbegin", svg);
        canvas.setAttribute("data-kd-lebar-siap", "");
      }).catch(function () { canvas.__kdLoading = false; });
    });
  }

  function enter(number) {
    if (!deck) return;
    var wasPresenting = ROOT.classList.contains(PRESENTING);
    if (!wasPresenting) deck.scrollY = window.scrollY;
    ROOT.classList.add(PRESENTING);
    deck.panel.hidden = false;
    deck.article.setAttribute("tabindex", "0");
    deck.article.setAttribute("role", "region");
    deck.article.setAttribute("aria-label", "Presentasi: " + deck.title);
    deck.toggle.setAttribute("aria-pressed", "true");
    // Wide tables scroll sideways inside their wrapper on small screens: reachable by keyboard too.
    Array.prototype.forEach.call(deck.article.querySelectorAll(".md-typeset__scrollwrap:not([tabindex])"), function (wrap) {
      wrap.setAttribute("tabindex", "0");
      wrap.setAttribute("data-kol-tabindex", "");
    });
    loadQr();
    wideDiagrams(deck.article);
    show((number || 1) - 1);
    deck.article.focus({ preventScroll: true });
  }

  function leave() {
    if (!deck) return;
    var heading = deck.index > 0 ? deck.slides[deck.index][0] : null;
    deck.slides[deck.index].forEach(function (element) { element.classList.remove(CURRENT); });
    ROOT.classList.remove(PRESENTING);
    deck.article.classList.remove("kol-slide--first");
    deck.article.removeAttribute("tabindex");
    deck.article.removeAttribute("role");
    deck.article.removeAttribute("aria-label");
    deck.panel.hidden = true;
    Array.prototype.forEach.call(deck.article.querySelectorAll("[data-kol-tabindex]"), function (wrap) {
      wrap.removeAttribute("tabindex");
      wrap.removeAttribute("data-kol-tabindex");
    });
    setQr(false);
    deck.toggle.setAttribute("aria-pressed", "false");
    setSlideInUrl(null);
    // Back where the trainer left off: the section of the last slide, or where the page was.
    if (heading) {
      var header = document.querySelector(".md-header");
      var offset = (header ? header.offsetHeight : 0) + 8;
      window.scrollTo(0, heading.getBoundingClientRect().top + window.scrollY - offset);
    } else {
      window.scrollTo(0, deck.scrollY || 0);
    }
    deck.toggle.focus({ preventScroll: true });
  }

  function presenting() {
    return Boolean(deck) && ROOT.classList.contains(PRESENTING);
  }

  // Keyboard: bound once per document, in the capture phase on window, so that our "p" wins over
  // Material's own "p" (previous page) shortcut on slide pages, and arrows do not scroll the page.

  function onKey(event) {
    if (!deck || event.defaultPrevented) return;
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    if (isTyping(event.target)) return;
    var key = event.key;
    if (!presenting()) {
      if (key === "p" || key === "P") {
        event.preventDefault();
        event.stopPropagation();
        enter(1);
      }
      return;
    }
    var index = deck.index;
    switch (key) {
      case "ArrowRight":
      case "PageDown":
        show(index + 1);
        break;
      case "ArrowLeft":
      case "PageUp":
        show(index - 1);
        break;
      case " ":
      case "Spacebar":
        if (isActivatable(event.target) && event.target !== deck.article) return;
        show(event.shiftKey ? index - 1 : index + 1);
        break;
      case "Home":
        show(0);
        break;
      case "End":
        show(deck.slides.length - 1);
        break;
      case "Escape":
        if (deck.qr && deck.qr.classList.contains("kol-present__qr--open")) setQr(false);
        else leave();
        break;
      case "p":
      case "P":
        leave();
        break;
      default:
        return;
    }
    event.preventDefault();
    event.stopPropagation();
  }

  // A link to a heading of this page (#id) while presenting: go to the slide that holds it.
  function jumpTo(id) {
    var target = id && document.getElementById(id);
    if (!target || !deck.article.contains(target)) return false;
    for (var index = 0; index < deck.slides.length; index++) {
      var holds = deck.slides[index].some(function (element) { return element === target || element.contains(target); });
      if (holds) {
        show(index);
        if (target !== deck.slides[index][0]) target.scrollIntoView({ block: "start" });
        return true;
      }
    }
    return false;
  }

  function onHash() {
    if (presenting()) jumpTo(decodeURIComponent(window.location.hash.slice(1)));
  }

  // Material handles same-page anchor clicks itself (no hashchange), so catch them first.
  function onClick(event) {
    if (!presenting() || event.defaultPrevented || event.button !== 0) return;
    if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    var link = event.target.closest && event.target.closest("a[href]");
    if (!link || !deck.article.contains(link)) return;
    var url = new URL(link.href, window.location.href);
    if (!url.hash || url.origin !== window.location.origin || url.pathname !== window.location.pathname) return;
    if (!jumpTo(decodeURIComponent(url.hash.slice(1)))) return;
    event.preventDefault();
    event.stopPropagation();
    var current = new URL(window.location.href);
    current.hash = url.hash;
    window.history.replaceState(window.history.state, "", current.href);
  }

  // Page setup (safe to run again: everything per page is replaced, global bindings happen once)

  function init() {
    if (!window.__kolPresentBound) {
      window.__kolPresentBound = true;
      window.addEventListener("keydown", onKey, true);
      window.addEventListener("hashchange", onHash);
      window.addEventListener("click", onClick, true);
    }
    var carryOn = ROOT.classList.contains(PRESENTING);
    ROOT.classList.remove(PRESENTING);
    var panel = document.querySelector("[data-kol-present]");
    var article = document.querySelector(".md-content__inner");
    if (!panel || !article) {
      deck = null;
      return;
    }
    var heading = article.querySelector("h1");
    deck = {
      panel: panel,
      article: article,
      slides: buildSlides(article, panel),
      index: 0,
      title: heading ? heading.textContent.replace(/\s+/g, " ").trim() : document.title,
      // present-loader.js has moved the button into the header.
      toggle: document.querySelector(".md-header [data-kol-present-toggle]") || panel.querySelector("[data-kol-present-toggle]"),
      counter: panel.querySelector("[data-kol-counter]"),
      prev: panel.querySelector("[data-kol-prev]"),
      next: panel.querySelector("[data-kol-next]"),
      qr: panel.querySelector("[data-kol-qr]"),
      qrToggle: panel.querySelector("[data-kol-qr-toggle]"),
      scrollY: 0
    };
    deck.prev.addEventListener("click", function () { show(deck.index - 1); });
    deck.next.addEventListener("click", function () { show(deck.index + 1); });
    panel.querySelector("[data-kol-exit]").addEventListener("click", leave);
    if (deck.qrToggle) {
      deck.qrToggle.addEventListener("click", function () {
        setQr(!deck.qr.classList.contains("kol-present__qr--open"));
      });
    }
    var requested = slideFromUrl();
    if (requested) enter(requested);
    else if (carryOn) enter(1); // followed a link while presenting: keep presenting the new page
  }

  // The header button (present-loader.js) calls these once this file has loaded.
  window.kolPresent = {
    enter: function (number) { enter(number); },
    toggle: function () {
      if (presenting()) leave();
      else enter(1);
    }
  };

  document$.subscribe(function () { init(); });
})();
