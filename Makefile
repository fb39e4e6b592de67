# Two commands for a newcomer: `make run` and `make test`. Everything else is what they call.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run test install install-test assets setup lint bench services-start services-stop clean

$(VENV)/.installed: requirements.txt
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV) || python3 -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -r requirements.txt
	@touch $@

$(VENV)/.installed-test: requirements.txt requirements-test.txt $(VENV)/.installed
	$(BIN)/pip install --quiet --disable-pip-version-check -r requirements-test.txt
	@touch $@

install: $(VENV)/.installed

install-test: $(VENV)/.installed-test

assets:
	@sh scripts/assets.sh

setup: install assets
	$(MANAGE) migrate --no-input -v0
	$(MANAGE) setup_site
	@if $(MANAGE) help load_demo_content >/dev/null 2>&1; then $(MANAGE) load_demo_content; fi

run: setup
	@echo "Serving on http://$(HOST):$(PORT)/ (admin: http://$(HOST):$(PORT)/admin/)"
	$(MANAGE) runserver $(HOST):$(PORT)

lint: install-test
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

test: install-test assets
	@bash scripts/test.sh

bench: install-test
	@bash scripts/bench.sh

clean:
	rm -rf $(VENV) staticfiles .cache/test-media .pytest_cache
