/* Trainer view: one site-wide toggle. Inlined in <head> so html[data-trainer] is set before the first paint.
   It also sets html.kol-js (our scripts run): styles give the controls that scripts turn on their place
   from the first paint (quiz.css), so nothing moves when the scripts run.
   Contract: localStorage "kolaborasi:trainer" = "1" when on; html[data-trainer="on"];
   window event "kolaborasi:trainer" with detail {on} on every change (this tab or another). */
(function () {
  "use strict";
  var KEY = "kolaborasi:trainer";
  var root = document.documentElement;
  var state = false;
  root.classList.add("kol-js");

  // Show the state; tell the other scripts when it changed.
  function apply(on, announce) {
    state = on;
    if (on) root.setAttribute("data-trainer", "on"); else root.removeAttribute("data-trainer");
    document.querySelectorAll(".kolaborasi-trainer").forEach(function (button) {
      button.setAttribute("aria-pressed", on);
    });
    if (announce) window.dispatchEvent(new CustomEvent(KEY, { detail: { on: on } }));
  }

  function toggle() {
    try {
      if (state) localStorage.removeItem(KEY); else localStorage.setItem(KEY, "1");
    } catch (e) { /* storage blocked or full: keep the state for this page only */ }
    apply(!state, true);
  }

  // Mount the button from its <template> into the header, once (the header survives instant navigation).
  function mount() {
    var nav = document.querySelector(".md-header__inner");
    var tpl = document.getElementById("kolaborasi-trainer-toggle");
    if (!nav || !tpl || nav.querySelector(".kolaborasi-trainer")) return;
    var button = tpl.content.firstElementChild.cloneNode(true);
    nav.insertBefore(button, nav.querySelector("label[for='__search']") || nav.querySelector(".md-header__source"));
    button.addEventListener("click", toggle);
    apply(state);
  }

  // Labelled switches in the content (the facilitator guide): their words follow html[data-trainer] in CSS.
  document.addEventListener("click", function (event) {
    if (event.target.closest && event.target.closest("[data-kolaborasi-trainer]")) toggle();
  });

  try { apply(localStorage.getItem(KEY) === "1"); } catch (e) { /* storage blocked: off */ }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", mount);
  else mount();
  // Another tab changed the setting.
  window.addEventListener("storage", function (event) {
    if (event.key === KEY && (event.newValue === "1") !== state) apply(!state, true);
  });
})();
