/* Presentation mode: a chapter or example page as slides, with no slide library.
 *
 * Slide 1 is the page title (with a small QR code of the page), then each h2 section, over as
 * many slides as it needs to fit the screen without scrolling (see "Slides" below). The DOM is
 * not rebuilt: the parts of the current slide get a class, and CSS shows only them. The slide
 * number lives in the query string (?slide=3), so a reload or a shared link returns to it; the
 * hash stays free for headings and glossary anchors. "q" or the "Kode QR" button shows the QR
 * code full screen instead of the slide, until Escape, "q" or the button again.
 *
 * "s" or the "Penyaji" button opens the presenter view in a second window (the same page with
 * ?penyaji=1, see "Presenter view" below): current and next slide, the trainer notes of the current
 * section, a clock and the time against the page's planned minutes. The two windows stay in step
 * through BroadcastChannel (or storage events), with no server.
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
  var PRESENTER = "kol-tampilan-penyaji"; // this window is the presenter view
  var CHANNEL = "kolaborasi:presentasi";

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
  // ("units") a slide may hold: every direct child of the article, except the blocks that split
  // (partsOf): a list, whose items are units each; an admonition, whose blocks (and the items of its
  // lists) are; a table, whose body rows are. So a slide breaks between blocks (paragraphs,
  // sub-headings, figures: never inside one), between two items of a list, two blocks of an
  // admonition or two rows of a table. Where it breaks depends on the screen, so layout() measures:
  // it fills a slide unit by unit and starts the next one at the first unit that makes the frame
  // scroll. An admonition or a table that fits a slide of its own is kept whole (groupsOf); one
  // taller than that is continued with its box and title ("(lanjutan)") or its header row. It runs
  // again on resize and when content changes size (the wide diagrams arrive, a <details> opens).
  //
  // Two units could still be taller than a slide, and split further:
  // - A list item holding a nested list: the nested list's items are units (itemsOf), and the item's
  //   own text stays shown above them on each slide that shows some of them. Kept whole when it fits.
  // - A table row too tall or too wide for a slide (a comparison with many columns): the table is shown
  //   in column groups (splitColumns), each the first (label) column and as many data columns as let
  //   every row fit, down to one. Its cells carry data-kol-group; the unit of a row in a group is the
  //   row's first cell of that group (a "cell unit", see rowOf), the slide shows the row and hides the
  //   cells of the other groups (data-kol-off). Each group opens a slide of its own, with the header
  //   row of its columns, and its rows split as any table's.
  // A single unit still taller than the screen keeps a slide of its own that scrolls inside its
  // frame: the last resort.

  var PARTS = "kol-slide--parts"; // a list, admonition or table shown in part: CSS hides its other units
  var TITLE = ":scope > .admonition-title, :scope > summary";

  function isList(element) {
    return /^(UL|OL)$/.test(element.tagName) && element.children.length > 0;
  }

  // Trainer notes stay whole: notesOf() and the presenter view find them as units.
  function isAdmonition(element) {
    return element.matches(".admonition, details") && !element.matches(".catatan-pelatih");
  }

  // A list's items; an item holding a nested list stands for the nested list's items instead.
  function itemsOf(list) {
    var items = [];
    Array.prototype.forEach.call(list.children, function (item) {
      var nested = Array.prototype.filter.call(item.children, isList);
      if (!nested.length) items.push(item);
      else nested.forEach(function (inner) { items.push.apply(items, itemsOf(inner)); });
    });
    return items;
  }

  var GROUP = "data-kol-group"; // on every data cell of a table split in column groups: its group (1, 2...)
  var OFF = "data-kol-off"; // on the cells of the other groups while a slide shows one group

  function isCell(unit) {
    return /^T[DH]$/.test(unit.tagName);
  }

  // The element a unit shows: a cell unit stands for its row.
  function rowOf(unit) {
    return isCell(unit) ? unit.parentNode : unit;
  }

  function columnGroup(unit) {
    return isCell(unit) ? unit.getAttribute(GROUP) : "";
  }

  function bodyRows(block) {
    var rows = block.matches(".md-typeset__scrollwrap") && block.querySelectorAll("table > tbody > tr");
    return rows ? Array.prototype.slice.call(rows) : [];
  }

  function partsOf(block) {
    var children = Array.prototype.slice.call(block.children);
    if (isList(block)) return itemsOf(block);
    if (isAdmonition(block)) {
      var parts = [];
      children.forEach(function (child) {
        if (child.matches(TITLE)) return;
        if (isList(child)) parts.push.apply(parts, itemsOf(child));
        else parts.push(child);
      });
      return parts.length ? parts : [block];
    }
    var rows = bodyRows(block);
    if (!rows.length) return [block];
    var groups = rows[0].querySelectorAll("[" + GROUP + "]");
    if (!groups.length) return rows;
    // Split in column groups: group by group, row by row.
    var cells = [];
    Array.prototype.forEach.call(groups, function (first) {
      var group = first.getAttribute(GROUP);
      if (cells.length && columnGroup(cells[cells.length - 1]) === group) return;
      rows.forEach(function (row) {
        var cell = row.querySelector(":scope > [" + GROUP + "='" + group + "']");
        if (cell) cells.push(cell);
      });
    });
    return cells;
  }

  function sectionsOf(article, panel) {
    var sections = [[]];
    Array.prototype.forEach.call(article.children, function (element) {
      if (element === panel || element === deck.label) return;
      if (element.tagName === "H2") sections.push([]);
      var units = sections[sections.length - 1];
      units.push.apply(units, partsOf(element));
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

  // The elements between a unit and the article, innermost first (its list, admonition, table...).
  function holders(unit) {
    var chain = [];
    for (var node = unit.parentNode; node && node !== deck.article; node = node.parentNode) chain.push(node);
    return chain;
  }

  function blockOf(unit) {
    var chain = holders(unit);
    return chain.length ? chain[chain.length - 1] : unit;
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

  // An admonition shown from its second block on says so in its title.
  function continuedTitle(title) {
    var mark = document.createElement("span");
    mark.className = "kol-present__lanjutan";
    mark.textContent = " (lanjutan)";
    title.appendChild(mark);
  }

  function titleContinues(admonition, on) {
    var title = admonition.querySelector(TITLE);
    if (!title) return;
    var marked = title.querySelector(".kol-present__lanjutan");
    if (marked) marked.remove();
    if (on && !partsOf(admonition)[0].classList.contains(CURRENT)) continuedTitle(title);
  }

  // A class on or off; an element left with no class loses the attribute too, as on the page.
  function setClass(element, name, on) {
    element.classList.toggle(name, on);
    if (!element.classList.length) element.removeAttribute("class");
  }

  // Every column of what `root` holds shown again (cells hidden while measuring or showing one group).
  function showColumns(root) {
    Array.prototype.forEach.call(root.querySelectorAll("[" + OFF + "]"), function (cell) { cell.removeAttribute(OFF); });
  }

  // Show only one column group of a split table (and its label column), or every column again.
  function showGroup(table, group) {
    Array.prototype.forEach.call(table.querySelectorAll("tr > [" + GROUP + "]"), function (cell) {
      if (group && cell.getAttribute(GROUP) !== group) cell.setAttribute(OFF, "");
      else cell.removeAttribute(OFF);
    });
  }

  function mark(slide, on) {
    var shown = [];
    slide.units.forEach(function (unit) {
      var row = rowOf(unit);
      setClass(row, CURRENT, on);
      holders(row).forEach(function (holder) {
        if (shown.indexOf(holder) >= 0) return;
        shown.push(holder);
        // Material styles a table only while it has no class: CSS keeps tables shown instead.
        if (holder.tagName === "TABLE") {
          if (isCell(unit)) showGroup(holder, on ? columnGroup(unit) : "");
          return;
        }
        setClass(holder, CURRENT, on);
        setClass(holder, PARTS, on);
      });
    });
    shown.forEach(function (holder) {
      numberList(holder);
      if (isAdmonition(holder)) titleContinues(holder, on);
    });
    var label = deck.label;
    if (on && slide.continues) {
      label.textContent = slide.continues + " (lanjutan)";
      deck.article.insertBefore(label, blockOf(rowOf(slide.units[0])));
    }
    label.classList.toggle(CURRENT, Boolean(on && slide.continues));
    // The page description stands beside the title on the title slide only, not on its continuations.
    deck.article.classList.toggle("kol-slide--first", Boolean(on && slide.section === 0 && !slide.continues));
  }

  function overflows() {
    return deck.article.scrollHeight > deck.article.clientHeight;
  }

  // What a unit moves on with while that fits a slide of its own: its admonition or table (one column
  // group of it), or the list item that holds its nested list; nothing for an item of a flat list.
  function wholeOf(unit) {
    var chain = holders(rowOf(unit));
    if (!chain.length) return null;
    var block = chain[chain.length - 1];
    if (!isList(block)) return block;
    return chain.length >= 3 ? chain[chain.length - 2] : null;
  }

  function together(unit, other) {
    var whole = wholeOf(unit);
    return Boolean(whole) && whole === wholeOf(other) && columnGroup(unit) === columnGroup(other);
  }

  // A slide shows one column group of a table at a time: a unit of another group starts a new slide.
  function otherGroup(units, unit) {
    if (!isCell(unit)) return false;
    var table = unit.closest("table");
    return units.some(function (shown) {
      return isCell(shown) && shown.closest("table") === table && columnGroup(shown) !== columnGroup(unit);
    });
  }

  // What layout() places at once: one unit, or every unit of an admonition, a table (column group) or a
  // list item with a nested list that fits a slide of its own (under a continuation label), so that
  // such a block moves on whole rather than split.
  function groupsOf(units, section, title) {
    var groups = [];
    units.forEach(function (unit) {
      var last = groups[groups.length - 1];
      if (last && together(unit, last[0])) last.push(unit);
      else groups.push([unit]);
    });
    return [].concat.apply([], groups.map(function (group) {
      if (group.length === 1) return [group];
      var alone = { section: section, units: group, continues: title };
      mark(alone, true);
      var fits = !overflows();
      mark(alone, false);
      return fits ? [group] : group.map(function (unit) { return [unit]; });
    }));
  }

  // Column groups

  function unsplitColumns() {
    Array.prototype.forEach.call(deck.article.querySelectorAll("[" + GROUP + "], [" + OFF + "]"), function (cell) {
      cell.removeAttribute(GROUP);
      cell.removeAttribute(OFF);
    });
  }

  // Tables whose cells line up in plain columns (no spans), with a label column and two data columns at least.
  function columnsOf(table) {
    var rows = Array.prototype.slice.call(table.rows);
    var width = rows.length ? rows[0].cells.length : 0;
    var plain = width >= 3 && rows.every(function (row) {
      return row.cells.length === width && Array.prototype.every.call(row.cells, function (cell) {
        return cell.colSpan === 1 && cell.rowSpan === 1;
      });
    });
    return plain ? width : 0;
  }

  // Whether every body row fits a slide of its own (after a continuation label) showing these data columns.
  function rowsFit(wrap, rows, table, columns, title, section) {
    Array.prototype.forEach.call(table.rows, function (row) {
      Array.prototype.forEach.call(row.cells, function (cell, index) {
        if (index > 0 && columns.indexOf(index) < 0) cell.setAttribute(OFF, "");
        else cell.removeAttribute(OFF);
      });
    });
    return rows.every(function (row) {
      var alone = { section: section, units: [row], continues: title };
      mark(alone, true);
      var fits = !overflows() && wrap.scrollWidth <= wrap.clientWidth + 1;
      mark(alone, false);
      return fits;
    });
  }

  // A table with a row that does not fit a slide is shown in column groups: each the label column and as
  // many data columns, left to right, as let every row fit (one at least). Its cells get their group.
  function splitColumns(sections) {
    var split = false;
    sections.forEach(function (units, section) {
      var title = section === 0 ? deck.title : headingText(units[0]);
      var wraps = [];
      units.forEach(function (unit) {
        var wrap = blockOf(unit);
        if (unit.tagName === "TR" && wraps.indexOf(wrap) < 0) wraps.push(wrap);
      });
      wraps.forEach(function (wrap) {
        var table = wrap.querySelector("table");
        var width = columnsOf(table);
        var rows = bodyRows(wrap);
        var all = [];
        for (var column = 1; column < width; column++) all.push(column);
        var fits = !width || rowsFit(wrap, rows, table, all, title, section);
        showColumns(table);
        if (fits) return;
        var groups = [];
        var start = 1;
        while (start < width) {
          var end = start;
          while (end + 1 < width && rowsFit(wrap, rows, table, all.slice(start - 1, end + 1), title, section)) end++;
          groups.push([start, end]);
          start = end + 1;
        }
        showColumns(table);
        Array.prototype.forEach.call(table.rows, function (row) {
          Array.prototype.forEach.call(row.cells, function (cell, index) {
            groups.forEach(function (group, number) {
              if (index >= group[0] && index <= group[1]) cell.setAttribute(GROUP, String(number + 1));
            });
          });
        });
        split = true;
      });
    });
    return split;
  }

  // The unit that now stands for `keep`, a unit of an earlier layout: a row and its cell units change
  // into each other when a table is split in column groups, or no longer is.
  function unitFor(keep, units) {
    if (!keep || units.indexOf(keep) >= 0) return keep;
    var row = rowOf(keep);
    if (units.indexOf(row) >= 0) return row;
    var group = isCell(keep) ? keep.getAttribute(GROUP) : "1";
    var cell = row.querySelector(":scope > [" + GROUP + "='" + group + "']");
    return cell || keep;
  }

  // Fill slides by measuring; keep showing the slide that holds `keep` (a unit).
  function layout(keep) {
    if (deck.shown) mark(deck.shown, false);
    deck.shown = null;
    unfit();
    unsplitColumns();
    deck.sections = sectionsOf(deck.article, deck.panel);
    if (splitColumns(deck.sections)) deck.sections = sectionsOf(deck.article, deck.panel);
    var slides = [];
    deck.sections.forEach(function (units, section) {
      var title = section === 0 ? deck.title : headingText(units[0]);
      var groups = groupsOf(units, section, title);
      var slide = null;
      while (groups.length) {
        var group = groups.shift();
        if (!slide) {
          slide = { section: section, units: group, continues: "" };
          mark(slide, true);
          continue;
        }
        var before = slide.units.slice();
        slide.units = before.concat(group);
        var fresh = otherGroup(before, group[0]);
        mark(slide, true);
        // A unit that takes no space even when shown (a <noscript>, a hidden message) stays with the slide
        // before it: carried on alone it would make an empty slide.
        if (!fresh && (!rowOf(group[0]).getClientRects().length || !overflows())) continue;
        if (!fresh && before.every(isFiller)) {
          // Nothing to carry on with: a whole block too tall beside the heading goes unit by unit instead.
          if (group.length > 1) {
            mark(slide, false);
            slide.units = before;
            mark(slide, true);
            groups = group.map(function (unit) { return [unit]; }).concat(groups);
          }
          continue;
        }
        // Too tall: the group opens the next slide, with any sub-heading that would be left above it.
        var carry = group;
        mark(slide, false);
        slide.units = before;
        mark(slide, true);
        while (isHeading(slide.units[slide.units.length - 1]) && !slide.units.slice(0, -1).every(isFiller)) {
          carry = [slide.units.pop()].concat(carry);
        }
        mark(slide, false);
        slides.push(slide);
        slide = { section: section, units: carry, continues: title };
        mark(slide, true);
      }
      if (slide) {
        mark(slide, false);
        slides.push(slide);
      }
    });
    deck.slides = slides;
    deck.units = [].concat.apply([], deck.sections);
    keep = unitFor(keep, deck.units);
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

  // Until the slides are measured for good (fonts and wide diagrams in), a slide number asked for by the
  // address (?slide=N, also after a reload or an instant-navigation re-render) means slide N of the final
  // layout; once the reader moves (go), the slide they are on is kept instead.
  function relayout() {
    if (!presenting()) return;
    if (deck.asked) {
      layout(null);
      show(deck.asked - 1);
      return;
    }
    var keep = deck.slides[deck.index] && deck.slides[deck.index].units[0];
    show(layout(keep));
  }

  // Every move the reader makes (keys, buttons, links, the presenter window).
  function go(index) {
    deck.asked = 0;
    show(index);
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
    post(state());
  }

  // The QR code is a state of its own: full screen over the slide, until Escape, "q" or its button.
  function qrOpen() {
    return ROOT.classList.contains(QR_OPEN);
  }

  function setQr(open) {
    if (!deck.qr) return;
    ROOT.classList.toggle(QR_OPEN, open);
    deck.qr.classList.toggle("kol-present__qr--open", open);
    if (deck.qrToggle) deck.qrToggle.setAttribute("aria-expanded", open ? "true" : "false");
    // Built without SITE_URL there is no QR code: the address this browser shows stands in for it.
    var here = deck.qr.querySelector("[data-kol-alamat]");
    if (here) here.textContent = window.location.href.split(/[?#]/)[0];
  }

  // Diagrams: the page holds their narrow layout; a slide shows the wide one, fetched once per page
  // (data-kd-lebar, scripts/diagrams/). Without it (a failed fetch, a copy opened from file://)
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
    if (!wasPresenting) layout(null);
    deck.asked = number || 1;
    show(deck.asked - 1);
    deck.article.focus({ preventScroll: true });
    // Slides are measured again once what changes their height has arrived; tests wait for "ready".
    var current = deck;
    ROOT.removeAttribute("data-kol-slides");
    Promise.all([wideDiagrams(deck.article), document.fonts ? document.fonts.ready : null]).then(function () {
      if (deck !== current || !presenting()) return;
      relayout();
      deck.asked = 0;
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
    unsplitColumns();
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
    if (link) link.post({ type: "selesai", page: window.location.pathname });
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
    if (view) return presenterKey(event);
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
        go(index + 1);
        break;
      case "ArrowLeft":
      case "PageUp":
        go(index - 1);
        break;
      case " ":
      case "Spacebar":
        if (isActivatable(event.target) && event.target !== deck.article) return;
        go(event.shiftKey ? index - 1 : index + 1);
        break;
      case "Home":
        go(0);
        break;
      case "End":
        go(deck.slides.length - 1);
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
      case "s":
      case "S":
        openPresenter();
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
        go(index);
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

  // Presenter view
  //
  // The projector window (presenting) tells the presenter window what it shows: its slides as lists
  // of unit keys (a unit's place in the page, the same in both windows since both load the same
  // page), the current one, and the frame's size, so the previews match the projector even when the
  // two screens differ. The presenter window asks it to move ("ke"); the projector moves and tells
  // again. Without a projector (closed, or another page), the presenter view steps through the
  // sections on its own. Messages go through BroadcastChannel, or localStorage's storage event.

  var link = null;
  var view = null; // the presenter view's state, in the presenter window only

  function post(message) {
    if (!link || !message || view || !presenting()) return;
    link.post(message);
  }

  function connect() {
    if (link) return;
    link = {};
    var receive = function (message) {
      if (!message || !deck) return;
      if (view) presenterReceive(message);
      else projectorReceive(message);
    };
    if (window.BroadcastChannel) {
      var channel = new BroadcastChannel(CHANNEL);
      channel.onmessage = function (event) { receive(event.data); };
      link.post = function (message) { channel.postMessage(message); };
    } else {
      window.addEventListener("storage", function (event) {
        if (event.key !== CHANNEL || !event.newValue) return;
        try { receive(JSON.parse(event.newValue)); } catch (error) { /* not ours */ }
      });
      link.post = function (message) {
        message.n = Date.now() + Math.random(); // a new value every time, or no event fires
        try { window.localStorage.setItem(CHANNEL, JSON.stringify(message)); } catch (error) { /* storage off */ }
      };
    }
  }

  function state() {
    if (!deck || view || !presenting() || !deck.slides.length) return null;
    var frame = getComputedStyle(deck.article);
    return {
      type: "keadaan",
      page: window.location.pathname,
      index: deck.index,
      slides: deck.slides.map(function (slide) {
        return {
          section: slide.section,
          continues: slide.continues,
          keys: slide.units.map(function (unit) { return deck.units.indexOf(unit); })
        };
      }),
      columns: columnsState(),
      frame: {
        width: deck.article.clientWidth,
        height: deck.article.clientHeight,
        fontSize: parseFloat(frame.fontSize) || 28,
        padding: frame.padding
      }
    };
  }

  // The column groups of the page's tables (split or not), for the presenter window to split them alike:
  // a unit's key is its place among the units, which a split changes.
  function columnsState() {
    return Array.prototype.map.call(deck.article.querySelectorAll("table"), function (table) {
      var row = table.rows[0];
      return row ? Array.prototype.map.call(row.cells, function (cell) { return cell.getAttribute(GROUP) || ""; }) : [];
    });
  }

  function applyColumns(columns) {
    unsplitColumns();
    Array.prototype.forEach.call(deck.article.querySelectorAll("table"), function (table, number) {
      var groups = columns && columns[number];
      if (!groups || !groups.some(Boolean)) return;
      Array.prototype.forEach.call(table.rows, function (row) {
        Array.prototype.forEach.call(row.cells, function (cell, index) {
          if (groups[index]) cell.setAttribute(GROUP, groups[index]);
        });
      });
    });
    deck.sections = sectionsOf(deck.article, deck.panel);
    deck.units = [].concat.apply([], deck.sections);
  }

  // Projector side

  function projectorReceive(message) {
    if (message.page !== window.location.pathname) return;
    if (message.type === "halo" && presenting()) {
      post(state());
    } else if (message.type === "ke" && typeof message.index === "number") {
      if (!presenting()) enter(message.index + 1);
      else {
        setQr(false);
        go(message.index);
      }
    }
  }

  function openPresenter() {
    if (!presenting()) return;
    var url = new URL(window.location.href);
    url.hash = "";
    url.searchParams.set("slide", String(deck.index + 1));
    url.searchParams.set("penyaji", "1");
    var opened = window.open(url.href, "kolaborasi-penyaji", "popup=yes,width=1366,height=768");
    if (opened) opened.focus();
  }

  // Presenter side

  function element(tag, attributes, text) {
    var node = document.createElement(tag);
    Object.keys(attributes || {}).forEach(function (name) { node.setAttribute(name, attributes[name]); });
    if (text) node.textContent = text;
    return node;
  }

  function twoDigits(number) {
    return (number < 10 ? "0" : "") + number;
  }

  function duration(seconds) {
    var minutes = Math.floor(seconds / 60);
    return twoDigits(minutes) + ":" + twoDigits(seconds % 60);
  }

  function localSlides() {
    var start = 0;
    return deck.sections.map(function (units, section) {
      var keys = units.map(function (unit, offset) { return start + offset; });
      start += units.length;
      return { section: section, continues: "", keys: keys };
    });
  }

  function slideHeading(slide) {
    if (!slide) return "Tidak ada: ini salindia terakhir";
    if (slide.continues) return slide.continues + " (lanjutan)";
    if (slide.section === 0) return deck.title;
    var first = deck.units[slide.keys[0]];
    return first ? headingText(first) : "";
  }

  // A copy of a unit for a preview: no ids (they would repeat), no trainer notes, no permalinks.
  function copyOf(unit) {
    if (unit.matches(".catatan-pelatih, script, style")) return null;
    var copy = unit.cloneNode(true);
    Array.prototype.forEach.call(copy.querySelectorAll(".catatan-pelatih, .headerlink, script"), function (node) { node.remove(); });
    copy.removeAttribute("id");
    Array.prototype.forEach.call(copy.querySelectorAll("[id]"), function (node) { node.removeAttribute("id"); });
    copy.classList.remove(CURRENT);
    showColumns(copy);
    return copy;
  }

  // A copy of a table part keeps the label column and one column group (all columns without a group).
  function onlyGroup(copy, group) {
    if (!group) return copy;
    Array.prototype.forEach.call(copy.querySelectorAll("[" + GROUP + "]"), function (cell) {
      if (cell.getAttribute(GROUP) !== group) cell.remove();
    });
    return copy;
  }

  // The child of `holder` that holds `unit` (or is it).
  function childOf(holder, unit) {
    var node = unit;
    while (node && node.parentNode !== holder) node = node.parentNode;
    return node;
  }

  // An empty copy of a list, admonition or table (or what wraps one) that a slide shows from `unit` on:
  // with the admonition's title ("(lanjutan)" after its first block), the table's header row, the
  // list's number to start from.
  function shellOf(holder, unit) {
    var copy = holder.cloneNode(false);
    copy.removeAttribute("id");
    copy.classList.remove(CURRENT, PARTS);
    if (holder.tagName === "OL") {
      var first = Array.prototype.indexOf.call(holder.children, childOf(holder, unit));
      copy.setAttribute("start", String((parseInt(holder.getAttribute("data-kol-start") || holder.getAttribute("start"), 10) || 1) + first));
    }
    // The title (or header row) heads every part; the part that starts with it brings its own.
    // A list item holding the nested list: its own text above the nested items.
    if (holder.tagName === "LI") {
      Array.prototype.forEach.call(holder.childNodes, function (node) {
        if (node.nodeType === 1 && isList(node)) return;
        copy.appendChild(node.nodeType === 1 ? copyOf(node) || document.createTextNode("") : node.cloneNode(true));
      });
    }
    var kept = holder.querySelector(TITLE + ", :scope > thead");
    if (kept && kept !== unit && !kept.contains(unit)) {
      var head = onlyGroup(copyOf(kept), columnGroup(unit));
      if (isAdmonition(holder) && partsOf(holder)[0] !== unit) continuedTitle(head);
      copy.appendChild(head);
    }
    return copy;
  }

  function drawSlide(box, slide) {
    var size = view.frame;
    var frame = element("div", { "class": "kol-penyaji__dia md-typeset" });
    frame.style.width = size.width + "px";
    frame.style.height = size.height + "px";
    frame.style.fontSize = size.fontSize + "px";
    frame.style.setProperty("--kol-dia-tinggi", size.height + "px");
    if (size.padding) frame.style.padding = size.padding;
    if (!slide) {
      frame.classList.add("kol-penyaji__dia--kosong");
      frame.appendChild(element("p", {}, "Akhir presentasi"));
    } else {
      if (slide.continues) frame.appendChild(element("p", { "class": "kol-present__continued" }, slide.continues + " (lanjutan)"));
      var shells = new Map();
      slide.keys.forEach(function (key) {
        var unit = deck.units[key];
        var copy = unit && copyOf(rowOf(unit));
        if (!copy) return;
        onlyGroup(copy, columnGroup(unit));
        // A unit of a list, admonition or table goes into a copy of its holders, made at its first unit.
        var parent = frame;
        holders(rowOf(unit)).reverse().forEach(function (holder) {
          if (!shells.has(holder)) shells.set(holder, parent.appendChild(shellOf(holder, unit)));
          parent = shells.get(holder);
        });
        parent.appendChild(copy);
        if (slide.section === 0 && unit.tagName === "H1") {
          var subtitle = deck.panel.querySelector(".kol-present__subtitle");
          if (subtitle) frame.appendChild(copyOf(subtitle));
        }
      });
    }
    box.replaceChildren(frame);
    scaleSlide(box);
  }

  function scaleSlide(box) {
    var frame = box.firstChild;
    if (!frame || !view) return;
    var scale = Math.min(box.clientWidth / view.frame.width, (box.clientHeight || Infinity) / view.frame.height);
    frame.style.transform = "scale(" + scale + ")";
  }

  function notesOf(section) {
    var notes = [];
    (deck.sections[section] || []).forEach(function (unit) {
      if (unit.matches(".catatan-pelatih")) notes.push(unit);
      else notes.push.apply(notes, unit.querySelectorAll(".catatan-pelatih"));
    });
    return notes;
  }

  function drawNotes(slide) {
    var box = view.notes;
    box.replaceChildren();
    var notes = slide ? notesOf(slide.section) : [];
    if (!notes.length) {
      box.appendChild(element("p", { "class": "kol-penyaji__kosong" }, "Tidak ada catatan pelatih untuk bagian ini."));
      return;
    }
    notes.forEach(function (note) {
      var copy = element("div", { "class": "kol-penyaji__catatan-isi md-typeset" });
      Array.prototype.forEach.call(note.children, function (child) {
        if (child.matches("summary, .admonition-title")) return;
        var part = child.cloneNode(true);
        part.removeAttribute("id");
        Array.prototype.forEach.call(part.querySelectorAll("[id]"), function (node) { node.removeAttribute("id"); });
        copy.appendChild(part);
      });
      box.appendChild(copy);
    });
  }

  function drawPresenter(announce) {
    var slides = view.slides;
    var index = Math.max(0, Math.min(slides.length - 1, view.index));
    view.index = index;
    var slide = slides[index];
    var next = slides[index + 1];
    var position = "Salindia " + (index + 1) + " dari " + slides.length;
    view.position.textContent = position;
    view.counter.textContent = (index + 1) + " / " + slides.length;
    view.currentHeading.textContent = slideHeading(slide);
    view.nextHeading.textContent = slideHeading(next);
    view.prev.disabled = index === 0;
    view.next.disabled = index === slides.length - 1;
    drawSlide(view.current, slide);
    drawSlide(view.upcoming, next);
    drawNotes(slide);
    showSection(slide ? slide.section : null);
    tick();
    view.root.setAttribute("data-kol-penyaji-salindia", String(index + 1));
    setSlideInUrl(index + 1);
    if (announce) view.live.textContent = position + ": " + slideHeading(slide);
  }

  function presenterGo(index) {
    index = Math.max(0, Math.min(view.slides.length - 1, index));
    if (index === view.index) return;
    view.index = index;
    drawPresenter(true);
    if (view.connected) link.post({ type: "ke", page: window.location.pathname, index: index });
  }

  function setConnected(connected) {
    view.connected = connected;
    view.status.textContent = connected
      ? "Terhubung dengan layar presentasi."
      : "Layar presentasi belum terhubung: buka halaman ini dalam mode presentasi (tombol P). Salindia di sini per bagian.";
    view.root.setAttribute("data-kol-terhubung", connected ? "ya" : "tidak");
  }

  function presenterReceive(message) {
    if (message.type === "keadaan") {
      if (message.page !== window.location.pathname) {
        // The projector followed a link: follow it.
        var url = new URL(message.page, window.location.href);
        url.searchParams.set("slide", String(message.index + 1));
        url.searchParams.set("penyaji", "1");
        window.location.assign(url.href);
        return;
      }
      var moved = !view.connected || message.index !== view.index;
      applyColumns(message.columns);
      view.slides = message.slides;
      view.index = message.index;
      view.frame = message.frame;
      setConnected(true);
      drawPresenter(moved);
    } else if (message.type === "selesai" && message.page === window.location.pathname) {
      applyColumns(null);
      view.slides = localSlides();
      view.frame = view.ownFrame;
      setConnected(false);
      drawPresenter(false);
    }
  }

  function presenterKey(event) {
    var index = view.index;
    switch (event.key) {
      case "ArrowRight":
      case "ArrowDown":
      case "PageDown":
        presenterGo(index + 1);
        break;
      case "ArrowLeft":
      case "ArrowUp":
      case "PageUp":
        presenterGo(index - 1);
        break;
      case " ":
      case "Spacebar":
        if (isActivatable(event.target)) return;
        presenterGo(event.shiftKey ? index - 1 : index + 1);
        break;
      case "Home":
        presenterGo(0);
        break;
      case "End":
        presenterGo(view.slides.length - 1);
        break;
      case "p":
      case "P":
      case "s":
      case "S":
        break; // not here: no slides to enter, no second presenter view
      default:
        return;
    }
    event.preventDefault();
    event.stopPropagation();
  }

  // Each section's share of the page's teaching minutes, by its number of words (trainer notes left
  // out): at least one minute each (the rest shared among the longer sections), rounded to half
  // minutes so that the shares still add up to the total.
  function sectionMinutes(teaching) {
    var words = deck.sections.map(function (units) {
      return units.reduce(function (sum, unit) {
        var copy = copyOf(unit);
        return sum + (copy ? (copy.textContent.match(/\S+/g) || []).length : 0);
      }, 0);
    });
    var small = words.map(function () { return false; });
    var rest, restWords, changed = true;
    while (changed) {
      changed = false;
      rest = teaching - small.filter(Boolean).length;
      restWords = words.reduce(function (sum, n, i) { return small[i] ? sum : sum + n; }, 0) || 1;
      words.forEach(function (n, i) {
        if (!small[i] && rest * n / restWords < 1) changed = small[i] = true;
      });
    }
    var done = 0, before = 0;
    return words.map(function (n, i) {
      if (small[i]) return 1;
      done += n;
      var upTo = Math.round(rest * 2 * done / restWords) / 2;
      var share = upTo - before;
      before = upTo;
      return Math.max(1, share);
    });
  }

  function planText(root) {
    var panel = deck.panel;
    var teaching = parseInt(panel.getAttribute("data-kol-waktu-paparan"), 10);
    var activity = parseInt(panel.getAttribute("data-kol-waktu-kegiatan"), 10);
    if (isNaN(teaching) && isNaN(activity)) return 0;
    var total = (teaching || 0) + (activity || 0);
    root.textContent = "Rencana halaman ini: " + total + " menit (paparan " + (teaching || 0) + ", kegiatan " + (activity || 0) + ")." +
      (teaching > 0 ? " Menit tiap bagian hanya perkiraan: menit paparan dibagi menurut panjang teks bagian itu." : "");
    if (teaching > 0) {
      view.shares = sectionMinutes(teaching);
      view.root.setAttribute("data-kol-menit-bagian", view.shares.join(" "));
    }
    return total;
  }

  // Time spent in each section adds up while one of its slides is shown; coming back resumes it.
  function sectionSpent(now) {
    var spent = view.spent[view.section] || 0;
    return view.section === null ? 0 : spent + (now - view.since);
  }

  function showSection(section) {
    if (section === view.section) return;
    var now = Date.now();
    if (view.section !== null) view.spent[view.section] = sectionSpent(now);
    view.section = section;
    view.since = now;
  }

  function tick() {
    if (!view) return;
    var now = new Date();
    view.clock.textContent = twoDigits(now.getHours()) + ":" + twoDigits(now.getMinutes());
    view.clock.setAttribute("datetime", now.toISOString());
    var seconds = Math.max(0, Math.floor((Date.now() - view.started) / 1000));
    var text = duration(seconds);
    if (view.planned) text += " dari " + duration(view.planned * 60);
    view.elapsed.textContent = text;
    view.root.classList.toggle("kol-penyaji--lewat", Boolean(view.planned) && seconds > view.planned * 60);
    var share = view.shares && view.shares[view.section];
    view.sectionLine.hidden = !share;
    if (!share) return;
    var inSection = Math.floor(sectionSpent(Date.now()) / 1000);
    view.sectionTime.textContent = duration(inSection) + " dari sekitar " + String(share).replace(".", ",") + " menit";
    view.sectionLine.classList.toggle("kol-penyaji__bagian--lewat", inSection > share * 60);
  }

  function initPresenter(number) {
    var sections = sectionsOf(deck.article, deck.panel);
    deck.sections = sections;
    deck.units = [].concat.apply([], sections);
    ROOT.classList.add(PRESENTER);
    document.title = "Penyaji: " + deck.title;
    var root = element("div", { "class": "kol-penyaji", role: "region", "aria-label": "Tampilan penyaji" });
    root.innerHTML =
      '<header class="kol-penyaji__kepala">' +
        '<h1 class="kol-penyaji__judul"></h1>' +
        '<p class="kol-penyaji__status" data-status></p>' +
        '<div class="kol-penyaji__waktu">' +
          '<p class="kol-penyaji__jam"><span class="kol-penyaji__label">Jam</span> <time data-jam></time></p>' +
          '<p class="kol-penyaji__lama"><span class="kol-penyaji__label">Berjalan</span> <span data-lama data-kol-timer></span></p>' +
          '<p class="kol-penyaji__bagian" hidden><span class="kol-penyaji__label">Bagian ini</span> <span data-bagian></span></p>' +
          '<button type="button" class="kol-present__button" data-ulang>Mulai ulang waktu</button>' +
        '</div>' +
        '<p class="kol-penyaji__rencana" data-rencana></p>' +
      '</header>' +
      '<section class="kol-penyaji__sekarang" aria-labelledby="kol-penyaji-sekarang">' +
        '<h2 id="kol-penyaji-sekarang">Sekarang: <span data-posisi></span></h2>' +
        '<p class="kol-penyaji__nama" data-judul-sekarang></p>' +
        '<div class="kol-penyaji__layar" data-layar-sekarang aria-hidden="true"></div>' +
      '</section>' +
      '<section class="kol-penyaji__berikutnya" aria-labelledby="kol-penyaji-berikutnya">' +
        '<h2 id="kol-penyaji-berikutnya">Berikutnya</h2>' +
        '<p class="kol-penyaji__nama" data-judul-berikutnya></p>' +
        '<div class="kol-penyaji__layar" data-layar-berikutnya aria-hidden="true"></div>' +
      '</section>' +
      '<section class="kol-penyaji__catatan" aria-labelledby="kol-penyaji-catatan" tabindex="0">' +
        '<h2 id="kol-penyaji-catatan">Catatan pelatih</h2>' +
        '<div data-catatan></div>' +
      '</section>' +
      '<div class="kol-penyaji__kendali" role="toolbar" aria-label="Kendali presentasi">' +
        '<button type="button" class="kol-present__button" data-sebelumnya><span aria-hidden="true">&larr;</span> Sebelumnya</button>' +
        '<p class="kol-present__counter"><span class="kol-sr">Salindia</span> <span data-penghitung></span></p>' +
        '<button type="button" class="kol-present__button" data-berikutnya>Berikutnya <span aria-hidden="true">&rarr;</span></button>' +
      '</div>' +
      '<p class="kol-sr" aria-live="polite" data-umum></p>';
    root.querySelector(".kol-penyaji__judul").textContent = "Tampilan penyaji: " + deck.title;
    document.body.appendChild(root);
    var pick = function (selector) { return root.querySelector(selector); };
    // Until the projector says its size: a 1366 × 768 screen less the control bar (3rem).
    var ownFrame = { width: 1366, height: 708, fontSize: 30.7, padding: "" };
    view = {
      root: root,
      slides: localSlides(),
      index: (number || 1) - 1,
      frame: ownFrame,
      ownFrame: ownFrame,
      connected: false,
      started: Date.now(),
      section: null,
      since: Date.now(),
      spent: [],
      sectionLine: pick(".kol-penyaji__bagian"),
      sectionTime: pick("[data-bagian]"),
      status: pick("[data-status]"),
      clock: pick("[data-jam]"),
      elapsed: pick("[data-lama]"),
      position: pick("[data-posisi]"),
      currentHeading: pick("[data-judul-sekarang]"),
      nextHeading: pick("[data-judul-berikutnya]"),
      current: pick("[data-layar-sekarang]"),
      upcoming: pick("[data-layar-berikutnya]"),
      notes: pick("[data-catatan]"),
      counter: pick("[data-penghitung]"),
      prev: pick("[data-sebelumnya]"),
      next: pick("[data-berikutnya]"),
      live: pick("[data-umum]")
    };
    view.planned = planText(pick("[data-rencana]"));
    if (!view.planned) pick("[data-rencana]").textContent = "Halaman ini tidak menyebut rencana waktu; yang tampil hanya lama berjalan.";
    view.prev.addEventListener("click", function () { presenterGo(view.index - 1); });
    view.next.addEventListener("click", function () { presenterGo(view.index + 1); });
    pick("[data-ulang]").addEventListener("click", function () {
      view.started = view.since = Date.now();
      view.spent = [];
      tick();
    });
    if (window.ResizeObserver) {
      var observer = new ResizeObserver(function () { scaleSlide(view.current); scaleSlide(view.upcoming); });
      observer.observe(view.current);
      observer.observe(view.upcoming);
    }
    setConnected(false);
    drawPresenter(false);
    wideDiagrams(deck.article).then(function () { drawPresenter(false); });
    tick();
    window.setInterval(tick, 1000);
    link.post({ type: "halo", page: window.location.pathname });
  }

  function presenterRequested() {
    return new URLSearchParams(window.location.search).get("penyaji") === "1";
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
      connect();
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
    // The controls and the QR code come as inert markup (overrides/partials/present.html): in place now.
    var parts = panel.querySelector("template[data-kol-present-parts]");
    if (parts) parts.replaceWith(parts.content);
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
      asked: 0,
      slides: [],
      shown: null,
      index: 0,
      title: heading ? headingText(heading) : document.title,
      // present-loader.js has moved the button into the header.
      toggle: document.querySelector(".md-header [data-kol-present-toggle]") || panel.querySelector("[data-kol-present-toggle]"),
      counter: panel.querySelector("[data-kol-counter]"),
      prev: panel.querySelector("[data-kol-prev]"),
      next: panel.querySelector("[data-kol-next]"),
      qr: panel.querySelector("[data-kol-qr]"),
      qrToggle: panel.querySelector("[data-kol-qr-toggle]"),
      scrollY: 0
    };
    deck.prev.addEventListener("click", function () { setQr(false); go(deck.index - 1); });
    deck.next.addEventListener("click", function () { setQr(false); go(deck.index + 1); });
    panel.querySelector("[data-kol-exit]").addEventListener("click", leave);
    var presenterButton = panel.querySelector("[data-kol-presenter]");
    if (presenterButton) presenterButton.addEventListener("click", openPresenter);
    if (deck.qrToggle) {
      deck.qrToggle.addEventListener("click", function () { setQr(!qrOpen()); });
    }
    // Content that changes height while presenting: a <details> opened, an image loaded (neither bubbles).
    article.addEventListener("toggle", function () { if (presenting()) scheduleLayout(); }, true);
    article.addEventListener("load", function () { if (presenting()) scheduleLayout(); }, true);
    setQr(false);
    var requested = slideFromUrl();
    if (view) return; // the presenter window follows the projector to a new page by loading it
    if (presenterRequested()) initPresenter(requested);
    else if (requested) enter(requested);
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
