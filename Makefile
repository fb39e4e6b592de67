# Two commands for a newcomer: `make run` and `make test`. Everything else is what they call.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run test install install-test assets setup lint bench services-start services-stop clean serve loadtest audit backup restore

$(VENV)/.installed: requirements.txt scripts/system-packages.sh
	@sh scripts/system-packages.sh
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

# The production stack as an installation runs it: the Procfile's release, then web (gunicorn) and
# worker under honcho, production settings, plain http on $(HOST):$(PORT). The environment wins over
# these local defaults; the secret key is made once into .cache/secret_key (git-ignored).
SERVE_ENV = PATH="$(CURDIR)/$(BIN):$$PATH" DJANGO_SETTINGS_MODULE=portal.settings.production HOST=$(HOST) \
	SECRET_KEY="$${SECRET_KEY:-$$(cat .cache/secret_key)}" ALLOWED_HOSTS="$${ALLOWED_HOSTS:-127.0.0.1,localhost}" \
	SECURE_SSL_REDIRECT="$${SECURE_SSL_REDIRECT:-false}" WAGTAILADMIN_BASE_URL="http://localhost:$(PORT)"

serve: setup
	@test -s .cache/secret_key || (mkdir -p .cache && umask 077 && \
	  $(BIN)/python -c "import secrets; print(secrets.token_urlsafe(50))" > .cache/secret_key)
	@$(SERVE_ENV) $(BIN)/honcho -f Procfile start release
	@echo "Serving the production stack on http://localhost:$(PORT)/ (admin: /admin/); Ctrl-C stops it"
	@procs=web; if $(MANAGE) help run_worker >/dev/null 2>&1; then procs="web worker"; fi; \
	  $(SERVE_ENV) $(BIN)/honcho -f Procfile start -p $(PORT) $$procs

lint: install-test
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

test: install-test
	@ASSETS_FOR_TESTS=1 sh scripts/assets.sh
	@bash scripts/test.sh

bench: install-test
	$(BIN)/pip install -q -r requirements-bench.txt
	@bash scripts/bench.sh

# The production stack under load with faults injected (its own services on other ports, Locust in
# .cache/loadtest-venv); about 8 minutes; writes docs/operations.md. Not part of `make test`.
loadtest: install assets
	@bash scripts/loadtest.sh

# Lighthouse on Debian's Chromium against the production stack (its own services on other ports);
# about 15 minutes; writes docs/audit.md. Not part of `make test`.
audit: install assets
	@bash scripts/audit.sh

# One archive of the database and media into $BACKUP_DIR (default backups/); prints its path.
backup: install
	@$(MANAGE) backup

# Into the configured database and MEDIA_ROOT, which must be empty; then migrate and reindex.
restore: install
	@test -n "$(BACKUP)" || { echo "usage: make restore BACKUP=backups/portal-YYYYMMDD-HHMMSS.tar.gz" >&2; exit 2; }
	$(MANAGE) restore "$(BACKUP)"

clean:
	rm -rf $(VENV) staticfiles .cache/test-media .pytest_cache
