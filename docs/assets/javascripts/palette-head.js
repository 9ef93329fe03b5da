/* Dark scheme stored on this device: switch the dark stylesheet on before the first paint. It loads
   without blocking the paint otherwise (scripts/hooks/assets_hook.py; the toggle: palette.js). */
(function () {
  var stored = window.__md_get && __md_get("__palette");
  var sheet = document.querySelector("link[data-kol-dark]");
  if (sheet && stored && stored.color && stored.color.scheme === "slate") sheet.media = "all";
})();
