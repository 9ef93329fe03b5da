/* Trainer view: one site-wide toggle. Loaded in <head> so html[data-trainer] is set before the first paint.
   Contract: localStorage "kolaborasi:trainer" = "1" when on; html[data-trainer="on"];
   window event "kolaborasi:trainer" with detail {on} on every change. */
(function () {
  "use strict";
  if (window.kolaborasiTrainer) return;
  var KEY = "kolaborasi:trainer";
  // Material reads localStorage through __md_get without try/catch: with storage blocked every page
  // would throw. This file runs right after Material defines it, so make it fail soft.
  var mdGet = window.__md_get;
  if (typeof mdGet === "function") {
    window.__md_get = function () {
      try { return mdGet.apply(this, arguments); } catch (e) { return null; }
    };
  }
  var root = document.documentElement;
  var state = false;

  function stored() {
    try { return window.localStorage.getItem(KEY) === "1"; } catch (e) { return state; }
  }

  function apply(on) {
    state = on;
    if (on) root.setAttribute("data-trainer", "on"); else root.removeAttribute("data-trainer");
    var buttons = document.querySelectorAll(".kolaborasi-trainer");
    for (var i = 0; i < buttons.length; i++) buttons[i].setAttribute("aria-pressed", on ? "true" : "false");
  }

  function set(on) {
    on = !!on;
    try {
      if (on) window.localStorage.setItem(KEY, "1"); else window.localStorage.removeItem(KEY);
    } catch (e) { /* storage blocked or full: keep the state for this page only */ }
    if (on === state) return;
    apply(on);
    window.dispatchEvent(new CustomEvent("kolaborasi:trainer", { detail: { on: on } }));
  }

  // Mount the button from its <template> into the header, once (the header survives instant navigation).
  function mount() {
    var nav = document.querySelector(".md-header__inner");
    var tpl = document.getElementById("kolaborasi-trainer-toggle");
    if (!nav || !tpl || nav.querySelector(".kolaborasi-trainer")) return;
    var button = tpl.content.firstElementChild.cloneNode(true);
    var before = nav.querySelector("label[for='__search']") || nav.querySelector(".md-header__source");
    nav.insertBefore(button, before);
    button.addEventListener("click", function () { set(!state); });
    apply(state);
  }

  window.kolaborasiTrainer = { isOn: function () { return state; }, set: set };
  apply(stored());
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", mount);
  else mount();
  // Another tab changed the setting.
  window.addEventListener("storage", function (event) {
    if (event.key === KEY && (event.newValue === "1") !== state) {
      apply(event.newValue === "1");
      window.dispatchEvent(new CustomEvent("kolaborasi:trainer", { detail: { on: state } }));
    }
  });
})();
