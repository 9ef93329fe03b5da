/* Colour scheme toggle (auto → light → dark), on Material's own markup and storage (overrides/partials/
   palette.html). It does what Material's palette component does, without that component's cost on
   every page load: it only touches <body> when the scheme actually changes.
   Contract shared with Material: localStorage "__palette" via __md_get/__md_set, {index, color:
   {media, scheme, primary, accent}}; body[data-md-color-*]; Material's inline script applies it early.
   The dark stylesheet (palette.css) loads without blocking the first paint for light pages
   (scripts/hooks/assets_hook.py); kolSyncScheme (palette-head.js) switches it on before the dark scheme shows. */
(function () {
  "use strict";
  var form = document.querySelector("[data-kol-palette]");
  if (!form) return; // part of the site bundle: runs once per full page load
  var inputs = [].slice.call(form.querySelectorAll("input"));
  var light = matchMedia("(prefers-color-scheme: light)");
  var AUTO = "(prefers-color-scheme)";

  // The dark stylesheet and the browser's own colours follow the scheme: palette-head.js, inlined in
  // <head>, defines kolSyncScheme. Instant navigation puts back the next page's <head> as built, so it
  // runs again on every page.
  var syncHead = window.kolSyncScheme;

  function save(index, color) {
    try { __md_set("__palette", { index: index, color: color }); } catch (e) { /* storage blocked */ }
  }

  function pick(index) {
    var input = inputs[index];
    var media = input.getAttribute("data-md-color-media");
    // "Follow the device": take the colours of the light or the dark option, as the device says now.
    var source = media !== AUTO ? input : form.querySelector(
      "[data-md-color-media='(prefers-color-scheme: " + (light.matches ? "light" : "dark") + ")']") || input;
    var color = { media: media };
    ["scheme", "primary", "accent"].forEach(function (key) {
      color[key] = source.getAttribute("data-md-color-" + key);
    });
    syncHead(color.scheme);
    Object.keys(color).forEach(function (key) {
      var name = "data-md-color-" + key;
      if (document.body.getAttribute(name) !== color[key]) document.body.setAttribute(name, color[key]);
    });
    // Each option's label is the button that switches to the next option; show the current one's.
    inputs.forEach(function (other, i) {
      var label = other.nextElementSibling;
      if (label) label.hidden = i !== index;
    });
    input.checked = true;
    return color;
  }

  var stored = null;
  try { stored = __md_get("__palette"); } catch (e) { /* storage blocked */ }
  var current = stored && typeof stored.index === "number" ? stored.index
    : Math.max(0, inputs.findIndex(function (input) { return matchMedia(input.getAttribute("data-md-color-media")).matches; }));
  current = Math.min(current, inputs.length - 1);
  var color = pick(current);
  // Stored from the first visit on (as Material does), so that Material's early script paints the next
  // page in the right scheme, not light first on a dark device.
  if (!stored) save(current, color);
  document$.subscribe(function () { // Material's, defined before the site bundle runs
    syncHead(document.body.getAttribute("data-md-color-scheme"));
  });

  form.addEventListener("change", function (event) {
    current = inputs.indexOf(event.target);
    if (current >= 0) save(current, pick(current));
  });
  // Enter on the focused option moves to the next one, as in Material.
  form.addEventListener("keydown", function (event) {
    if (event.key !== "Enter") return;
    event.preventDefault();
    var next = inputs[(current + 1) % inputs.length];
    next.click();
    next.focus();
  });
  light.addEventListener("change", function () {
    if (inputs[current].getAttribute("data-md-color-media") === AUTO) pick(current);
  });
})();
