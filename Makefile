# Kolaborasi: perintah untuk kontributor. Setiap target menyiapkan .venv sendiri bila perlu.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
SITE_STAMP := $(VENV)/.site-deps
DEV_STAMP := $(VENV)/.dev-deps
export NO_MKDOCS_2_WARNING := 1
export PIP_DISABLE_PIP_VERSION_CHECK := 1

.PHONY: serve build test check clean help

help:
	@echo "make serve   jalankan situs di http://127.0.0.1:8000 (muat ulang otomatis)"
	@echo "make build   bangun situs (ketat) ke folder site/"
	@echo "make test    jalankan seluruh uji"
	@echo "make check   pemeriksaan cepat sebelum PR: data, aturan Markdown, ejaan"
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

test: $(DEV_STAMP)
	@command -v chromium >/dev/null 2>&1 || \
	  echo "Catatan: chromium tidak ditemukan, uji peramban dilewati. Pasang: sudo apt-get install chromium"
	$(BIN)/python -m pytest

check: $(SITE_STAMP)
	$(BIN)/python -m scripts.check

clean:
	rm -rf site $(VENV)
