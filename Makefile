# Kolaborasi: perintah untuk kontributor. Setiap target menyiapkan .venv sendiri bila perlu.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
SITE_STAMP := $(VENV)/.site-deps
DEV_STAMP := $(VENV)/.dev-deps
NODE_STAMP := node_modules/.kolaborasi-stamp
export NO_MKDOCS_2_WARNING := 1
export PIP_DISABLE_PIP_VERSION_CHECK := 1

.PHONY: serve build offline test check golden bench bench-lighthouse bench-features clean help node-deps

help:
	@echo "make serve   jalankan situs di http://127.0.0.1:8000 (muat ulang otomatis)"
	@echo "make build   bangun situs (ketat) ke folder site/"
	@echo "make offline buat salinan luring dist/kolaborasi-offline.zip (dibuka dari berkas, tanpa internet)"
	@echo "make test    jalankan seluruh uji"
	@echo "make check   pemeriksaan cepat sebelum PR: data, aturan Markdown, ejaan"
	@echo "make golden  perbarui tests/golden/ (keluaran generator) setelah perubahan yang disengaja"
	@echo "make bench   ukur situs berdampingan dengan Material standar (benchmarks/results/), tanpa Lighthouse"
	@echo "make bench-lighthouse  Lighthouse saja, kita dan stock (lambat; laporan tanpa anggaran)"
	@echo "make bench-features    harga setiap fitur Material yang dinyalakan, pada muat pertama (laporan tanpa anggaran)"
	@echo "make clean   hapus site/ dan .venv/"

$(BIN)/python:
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)' || \
	  { echo "Perlu Python 3.11 atau lebih baru (ditemukan: $$($(PYTHON) --version 2>&1))."; exit 1; }
	@$(PYTHON) -m venv $(VENV) || \
	  { echo "Gagal membuat .venv. Di Debian/Ubuntu pasang: sudo apt-get install python3-venv"; exit 1; }

$(SITE_STAMP): requirements.txt | $(BIN)/python
	$(BIN)/python -m pip install --quiet -r requirements.txt
	@touch $@

$(DEV_STAMP): requirements-dev.txt $(SITE_STAMP)
	$(BIN)/python -m pip install --quiet -r requirements-dev.txt
	@touch $@

serve: $(SITE_STAMP)
	$(BIN)/mkdocs serve --dev-addr 127.0.0.1:8000 --livereload

build: $(SITE_STAMP)
	$(BIN)/mkdocs build --strict --site-dir site

# Salinan luring: situs dengan plugin offline Material (mkdocs.offline.yml), dikemas menjadi zip.
offline: $(SITE_STAMP)
	rm -rf dist/offline-site
	$(BIN)/mkdocs build --strict --config-file mkdocs.offline.yml --site-dir dist/offline-site
	$(BIN)/python -m scripts.offline zip dist/offline-site dist/kolaborasi-offline.zip


# npm packages for the checks (vnu-jar: HTML validator; lighthouse: make bench-lighthouse), reinstalled when
# package-lock.json changes. Without npm the HTML check is skipped with a message (fails in CI).
$(NODE_STAMP): package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	@touch $@

node-deps:
	@if command -v npm >/dev/null 2>&1; then $(MAKE) -s --no-print-directory $(NODE_STAMP); else \
	  echo "Catatan: npm tidak ditemukan, validasi HTML dilewati. Pasang: sudo apt-get install nodejs npm"; fi
	@command -v java >/dev/null 2>&1 || \
	  echo "Catatan: java tidak ditemukan, validasi HTML dilewati. Pasang: sudo apt-get install default-jre-headless"

test: $(DEV_STAMP) node-deps
	@command -v chromium >/dev/null 2>&1 || \
	  echo "Catatan: chromium tidak ditemukan, uji peramban dilewati. Pasang: sudo apt-get install chromium"
	$(BIN)/python -m pytest -n 2

bench: $(DEV_STAMP)
	$(BIN)/python -m benchmarks.run

bench-lighthouse: $(DEV_STAMP) node-deps
	BENCH_ONLY=lighthouse $(BIN)/python -m benchmarks.run

bench-features: $(DEV_STAMP)
	BENCH_ONLY=features $(BIN)/python -m benchmarks.run

check: $(SITE_STAMP)
	$(BIN)/python -m scripts.check

# Keluaran generator yang disimpan untuk ditinjau (tests/support/golden.py); uji: tests/unit/test_golden.py.
golden: $(SITE_STAMP)
	$(BIN)/python tests/support/golden.py

clean:
	rm -rf site dist $(VENV) node_modules benchmarks/.work
