/* Dark scheme stored on this device: switch the dark stylesheet on before the first paint. It loads
   without blocking the paint otherwise (scripts/hooks/assets_hook.py; the toggle: palette.js). */
(function () {
  var stored = window.__md_get && __md_get("__palette");
  var sheet = document.querySelector("link[data-kol-dark]");
  if (stored && stored.color && stored.color.scheme === "slate") {
    if (sheet) sheet.media = "all";
    document.querySelector("meta[name='color-scheme']").content = "dark";
  }
})();
