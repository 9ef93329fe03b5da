/* The scheme's page-wide settings: the dark stylesheet (it loads without blocking the paint of light
   pages, scripts/hooks/assets_hook.py) and the browser's own colours (meta color-scheme, overrides/
   main.html). Runs the stored choice before the first paint; palette.js (the toggle) calls
   window.kolSyncScheme again on each change and after instant navigation restores the <head>. */
(function () {
  function sync(scheme) {
    var sheet = document.querySelector("link[data-kol-dark]");
    if (sheet && scheme === "slate") sheet.media = "all";
    document.querySelector("meta[name='color-scheme']").content = scheme === "slate" ? "dark" : "light";
  }
  window.kolSyncScheme = sync;
  var stored = window.__md_get && __md_get("__palette");
  if (stored && stored.color) sync(stored.color.scheme);
})();
