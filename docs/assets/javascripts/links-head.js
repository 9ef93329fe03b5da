/* Instant navigation (the theme's navigation.instant) rewrites every relative address in the page to an
   absolute one when its bundle starts, so that links still work after the address changes. For a
   stylesheet that means processing it again and restyling the whole page: about 0.1 s of a slow
   phone's main thread on every page load. Done here, in <head> before the body exists, the same rewrite
   costs next to nothing, and the theme finds nothing left to rewrite. Same test as the theme's:
   addresses with a scheme or starting with // stay as they are. Page copies opened from disk (file:)
   are left alone; the theme does not navigate instantly there. */
if (location.protocol != "file:")
  document.head.querySelectorAll("[href]").forEach(function (e) {
    if (!/^(?:[a-z]+:)?\/\//i.test(e.getAttribute("href"))) e.href = e.href;
  });
