/* Quizzes: check answers, keep progress in localStorage (in memory when storage fails), trainer view.
   Loaded only on quiz pages; instant navigation may run this file again, so it binds itself once. */
(function () {
  "use strict";
  if (window.__kolaborasiQuiz) return;
  var self = window.__kolaborasiQuiz = { inits: 0, checks: 0 };
  var PREFIX = "kolaborasi:kuis:";
  var memory = {};

  // Storage: every access guarded; anything unreadable counts as "no progress".

  function load(id) {
    var raw = memory[id];
    if (raw === undefined) {
      try { raw = window.localStorage.getItem(PREFIX + id); } catch (e) { raw = null; }
    }
    try {
      var data = JSON.parse(raw);
      if (data && data.q && typeof data.q === "object" && !Array.isArray(data.q)) return data;
    } catch (e) { /* garbage: ignore */ }
    return { v: 1, q: {} };
  }

  function save(id, data) {
    var raw = JSON.stringify(data);
    memory[id] = raw;
    try { window.localStorage.setItem(PREFIX + id, raw); } catch (e) { /* blocked or full: memory only */ }
  }

  function entry(data, qid, hash) {
    var e = Object.prototype.hasOwnProperty.call(data.q, qid) ? data.q[qid] : null;
    return e && e.h === hash && Array.isArray(e.p) ? e : null;
  }

  function trainerOn() { return document.documentElement.getAttribute("data-trainer") === "on"; }

  // One quiz

  function initQuiz(box) {
    if (box.__kuis) return;
    box.__kuis = true;
    self.inits++;
    var id = box.getAttribute("data-kuis");
    var status = box.querySelector("[data-kuis-status]");
    var score = box.querySelector("[data-kuis-skor]");
    var questions = box.querySelectorAll(".kuis-soal");
    box.querySelector("[data-kuis-panel]").hidden = false;

    function announce(text) {
      status.textContent = "";
      setTimeout(function () { status.textContent = text; }, 50);
    }

    function part(f, name) { return f.querySelector("[data-" + name + "]"); }

    function picked(f) {
      var values = [];
      f.querySelectorAll("input").forEach(function (input) { if (input.checked) values.push(input.value); });
      return values;
    }

    function tally() {
      var data = load(id), answered = 0, right = 0;
      questions.forEach(function (f) {
        var e = entry(data, f.getAttribute("data-soal"), f.getAttribute("data-hash"));
        if (e) { answered++; if (e.ok) right++; }
      });
      score.textContent = "Skor: " + right + " benar dari " + answered + " dijawab (" + questions.length + " pertanyaan).";
      summarize(data, answered, right);
      return score.textContent;
    }

    // The end of the quiz: once every question is answered, the score and the sections to read again.
    function summarize(data, answered, right) {
      var summary = box.querySelector("[data-kuis-ringkasan]");
      if (!summary) return;
      summary.hidden = answered < questions.length;
      if (summary.hidden) return;
      part(summary, "ringkasan-skor").textContent = "Selesai: " + right + " dari " + questions.length + " benar.";
      var list = part(summary, "ringkasan-daftar"), seen = {};
      list.textContent = "";
      questions.forEach(function (f) {
        var e = entry(data, f.getAttribute("data-soal"), f.getAttribute("data-hash"));
        var link = f.querySelector(".kuis-jawaban__pelajari a");
        if (!e || e.ok || !link || seen[link.getAttribute("href")]) return;
        seen[link.getAttribute("href")] = true;
        var item = document.createElement("li");
        item.appendChild(link.cloneNode(true));
        list.appendChild(item);
      });
      part(summary, "ringkasan-ulang").hidden = !list.children.length;
    }

    function reveal(f, show) {
      var details = part(f, "jawaban");
      details.hidden = !show;
      details.open = show;
    }

    function show(f, values, ok) {
      f.classList.add(ok ? "kuis-soal--benar" : "kuis-soal--salah");
      f.querySelectorAll("input").forEach(function (input) {
        input.checked = values.indexOf(input.value) >= 0;
        input.disabled = true;
      });
      f.querySelectorAll("li[data-opsi]").forEach(function (li) {
        var mark = part(li, "tanda"), mine = values.indexOf(li.getAttribute("data-opsi")) >= 0;
        li.classList.remove("is-benar", "is-salah");
        mark.textContent = "";
        if (li.hasAttribute("data-benar")) {
          li.classList.add("is-benar");
          mark.textContent = mine ? "✓ Jawaban benar, Anda memilihnya" : "✓ Jawaban benar";
        } else if (mine) {
          li.classList.add("is-salah");
          mark.textContent = "✗ Pilihan Anda kurang tepat. " + (li.getAttribute("data-umpan") || "");
        }
      });
      var result = part(f, "hasil");
      result.textContent = ok ? "Benar! " : "Belum tepat. ";
      result.appendChild(document.createTextNode(
        ok ? "Baca penjelasannya di bawah." : "Jawaban yang benar ditandai ✓; penjelasannya ada di bawah."));
      result.hidden = false;
      reveal(f, true);
      part(f, "periksa").hidden = true;
      part(f, "ulangi").hidden = false;
    }

    function clear(f) {
      f.classList.remove("kuis-soal--benar", "kuis-soal--salah");
      f.querySelectorAll("input").forEach(function (input) { input.checked = false; input.disabled = false; });
      f.querySelectorAll("li[data-opsi]").forEach(function (li) {
        li.classList.remove("is-benar", "is-salah");
        part(li, "tanda").textContent = "";
      });
      part(f, "hasil").hidden = true;
      reveal(f, trainerOn());
      part(f, "periksa").hidden = false;
      part(f, "ulangi").hidden = true;
    }

    function check(f) {
      var values = picked(f);
      var result = part(f, "hasil");
      if (!values.length) {
        // Said on screen as well as to screen readers; nothing is marked right or wrong.
        result.textContent = "Pilih jawaban terlebih dahulu, lalu tekan Periksa.";
        result.classList.add("kuis-umpan--kosong");
        result.hidden = false;
        announce("Pilih jawaban terlebih dahulu.");
        f.querySelector("input").focus();
        return;
      }
      result.classList.remove("kuis-umpan--kosong");
      self.checks++;
      var right = f.getAttribute("data-benar").split(" ").sort().join(" ");
      var ok = values.slice().sort().join(" ") === right;
      var data = load(id);
      data.q[f.getAttribute("data-soal")] = { h: f.getAttribute("data-hash"), p: values, ok: ok ? 1 : 0 };
      save(id, data);
      show(f, values, ok);
      part(f, "hasil").focus();
      announce((ok ? "Benar. " : "Belum tepat. ") + tally());
    }

    function reset(f, focus) {
      var data = load(id);
      delete data.q[f.getAttribute("data-soal")];
      save(id, data);
      clear(f);
      if (focus) { f.querySelector("input").focus(); announce("Pertanyaan diulang. " + tally()); }
    }

    var data = load(id);
    questions.forEach(function (f) {
      part(f, "aksi").hidden = false;
      var e = entry(data, f.getAttribute("data-soal"), f.getAttribute("data-hash"));
      if (e) show(f, e.p, !!e.ok); else clear(f);
      f.addEventListener("change", function () {
        var result = part(f, "hasil");
        if (result.classList.contains("kuis-umpan--kosong")) result.hidden = true;
      });
      f.addEventListener("click", function (event) {
        var button = event.target.closest("button");
        if (!button) return;
        if (button.hasAttribute("data-periksa")) check(f);
        else if (button.hasAttribute("data-ulangi")) reset(f, true);
      });
    });
    box.querySelector("[data-kuis-ulangi-semua]").addEventListener("click", function () {
      questions.forEach(function (f) { reset(f, false); });
      questions[0].querySelector("input").focus();
      announce("Semua jawaban dihapus. " + tally());
    });
    var roomAction = box.querySelector("[data-kuis-ruang-aksi]");
    if (roomAction) {
      roomAction.hidden = false;
      roomAction.querySelector("[data-kuis-ruang]").addEventListener("click", function () { roomEnter(box); });
    }
    box.__trainer = function () {
      questions.forEach(function (f) { reveal(f, trainerOn() || !part(f, "hasil").hidden); });
    };
    tally();
  }

  // Room mode: one question per projected screen, built from the page's own markup (never from the
  // reader's saved answers). Keys: → next, ← previous, space or Enter reveals, Esc leaves.

  var room = null;

  function roomQuestion() {
    var f = room.questions[room.index];
    var stage = room.stage;
    var type = f.getAttribute("data-tipe");
    stage.textContent = "";
    var head = document.createElement("p");
    head.className = "kuis-ruang__nomor";
    head.textContent = "Pertanyaan " + (room.index + 1) + " dari " + room.questions.length;
    var text = document.createElement("p");
    text.className = "kuis-ruang__teks";
    text.id = "kuis-ruang-teks";
    text.textContent = f.querySelector(".kuis-soal__teks").textContent;
    var how = document.createElement("p");
    how.className = "kuis-ruang__cara";
    how.textContent = type === "multiple"
      ? "Pilih semua yang benar: untuk setiap pilihan, angkat tangan bila Anda menganggapnya benar."
      : "Angkat kartu huruf pilihan Anda.";
    var list = document.createElement("div");
    list.className = "kuis-ruang__pilihan";
    f.querySelectorAll("li[data-opsi]").forEach(function (li, i) {
      var item = document.createElement("p");
      item.setAttribute("data-benar", li.hasAttribute("data-benar") ? "1" : "0");
      var letter = document.createElement("span");
      letter.className = "kuis-ruang__huruf";
      letter.textContent = "ABCDEFGH".charAt(i);
      item.appendChild(letter);
      item.appendChild(document.createTextNode(" " + li.querySelector("label").textContent.replace(/^\s*[A-H]\.\s*/, "")));
      list.appendChild(item);
    });
    var answer = document.createElement("div");
    answer.className = "kuis-ruang__jawaban";
    answer.hidden = true;
    var explanation = f.querySelector(".kuis-jawaban__penjelasan");
    if (explanation) answer.innerHTML = explanation.innerHTML;
    stage.appendChild(head);
    stage.appendChild(text);
    stage.appendChild(how);
    stage.appendChild(list);
    stage.appendChild(answer);
    room.revealed = false;
    room.reveal.textContent = "Buka jawaban";
    room.prev.disabled = room.index === 0;
    room.next.disabled = room.index === room.questions.length - 1;
  }

  function roomReveal() {
    if (room.revealed) return;
    room.revealed = true;
    room.stage.querySelectorAll(".kuis-ruang__pilihan > p").forEach(function (li) {
      li.classList.add(li.getAttribute("data-benar") === "1" ? "is-benar" : "is-redup");
      if (li.getAttribute("data-benar") === "1") li.appendChild(document.createTextNode(" ✓ benar"));
    });
    room.stage.querySelector(".kuis-ruang__jawaban").hidden = false;
    room.reveal.textContent = "Jawaban terbuka";
  }

  function roomGo(index) {
    if (index < 0 || index >= room.questions.length) return;
    room.index = index;
    roomQuestion();
  }

  function roomKey(event) {
    if (!room) return;
    if (event.key === "Escape") roomLeave();
    else if (event.key === "ArrowRight" || event.key === "PageDown") roomGo(room.index + 1);
    else if (event.key === "ArrowLeft" || event.key === "PageUp") roomGo(room.index - 1);
    else if ((event.key === " " || event.key === "Enter") && !event.target.closest("button")) roomReveal();
    else return;
    event.preventDefault();
  }

  function roomButton(label, action) {
    var button = document.createElement("button");
    button.type = "button";
    button.className = "md-button";
    button.textContent = label;
    button.addEventListener("click", action);
    return button;
  }

  function roomEnter(box) {
    var overlay = document.createElement("div");
    overlay.className = "kuis-ruang";
    overlay.setAttribute("role", "dialog");
    overlay.setAttribute("aria-modal", "true");
    overlay.setAttribute("aria-labelledby", "kuis-ruang-teks");
    var stage = document.createElement("div");
    stage.className = "kuis-ruang__isi md-typeset";
    stage.tabIndex = -1; // holds the focus, so that the keys act on the room, not on a button
    var bar = document.createElement("div");
    bar.className = "kuis-ruang__kendali md-typeset";
    room = { box: box, overlay: overlay, stage: stage, index: 0, questions: box.querySelectorAll(".kuis-soal"),
             opener: document.activeElement };
    room.prev = roomButton("← Sebelumnya", function () { roomGo(room.index - 1); });
    room.reveal = roomButton("Buka jawaban", roomReveal);
    room.next = roomButton("Berikutnya →", function () { roomGo(room.index + 1); });
    bar.appendChild(room.prev);
    bar.appendChild(room.reveal);
    bar.appendChild(room.next);
    bar.appendChild(roomButton("Keluar (Esc)", roomLeave));
    overlay.appendChild(stage);
    overlay.appendChild(bar);
    document.body.appendChild(overlay);
    document.documentElement.classList.add("kuis-ruang-aktif");
    roomQuestion();
    stage.focus();
  }

  function roomLeave() {
    if (!room) return;
    room.overlay.remove();
    document.documentElement.classList.remove("kuis-ruang-aktif");
    if (room.opener && document.contains(room.opener)) room.opener.focus();
    room = null;
  }

  document.addEventListener("keydown", roomKey, true);

  // Index and "Kemajuan saya"

  function initList(list) {
    if (list.__kuis) return;
    list.__kuis = true;
    var cells = list.querySelectorAll("[data-kemajuan]");
    var total = list.querySelector("[data-kemajuan-total]");
    function render() {
      var all = [0, 0, 0];
      cells.forEach(function (cell) {
        var data = load(cell.getAttribute("data-kemajuan"));
        var pairs = cell.getAttribute("data-soal").split(" "), answered = 0, right = 0;
        pairs.forEach(function (pair) {
          var e = entry(data, pair.split(":")[0], pair.split(":")[1]);
          if (e) { answered++; if (e.ok) right++; }
        });
        all[0] += answered; all[1] += right; all[2] += pairs.length;
        cell.textContent = answered ? answered + "/" + pairs.length + " dijawab, " + right + " benar" : "Belum dikerjakan";
      });
      if (total) total.textContent = all[0] + "/" + all[2] + " dijawab, " + all[1] + " benar";
    }
    render();
    var actions = list.querySelector("[data-kemajuan-aksi]");
    if (!actions) return;
    actions.hidden = false;
    actions.querySelector("button").addEventListener("click", function () {
      cells.forEach(function (cell) {
        var id = cell.getAttribute("data-kemajuan");
        memory[id] = JSON.stringify({ v: 1, q: {} });
        try { window.localStorage.removeItem(PREFIX + id); } catch (e) { /* memory copy already cleared */ }
      });
      render();
      list.querySelector("[data-kuis-status]").textContent = "Kemajuan Anda sudah dihapus.";
    });
  }

  function init() {
    document.querySelectorAll(".kuis[data-kuis]").forEach(initQuiz);
    document.querySelectorAll("[data-kuis-daftar]").forEach(initList);
  }

  window.addEventListener("kolaborasi:trainer", function () {
    document.querySelectorAll(".kuis[data-kuis]").forEach(function (box) { if (box.__trainer) box.__trainer(); });
  });
  // This file is deferred: on a full load it runs once the page is parsed, after Material's bundle at the
  // end of <body> has defined document$. After instant navigation, document$ exists already.
  function watchPages() {
    if (window.document$ && window.document$.subscribe) window.document$.subscribe(init);
    else init();
  }
  watchPages();
})();
