/* Classes on <html> that say scripts run here, set in <head> before <body> exists (inlined by
   scripts/hooks/assets_hook.py, HEAD_SCRIPTS).
   - html.kol-js: our scripts run. Styles use it to give controls that scripts turn on their place from
     the first paint (quiz.css), so nothing moves when the scripts run.
   - html.js instead of html.no-js, and html.js-focus-visible: the classes Material's bundle (and the
     focus-visible polyfill in it) sets when it starts. The bundle is deferred, so those changes would
     come after the first paint, and any class change on <html> restyles every element of the page
     (Material's stylesheet has rules such as `table:not([class]) td > :first-child`, so Chromium cannot
     narrow a class change down), inside the bundle's long task. Done here it costs nothing, and the
     bundle finds nothing to change. No stylesheet reads js-focus-visible. If the bundle never ran (its
     download failed), the page goes back to no-js at load, so controls that need it stay hidden. */
(function () {
  var root = document.documentElement;
  root.classList.add("kol-js");
  root.classList.replace("no-js", "js");
  root.classList.add("js-focus-visible");
  window.addEventListener("load", function () {
    if (!window.document$) root.classList.replace("js", "no-js");
  });
})();
