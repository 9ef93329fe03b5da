/* Cek kolaborasi (pages from data/cek.yml, scripts/cek/): keep answers on this device, show the result per
   key with its advice, share it as a link whose fragment holds the answers (#hasil=VERSION.ANSWERS: one
   character per statement, 1-4, 0 for "tidak tahu", "-" unanswered), and, on the team page, show how the
   answers of several links spread. Loaded only on these pages; instant navigation may run it again. */
(function () {
  "use strict";
  if (window.__kolaborasiCek) return;
  window.__kolaborasiCek = true;
  var KEY = "kolaborasi:cek", TEAM = "kolaborasi:cek:tim", memory = {};

  // Storage: every access guarded; blocked or full storage keeps a copy in memory only.
  function read(name) {
    if (name in memory) return memory[name];
    try { return window.localStorage.getItem(name); } catch (e) { return null; }
  }
  function write(name, value) {
    memory[name] = value;
    try {
      if (value === null) window.localStorage.removeItem(name); else window.localStorage.setItem(name, value);
    } catch (e) { /* memory only */ }
  }
  function saved() {
    try {
      var data = JSON.parse(read(KEY));
      if (data && data.a && typeof data.a === "object") return data.a;
    } catch (e) { /* unreadable: no answers */ }
    return {};
  }

  function all(root, selector) { return Array.prototype.slice.call(root.querySelectorAll(selector)); }
  function decimal(x) { return x.toFixed(1).replace(".", ","); }
  function esc(text) { return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;"); }

  // "...#hasil=abc123.1234-0..." -> [1, 2, 3, 4, null, 0, ...], or null when damaged or made for other data.
  function decode(link, version, count) {
    var found = /#hasil=([0-9a-f]{6})\.([0-4-]+)\s*$/.exec(link);
    if (!found || found[1] !== version || found[2].length !== count) return null;
    return found[2].split("").map(function (c) { return c === "-" ? null : +c; });
  }

  // The form page

  function initForm(intro) {
    var article = intro.closest("article") || document;
    var items = all(article, "[data-cek-soal]");
    var ids = items.map(function (item) { return item.getAttribute("data-cek-soal"); });
    var version = intro.getAttribute("data-cek");
    var limits = intro.getAttribute("data-cek-batas").split(" ").map(Number);
    var q = function (name) { return article.querySelector("[data-cek-" + name + "]"); };
    var fromLink = null, empty = q("ringkas").textContent;

    function answers() {
      if (fromLink) return fromLink;
      var stored = saved();
      return ids.map(function (id) { var v = stored[id]; return v >= 0 && v <= 4 && v === Math.floor(v) ? v : null; });
    }
    function fill(values) {
      items.forEach(function (item, i) {
        all(item, "input").forEach(function (input) {
          input.checked = values[i] !== null && +input.value === values[i];
          input.disabled = !!fromLink;
        });
      });
    }
    function link(values) {
      return location.href.split("#")[0] + "#hasil=" + version + "." +
        values.map(function (v) { return v === null ? "-" : v; }).join("");
    }

    function show() {
      var values = answers(), keys = [], byId = {}, answered = 0, unknown = 0;
      items.forEach(function (item, i) {
        var id = item.getAttribute("data-cek-kunci"), key = byId[id];
        if (!key) {
          var heading = document.getElementById(id);
          key = byId[id] = { id: id, title: heading ? heading.firstChild.textContent.replace(/^\d+\.\s*/, "").trim() : id, sum: 0, n: 0, unknown: 0, total: 0 };
          keys.push(key);
        }
        key.total++;
        if (values[i] > 0) { key.sum += values[i]; key.n++; answered++; }
        if (values[i] === 0) { key.unknown++; unknown++; answered++; }
      });
      keys.forEach(function (k, i) {
        k.order = i;
        k.mean = k.n ? k.sum / k.n : null;
        k.level = k.mean === null ? null : k.mean < limits[0] ? "low" : k.mean >= limits[1] ? "high" : "middle";
      });
      keys.sort(function (a, b) {
        return (a.mean === null) - (b.mean === null) || (a.mean - b.mean) || (a.order - b.order);
      });
      var names = { low: "rendah", middle: "sedang", high: "tinggi" };
      // A key without a number: the team said "tidak tahu" (worth discussing), or nobody answered it yet.
      var none = function (k) { return k.unknown ? "belum dinilai" : "belum dijawab"; };
      q("ringkas").textContent = answered ? "Terjawab " + answered + " dari " + items.length + " pernyataan, " + unknown +
        " di antaranya \u201ctidak tahu\u201d. Kunci dengan rata-rata terendah ada paling atas." : empty;
      var chart = q("grafik"), advice = q("saran-urut");
      chart.hidden = advice.hidden = !answered;
      if (!answered) return;
      var rows = "", table = "", height = keys.length * 56;
      keys.forEach(function (k, i) {
        var y = i * 56, width = k.mean === null ? 0 : 300 * k.mean / 4;
        rows += '<text x="0" y="' + (y + 16) + '">' + esc(k.title) + "</text>" +
          '<rect class="cek-batang__latar" x="0" y="' + (y + 24) + '" width="300" height="20" rx="3"/>' +
          '<rect class="cek-batang__isi cek-batang__isi--' + (k.level || "kosong") + '" x="0" y="' + (y + 24) +
          '" width="' + width.toFixed(1) + '" height="20" rx="3"/>' +
          '<text x="310" y="' + (y + 40) + '">' + (k.mean === null ? none(k) : decimal(k.mean) + " \u00b7 " + names[k.level]) + "</text>";
        table += "<tr><th scope=\"row\">" + esc(k.title) + "</th><td>" + (k.mean === null ? "\u2013" : decimal(k.mean)) +
          "</td><td>" + (k.level ? names[k.level] : none(k)) + "</td><td>" + k.n + " dari " + k.total +
          "</td><td>" + k.unknown + "</td></tr>";
      });
      q("batang").innerHTML = '<svg class="cek-batang" viewBox="0 0 420 ' + height + '" aria-hidden="true">' + rows + "</svg>";
      q("tabel").innerHTML = table;
      advice.innerHTML = "";
      keys.forEach(function (k) {
        var source = k.level && article.querySelector('[data-cek-saran="' + k.id + " " + k.level + '"]');
        var box = document.createElement("section");
        box.className = "cek-saran cek-saran--" + (k.level || "kosong");
        box.innerHTML = "<h3></h3>";
        box.firstChild.textContent = k.title + ": " + (k.level ? names[k.level] + " (rata-rata " + decimal(k.mean) + ")" :
          none(k) + (k.unknown ? ", " + k.unknown + " jawaban \u201ctidak tahu\u201d" : ""));
        if (source) all(source, "p:not(.cek-saran__label)").forEach(function (p) { box.appendChild(p.cloneNode(true)); });
        else box.appendChild(q(k.unknown ? "tanpa-angka" : "belum").cloneNode(true)).hidden = false;
        advice.appendChild(box);
      });
    }

    function status(text) { q("status").textContent = text; }

    function start() {
      fromLink = null;
      q("pesan").hidden = q("tautan-aktif").hidden = true;
      if (/^#hasil=/.test(location.hash)) {
        fromLink = decode(location.hash, version, ids.length);
        if (fromLink) q("tautan-aktif").hidden = false;
        else {
          q("pesan").hidden = false;
          history.replaceState(null, "", location.href.split("#")[0]);
        }
      }
      fill(answers());
      show();
      q("qr-kotak").hidden = true;
    }

    article.addEventListener("change", function (event) {
      var item = event.target.closest("[data-cek-soal]");
      if (!item || fromLink) return;
      var stored = saved();
      stored[item.getAttribute("data-cek-soal")] = +event.target.value;
      write(KEY, JSON.stringify({ v: 1, a: stored }));
      show();
    });
    q("milik-saya").addEventListener("click", function () {
      history.replaceState(null, "", location.href.split("#")[0]);
      start();
    });
    q("salin").addEventListener("click", function () {
      var url = link(answers());
      var done = function () { status("Tautan hasil disalin."); };
      var manual = function () { window.prompt("Salin tautan hasil ini:", url); };
      if (navigator.clipboard && navigator.clipboard.writeText) navigator.clipboard.writeText(url).then(done, manual);
      else manual();
    });
    q("hapus").addEventListener("click", function () {
      if (!window.confirm(this.getAttribute("data-cek-hapus"))) return;
      write(KEY, null);
      status("Jawaban Anda sudah dihapus.");
      start();
    });
    q("qr").addEventListener("click", function () {
      var box = q("qr-kotak"), button = this, open = box.hidden;
      box.hidden = !open;
      button.setAttribute("aria-expanded", open);
      button.textContent = open ? "Sembunyikan kode QR" : "Tampilkan kode QR";
      if (!open) return;
      var url = link(answers());
      var draw = function () {
        var code = window.qrcode(0, "M");
        code.addData(url);
        code.make();
        box.innerHTML = code.createSvgTag({ cellSize: 4, margin: 4, scalable: true, alt: "Kode QR tautan hasil cek" }) +
          '<p class="cek-qr__alamat"></p>';
        box.lastChild.textContent = url;
      };
      if (window.qrcode) return draw();
      var script = document.createElement("script");
      script.src = document.querySelector('script[src*="cek.js"]').src.replace(/javascripts\/cek\.js.*$/, "vendor/qrcode-generator/qrcode.js");
      script.onload = draw;
      script.onerror = function () { box.textContent = "Kode QR tidak dapat dibuat. Pakai tombol Salin tautan hasil."; };
      document.head.appendChild(script);
    });
    window.addEventListener("hashchange", function () { if (document.body.contains(intro)) start(); });
    start();
  }

  // The team page

  function initTeam(box) {
    var article = box.closest("article") || document;
    var version = box.getAttribute("data-cek-tim"), area = article.querySelector("[data-cek-tautan]");
    var rows = all(article, "[data-cek-baris]"), body = rows.length && rows[0].parentNode;
    var note = box;
    area.value = read(TEAM) || "";

    function spread() {
      var links = [], bad = [];
      area.value.split("\n").forEach(function (line, i) {
        if (!line.trim()) return;
        var values = decode(line.trim(), version, rows.length);
        if (values) links.push(values); else bad.push(i + 1);
      });
      write(TEAM, area.value);
      note.textContent = (links.length ? links.length + " tautan hasil dibaca." : "Belum ada tautan hasil yang bisa dibaca.") +
        (bad.length ? " Baris " + bad.join(", ") + " dilewati: bukan tautan hasil cek ini, atau rusak." : "");
      article.querySelector("[data-cek-tim-kosong]").hidden = links.length > 0;
      rows.forEach(function (row, i) {
        var counts = [0, 0, 0, 0, 0], numbers = [];
        links.forEach(function (values) {
          if (values[i] === null) return;
          counts[values[i]]++;
          if (values[i] > 0) numbers.push(values[i]);
        });
        var mean = numbers.reduce(function (s, x) { return s + x; }, 0) / (numbers.length || 1);
        row.spread = numbers.reduce(function (s, x) { return s + (x - mean) * (x - mean); }, 0) / (numbers.length || 1);
        row.unknown = counts[0];
        row.order = row.order === undefined ? i : row.order;
        all(row, "[data-n]").forEach(function (cell) {
          cell.textContent = links.length ? counts[+cell.getAttribute("data-n")] : "\u2013";
        });
        row.querySelector("[data-rentang]").textContent = numbers.length ?
          Math.min.apply(null, numbers) + "\u2013" + Math.max.apply(null, numbers) : "\u2013";
      });
      rows.slice().sort(function (a, b) {
        return b.spread - a.spread || b.unknown - a.unknown || a.order - b.order;
      }).forEach(function (row) { body.appendChild(row); });
    }

    article.querySelector("[data-cek-tampilkan]").addEventListener("click", spread);
    if (area.value.trim()) spread();
  }

  function init() {
    all(document, ".cek-intro[data-cek]").forEach(function (intro) {
      if (!intro.__cek) { intro.__cek = true; initForm(intro); }
    });
    all(document, "[data-cek-tim]").forEach(function (box) {
      if (!box.__cek) { box.__cek = true; initTeam(box); }
    });
  }
  // Deferred: on a full load Material's bundle has defined document$; after instant navigation it exists.
  if (window.document$ && window.document$.subscribe) window.document$.subscribe(init); else init();
})();
