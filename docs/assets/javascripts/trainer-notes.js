/* Trainer notes: open them whenever the trainer view is on (contract: html[data-trainer="on"] and
 * the window event "kolaborasi:trainer"). CSS hides them in the reader's view. */
(function () {
  "use strict";

  function sync(event) {
    var on = event && event.detail ? Boolean(event.detail.on) : document.documentElement.dataset.trainer === "on";
    if (!on) return;
    var notes = document.querySelectorAll("details.catatan-pelatih");
    Array.prototype.forEach.call(notes, function (note) { note.open = true; });
  }

  if (!window.__kolTrainerNotesBound) {
    window.__kolTrainerNotesBound = true;
    window.addEventListener("kolaborasi:trainer", sync);
  }
  document$.subscribe(function () { sync(null); });
})();
