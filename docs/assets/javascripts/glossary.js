/*
 * Glossary popovers. A marked term (a.glossary-term) is a plain link to its glossary entry; this
 * script shows its definition in a popover on hover, keyboard focus, or a first tap (or Enter).
 * A second tap (or Enter, or a click) follows the link; Escape or a tap elsewhere closes it.
 * Screen readers already hear the definition: the mark's aria-describedby points at it.
 * An abbreviation (<abbr title>) shows its expansion in the same popover on a tap: phones show no title
 * tooltip. A mouse still gets the browser's own tooltip on hover.
 */
(function () {
  "use strict";

  var POPOVER_ID = "glossary-popover";
  var state = { mark: null, box: null, timer: 0, press: null };

  // Helpers

  function markOf(node) {
    return node && node.closest ? node.closest("a.glossary-term") : null;
  }

  function abbrOf(node) {
    return node && node.closest ? node.closest(".md-typeset abbr[title]") : null;
  }

  function inPopover(node) {
    return !!(state.box && node && state.box.contains(node));
  }

  function definitionOf(mark) {
    var id = mark.getAttribute("aria-describedby");
    return id ? document.getElementById(id) : null;
  }

  // Popover

  function close(returnFocus) {
    window.clearTimeout(state.timer);
    if (state.box) {
      var hadFocus = state.box.contains(document.activeElement);
      state.box.remove();
      if (state.mark) state.mark.removeAttribute("aria-expanded");
      if ((returnFocus || hadFocus) && state.mark && document.contains(state.mark)) state.mark.focus();
    }
    state.box = null;
    state.mark = null;
  }

  function open(mark) {
    window.clearTimeout(state.timer);
    if (state.mark === mark && state.box) return;
    close(false);
    var abbr = mark.tagName === "ABBR", definition = abbr ? mark : definitionOf(mark);
    if (!definition) return;
    var box = document.createElement("span");
    box.className = "glossary-popover";
    box.id = POPOVER_ID;
    // The definition is plain text; its first data-glossary-heading characters are the heading.
    var text = abbr ? mark.textContent + mark.title : definition.textContent;
    var split = abbr ? mark.textContent.length : parseInt(definition.getAttribute("data-glossary-heading"), 10) || 0;
    var heading = document.createElement("b");
    heading.className = "glossary-def__term";
    heading.textContent = text.slice(0, split);
    box.appendChild(heading);
    box.appendChild(document.createTextNode(text.slice(split)));
    // Right after the mark, so Tab moves from the term to "Buka di glosarium".
    mark.insertAdjacentElement("afterend", box);
    state.mark = mark;
    state.box = box;
    if (!abbr) footerOf(mark, definition, box);
    place(mark, box);
  }

  function footerOf(mark, definition, box) {
    var more = document.createElement("a");
    more.className = "glossary-popover__more";
    more.href = definition.getAttribute("data-glossary-href") || mark.href;
    more.textContent = "Buka di glosarium";
    var footer = document.createElement("span");
    footer.className = "glossary-popover__footer";
    footer.appendChild(more);
    box.appendChild(footer);
    mark.setAttribute("aria-expanded", "true");
  }

  function place(mark, box) {
    var rects = mark.getClientRects();
    var rect = rects.length ? rects[rects.length - 1] : mark.getBoundingClientRect();
    var parent = box.offsetParent || document.body;
    var origin = parent.getBoundingClientRect();
    var viewport = document.documentElement.clientWidth;
    var width = box.offsetWidth;
    var height = box.offsetHeight;
    var left = Math.min(Math.max(8, rect.left), viewport - width - 8);
    var top = rect.bottom + 6;
    if (top + height > window.innerHeight - 8 && rect.top - height - 6 > 8) top = rect.top - height - 6;
    box.style.left = Math.round(left - origin.left + parent.scrollLeft) + "px";
    box.style.top = Math.round(top - origin.top + parent.scrollTop) + "px";
  }

  // Events (registered once; they read the current page through state)

  function onPointerOver(event) {
    if (event.pointerType !== "mouse") return;
    var mark = markOf(event.target);
    if (mark) open(mark);
    else if (inPopover(event.target)) window.clearTimeout(state.timer);
  }

  function onPointerOut(event) {
    if (event.pointerType !== "mouse" || !state.box) return;
    var to = event.relatedTarget;
    if (markOf(to) === state.mark || inPopover(to)) return;
    window.clearTimeout(state.timer);
    state.timer = window.setTimeout(function () { close(false); }, 250);
  }

  function onPointerDown(event) {
    var mark = markOf(event.target) || abbrOf(event.target);
    state.press = mark ? { mark: mark, time: Date.now() } : null;
    if (state.box && !mark && !inPopover(event.target)) close(false);
  }

  function onFocusIn(event) {
    var mark = markOf(event.target);
    if (mark) {
      // Focus that comes from a tap is handled by the click that follows it.
      var tapped = state.press && state.press.mark === mark && Date.now() - state.press.time < 1000;
      if (!tapped) open(mark);
    } else if (state.box && !inPopover(event.target)) {
      close(false);
    }
  }

  function onClick(event) {
    var abbr = abbrOf(event.target), mark = markOf(event.target) || abbr;
    if (!mark || event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    if (abbr && !markOf(event.target)) {
      if (state.mark === abbr && state.box) close(false); else open(abbr);
      return;
    }
    // Already open: follow the link. (A box left behind by instant navigation does not count: the tap
    // can come before document$ has told init() about the new page.)
    if (state.mark === mark && state.box && document.contains(state.box)) return;
    event.preventDefault();
    event.stopPropagation();
    open(mark);
  }

  function onKeyDown(event) {
    if (event.key === "Escape" && state.box) {
      var focusInside = inPopover(document.activeElement) || document.activeElement === state.mark;
      close(focusInside);
    }
  }

  function init() {
    // After instant navigation the old popover left with the old content.
    if (state.box && !document.contains(state.box)) { state.box = null; state.mark = null; }
    if (window.__kolaborasiGlossary) return;
    window.__kolaborasiGlossary = true;
    document.addEventListener("pointerover", onPointerOver);
    document.addEventListener("pointerout", onPointerOut);
    document.addEventListener("pointerdown", onPointerDown, true);
    document.addEventListener("focusin", onFocusIn);
    // Capture phase: runs before Material's instant navigation, which listens on document.body.
    document.addEventListener("click", onClick, true);
    document.addEventListener("keydown", onKeyDown);
    window.addEventListener("resize", function () { if (state.box) place(state.mark, state.box); });
  }

  if (typeof document$ !== "undefined" && document$.subscribe) {
    document$.subscribe(init);
  } else {
    init();
  }
})();
