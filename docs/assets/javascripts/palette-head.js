/* The scheme's page-wide settings: the dark stylesheet (it loads without blocking the paint of light
   pages, scripts/hooks/assets_hook.py) and the browser's own colours (meta color-scheme, overrides/
   main.html). Runs the stored choice before the first paint; palette.js (the toggle) calls
   window.kolSyncScheme again on each change and after instant navigation.

   Instant navigation keeps each <head> element whose markup it finds on the next page and swaps the rest
   for the next page's copies. Two consequences:
   - The dark stylesheet is switched on through the CSSOM once it has loaded, its media attribute left as
     built. The page keeps that loaded stylesheet; with media="all" in the markup it would get a fresh
     copy that applies a frame or more later, and the page would flash light.
   - The next page's meta color-scheme ("light" as built) is appended next to ours, and the browser
     follows it: it is removed as soon as it arrives (the observer below), so ours holds the scheme.
   Only what changes is written: setting meta color-scheme, even to the value it has, makes Chromium
   restyle the whole page (a platform colour change). */
(function () {
  var wanted = null;
  var built = null; // the link's media as built, while the attribute says "all"

  function sync(scheme) {
    wanted = scheme;
    var link = document.querySelector("link[data-kol-dark]");
    if (link && scheme === "slate") {
      if (link.sheet) {
        if (built !== null) { link.media = built; built = null; }
        if (link.sheet.media.mediaText !== "all") link.sheet.media.mediaText = "all";
      } else if (link.media !== "all") {
        // Still loading (a dark page before its first paint): as "all" it holds the paint until it is here.
        built = link.media;
        link.media = "all";
        link.addEventListener("load", function () { sync(wanted); }, { once: true });
      }
    }
    var metas = document.querySelectorAll("meta[name='color-scheme']");
    var value = scheme === "slate" ? "dark" : "light";
    for (var i = 1; i < metas.length; i++) metas[i].remove();
    if (metas[0] && metas[0].content !== value) metas[0].content = value;
  }

  window.kolSyncScheme = sync;
  var stored = window.__md_get && __md_get("__palette");
  if (stored && stored.color) sync(stored.color.scheme);
  new MutationObserver(function () {
    if (wanted && document.querySelectorAll("meta[name='color-scheme']").length > 1) sync(wanted);
  }).observe(document.head, { childList: true });
})();
