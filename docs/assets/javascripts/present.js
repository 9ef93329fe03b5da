/* Presentation mode: a chapter or example page as slides, with no slide library.
 *
 * Slide 1 is the page title (with a small QR code of the page), then each h2 section, over as
 * many slides as it needs to fit the screen without scrolling (see "Slides" below). The DOM is
 * not rebuilt: the parts of the current slide get a class, and CSS shows only them. The slide
 * number lives in the query string (?slide=3), so a reload or a shared link returns to it; the
 * hash stays free for headings and glossary anchors. "q" or the "Kode QR" button shows the QR
 * code full screen instead of the slide, until Escape, "q" or the button again.
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
  var QR_OPEN = "kol-qr-open";

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
  //
  // A section (the title, or an h2 and what follows it) is one slide if it fits the screen; if not,
  // it goes on over as many slides as it needs, each headed "<heading> (lanjutan)". The pieces
  // ("units") a slide may hold: every direct child of the article, except a list, whose items are
  // units each. So a slide breaks between blocks (paragraphs, sub-headings, figures, tables,
  // admonitions: never inside one) or between two items of a list. Where it breaks depends on the
  // screen, so layout() measures: it fills a slide unit by unit and starts the next one at the
  // first unit that makes the frame scroll. It runs again on resize and when content changes size
  // (the wide diagrams arrive, a <details> opens). A single unit taller than the screen (a huge
  // table) keeps a slide of its own that scrolls inside its frame: the last resort.

  function sectionsOf(article, panel) {
    var sections = [[]];
    Array.prototype.forEach.call(article.children, function (element) {
      if (element === panel || element === deck.label) return;
      if (element.tagName === "H2") sections.push([]);
      var units = sections[sections.length - 1];
      if (/^(UL|OL)$/.test(element.tagName) && element.children.length) {
        Array.prototype.forEach.call(element.children, function (item) { units.push(item); });
      } else {
        units.push(element);
      }
    });
    return sections;
  }

  function isHeading(unit) {
    return /^H[1-6]$/.test(unit.tagName);
  }

  // Nothing a slide could stand on alone: a section heading, or a unit not shown at all (a script, a
  // hidden note). The title is not: with the page description beside it, it makes a slide.
  function isFiller(unit) {
    return (isHeading(unit) && unit.tagName !== "H1") || !unit.getClientRects().length;
  }

  function blockOf(unit) {
    return unit.parentNode === deck.article ? unit : unit.parentNode;
  }

  function headingText(heading) {
    var copy = heading.cloneNode(true);
    Array.prototype.forEach.call(copy.querySelectorAll(".headerlink"), function (link) { link.remove(); });
    return copy.textContent.replace(/\s+/g, " ").trim();
  }

  // An ordered list shown from its k-th item on keeps counting from k (start), as it reads on the page.
  function numberList(list) {
    if (list.tagName !== "OL") return;
    if (!list.hasAttribute("data-kol-start")) list.setAttribute("data-kol-start", list.getAttribute("start") || "");
    var original = list.getAttribute("data-kol-start");
    var items = Array.prototype.slice.call(list.children);
    var first = items.findIndex(function (item) { return item.classList.contains(CURRENT); });
    if (first > 0) list.setAttribute("start", String((parseInt(original, 10) || 1) + first));
    else if (original) list.setAttribute("start", original);
    else list.removeAttribute("start");
  }

  function mark(slide, on) {
    var lists = [];
    slide.units.forEach(function (unit) {
      unit.classList.toggle(CURRENT, on);
      var block = blockOf(unit);
      if (block !== unit) {
        block.classList.toggle(CURRENT, on);
        if (lists.indexOf(block) < 0) lists.push(block);
      }
    });
    lists.forEach(numberList);
    var label = deck.label;
    if (on && slide.continues) {
      label.textContent = slide.continues + " (lanjutan)";
      deck.article.insertBefore(label, blockOf(slide.units[0]));
    }
    label.classList.toggle(CURRENT, Boolean(on && slide.continues));
    deck.article.classList.toggle("kol-slide--first", Boolean(on && slide.section === 0));
  }

  function overflows() {
    return deck.article.scrollHeight > deck.article.clientHeight;
  }

  // Fill slides by measuring; keep showing the slide that holds `keep` (a unit).
  function layout(keep) {
    if (deck.shown) mark(deck.shown, false);
    deck.shown = null;
    unfit();
    deck.sections = sectionsOf(deck.article, deck.panel);
    var slides = [];
    deck.sections.forEach(function (units, section) {
      var first = units[0];
      var title = section === 0 ? deck.title : headingText(first);
      var slide = null;
      units.forEach(function (unit) {
        if (!slide) {
          slide = { section: section, units: [unit], continues: "" };
          mark(slide, true);
          return;
        }
        slide.units.push(unit);
        mark(slide, true);
        if (!overflows() || slide.units.slice(0, -1).every(isFiller)) return;
        // Too tall: the unit opens the next slide, with any sub-heading that would be left above it.
        var carry = [slide.units.pop()];
        while (isHeading(slide.units[slide.units.length - 1]) && !slide.units.slice(0, -1).every(isFiller)) {
          carry.unshift(slide.units.pop());
        }
        mark(slide, false);
        slides.push(slide);
        slide = { section: section, units: carry, continues: title };
        mark(slide, true);
      });
      if (slide) {
        mark(slide, false);
        slides.push(slide);
      }
    });
    deck.slides = slides;
    // The screen size the slides were measured for (tests wait on it after a resize).
    ROOT.setAttribute("data-kol-layout", window.innerWidth + "x" + window.innerHeight);
    var index = 0;
    if (keep) {
      index = slides.findIndex(function (slide) { return slide.units.indexOf(keep) >= 0; });
      if (index < 0) index = 0;
    }
    deck.index = index;
    return index;
  }

  function relayout() {
    if (!presenting()) return;
    var keep = deck.slides[deck.index] && deck.slides[deck.index].units[0];
    show(layout(keep));
  }

  var pending = 0;
  function scheduleLayout() {
    if (pending) return;
    pending = window.requestAnimationFrame(function () {
      pending = 0;
      relayout();
    });
  }

  // A diagram or image still too tall for its slide (with a long caption, say) is drawn smaller.
  function fit(slide) {
    slide.units.forEach(function (unit) {
      var media = Array.prototype.filter.call(unit.querySelectorAll(".kd-svg, img"), function (element) {
        return element.getClientRects().length && !element.closest("[data-kol-qr]");
      });
      media.forEach(function (element) {
        var over = deck.article.scrollHeight - deck.article.clientHeight;
        if (over <= 0) return;
        var height = element.getBoundingClientRect().height;
        element.style.maxHeight = Math.max(height - over, height / 3) + "px";
        element.setAttribute("data-kol-fitted", "");
      });
    });
  }

  function unfit() {
    Array.prototype.forEach.call(deck.article.querySelectorAll("[data-kol-fitted]"), function (element) {
      element.style.maxHeight = "";
      element.removeAttribute("data-kol-fitted");
    });
  }

  function show(index) {
    var total = deck.slides.length;
    index = Math.max(0, Math.min(total - 1, index));
    if (deck.shown) mark(deck.shown, false);
    unfit();
    var slide = deck.slides[index];
    mark(slide, true);
    deck.shown = slide;
    deck.index = index;
    deck.article.scrollTop = 0;
    fit(slide);
    deck.counter.textContent = (index + 1) + " / " + total;
    deck.prev.disabled = index === 0;
    deck.next.disabled = index === total - 1;
    setSlideInUrl(index + 1);
  }

  function loadQr() {
    if (!deck.qr) return;
    var image = deck.qr.querySelector("img[data-src]");
    if (image && image.getAttribute("src") !== image.getAttribute("data-src")) image.setAttribute("src", image.getAttribute("data-src"));
  }

  // The QR code is a state of its own: full screen over the slide, until Escape, "q" or its button.
  function qrOpen() {
    return ROOT.classList.contains(QR_OPEN);
  }

  function setQr(open) {
    if (!deck.qr) return;
    if (open) loadQr();
    ROOT.classList.toggle(QR_OPEN, open);
    deck.qr.classList.toggle("kol-present__qr--open", open);
    if (deck.qrToggle) deck.qrToggle.setAttribute("aria-expanded", open ? "true" : "false");
  }

  // Diagrams: the page holds their narrow layout; a slide shows the wide one, fetched once per page
  // (data-kd-lebar, scripts/diagrams.py). Without it (a failed fetch, a copy opened from file://)
  // the narrow layout stays.
  function wideDiagrams(article) {
    if (window.location.protocol === "file:") return Promise.resolve(); // browsers refuse fetch() between local files
    return Promise.all(Array.prototype.map.call(article.querySelectorAll(".kd-diagram__canvas[data-kd-lebar]"), function (canvas) {
      if (canvas.hasAttribute("data-kd-lebar-siap") || canvas.__kdLoading) return canvas.__kdLoading;
      return (canvas.__kdLoading = fetch(canvas.getAttribute("data-kd-lebar")).then(function (response) {
        if (!response.ok) throw new Error(response.status);
        return response.text();
      }).then(function (svg) {
        if (canvas.hasAttribute("data-kd-lebar-siap") || svg.indexOf("<svg") !== 0) return;
        canvas.insertAdjacentHTML("afterbegin", svg);
        canvas.setAttribute("data-kd-lebar-siap", "");
      }).catch(function () { canvas.__kdLoading = null; }));
    }));
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
    if (!wasPresenting) layout(null);
    show((number || 1) - 1);
    deck.article.focus({ preventScroll: true });
    // Slides are measured again once what changes their height has arrived; tests wait for "ready".
    var current = deck;
    ROOT.removeAttribute("data-kol-slides");
    Promise.all([wideDiagrams(deck.article), document.fonts ? document.fonts.ready : null]).then(function () {
      if (deck !== current || !presenting()) return;
      relayout();
      ROOT.setAttribute("data-kol-slides", "ready");
    });
  }

  function leave() {
    if (!deck) return;
    var heading = deck.index > 0 ? deck.slides[deck.index].units[0] : null;
    setQr(false);
    if (deck.shown) mark(deck.shown, false);
    deck.shown = null;
    unfit();
    ROOT.classList.remove(PRESENTING);
    ROOT.removeAttribute("data-kol-slides");
    ROOT.removeAttribute("data-kol-layout");
    deck.label.remove();
    deck.article.removeAttribute("tabindex");
    deck.article.removeAttribute("role");
    deck.article.removeAttribute("aria-label");
    deck.panel.hidden = true;
    Array.prototype.forEach.call(deck.article.querySelectorAll("[data-kol-tabindex]"), function (wrap) {
      wrap.removeAttribute("tabindex");
      wrap.removeAttribute("data-kol-tabindex");
    });
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
    if (qrOpen() && key !== "Escape" && key !== "q" && key !== "Q") return;
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
        if (qrOpen()) setQr(false);
        else leave();
        break;
      case "q":
      case "Q":
        if (!deck.qr) return;
        setQr(!qrOpen());
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
      var holds = deck.slides[index].units.some(function (unit) { return unit.contains(target) || target.contains(unit); });
      if (holds) {
        setQr(false);
        show(index);
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
      window.addEventListener("resize", function () { if (deck) scheduleLayout(); });
      // Paper shows every item of a list the slide shows in part: number them as on the page.
      window.addEventListener("beforeprint", function () { if (presenting() && deck.shown) mark(deck.shown, false); });
      window.addEventListener("afterprint", function () { if (presenting() && deck.shown) mark(deck.shown, true); });
    }
    var carryOn = ROOT.classList.contains(PRESENTING);
    ROOT.classList.remove(PRESENTING, QR_OPEN);
    ROOT.removeAttribute("data-kol-slides");
    var panel = document.querySelector("[data-kol-present]");
    var article = document.querySelector(".md-content__inner");
    if (!panel || !article) {
      deck = null;
      return;
    }
    var heading = article.querySelector("h1");
    var label = document.createElement("p");
    label.className = "kol-present__continued";
    label.setAttribute("role", "heading");
    label.setAttribute("aria-level", "2");
    deck = {
      panel: panel,
      article: article,
      label: label,
      sections: [],
      slides: [],
      shown: null,
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
    deck.prev.addEventListener("click", function () { setQr(false); show(deck.index - 1); });
    deck.next.addEventListener("click", function () { setQr(false); show(deck.index + 1); });
    panel.querySelector("[data-kol-exit]").addEventListener("click", leave);
    if (deck.qrToggle) {
      deck.qrToggle.addEventListener("click", function () { setQr(!qrOpen()); });
    }
    // Content that changes height while presenting: a <details> opened, an image loaded (neither bubbles).
    article.addEventListener("toggle", function () { if (presenting()) scheduleLayout(); }, true);
    article.addEventListener("load", function () { if (presenting()) scheduleLayout(); }, true);
    setQr(false);
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
