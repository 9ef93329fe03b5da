/* Reading offline (scripts/pwa/): registers the service worker on a hosted site, offers an update
   ("Versi baru tersedia"), and runs the [data-luring] controls (Beranda, "Baca luring"). Does nothing on
   file:// or under `mkdocs serve`: those pages have no manifest link. The reader can turn it all off
   ("kolaborasi:luring" = "mati"), which also removes the worker and what it saved. */
(function () {
  var link = document.querySelector('link[rel="manifest"]'), sw = navigator.serviceWorker;
  if (!link || !sw || window.__kolaborasiLuring) return;
  window.__kolaborasiLuring = true;
  var ROOT = new URL(".", link.href).href, FLAG = "kolaborasi:luring", state = null, reloading = false;

  function isOff() { try { return localStorage.getItem(FLAG) === "mati"; } catch (e) { return false; } }
  function mb(bytes) { return (bytes / 1048576).toFixed(1).replace(".", ",") + " MB"; }
  function send(type) { sw.ready.then(function (reg) { reg.active.postMessage({ type: type }); }); }

  function offer(worker) {
    if (document.querySelector(".kol-versi")) return;
    var bar = document.createElement("div");
    bar.className = "kol-versi";
    bar.setAttribute("role", "status");
    bar.innerHTML = 'Versi baru tersedia. <button class="md-button md-button--primary">Muat ulang</button>';
    bar.lastChild.onclick = function () { reloading = true; worker.postMessage({ type: "skip" }); };
    document.body.appendChild(bar);
  }

  function watch(reg) {
    if (!reg) return;  // a browser that blocks workers
    if (reg.waiting && sw.controller) offer(reg.waiting);
    reg.addEventListener("updatefound", function () {
      var worker = reg.installing;
      worker.addEventListener("statechange", function () {
        if (worker.state === "installed" && sw.controller) offer(worker);
      });
    });
  }

  // The words live in the page: the status line carries one pattern per state (data-mati, data-menyimpan...),
  // with {a} {n} {x} {y} {sisa} for saved files, all files, saved MB, all MB and MB still to download.
  function render() {
    Array.prototype.forEach.call(document.querySelectorAll("[data-luring]"), function (box) {
      attach(box);
      var q = function (name) { return box.querySelector("[data-luring-" + name + "]") || {}; };
      var off = isOff(), line = q("status"), s = state || {}, done = s.saved && s.a === s.n;
      var kind = off ? "mati" : !state ? "memeriksa" : s.type === "progress" ? "menyimpan" : done ? "tersimpan" : "sebagian";
      var values = { a: s.a, n: s.n, x: mb(s.x), y: mb(s.y), sisa: mb(s.y - s.x) };
      box.hidden = false;
      q("mati").checked = off;
      q("simpan").hidden = off || !state || done;
      q("hapus").hidden = off || !state;
      q("hapus").disabled = !s.a;
      q("kemajuan").hidden = kind !== "menyimpan";
      q("kemajuan").value = s.y ? s.x / s.y : 0;
      if (line.getAttribute) {
        line.textContent = ((line.getAttribute("data-" + kind) || "") +
          (navigator.connection && navigator.connection.saveData ? line.getAttribute("data-hemat") : ""))
          .replace(/\{(\w+)\}/g, function (m, name) { return values[name]; });
      }
    });
  }

  // Controls work from their first render: a status message may arrive before document$ fires.
  function attach(box) {
    if (box.__luring) return;
    box.__luring = true;
    box.addEventListener("click", function (event) {
      var button = event.target.closest("button");
      if (!button) return;
      if (button.hasAttribute("data-luring-simpan")) { state.type = "progress"; send("save"); }
      if (button.hasAttribute("data-luring-hapus")) send("forget");
      render();
    });
    box.addEventListener("change", function (event) {
      if (!event.target.hasAttribute("data-luring-mati")) return;
      try {
        if (event.target.checked) localStorage.setItem(FLAG, "mati"); else localStorage.removeItem(FLAG);
      } catch (e) { /* the setting cannot be kept; it still applies now */ }
      state = null;
      if (event.target.checked) turnOff(); else start();
      render();
    });
  }

  function page() {
    if (!isOff()) send("status");
    render();
  }

  function turnOff() {
    sw.getRegistrations().then(function (regs) { regs.forEach(function (reg) { reg.unregister(); }); });
    if (window.caches) caches.keys().then(function (names) { names.forEach(function (name) { caches.delete(name); }); });
  }

  // The first page loads before the worker exists: hand it that page and what it loaded (mostly from the
  // browser's cache), so the page the reader is on can be read offline too.
  function start() {
    var first = !sw.controller;
    sw.register(ROOT + "sw.js", { scope: ROOT }).then(watch).then(function () {
      if (first) sw.ready.then(function (reg) {
        reg.active.postMessage({ type: "keep", urls: [location.href].concat(performance.getEntriesByType("resource").map(function (e) { return e.name; })) });
      });
      send("status");
    });
  }

  sw.addEventListener("controllerchange", function () { if (reloading) location.reload(); });
  sw.addEventListener("message", function (event) {
    state = event.data;
    if (state.type === "status" && state.a < state.n && state.saved) state.type = "progress";
    render();
  });
  if (isOff()) turnOff(); else start();
  if (window.document$ && window.document$.subscribe) window.document$.subscribe(page); else page();
})();
