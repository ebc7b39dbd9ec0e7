# The platform's commands. `make run` serves the demo on the embedded default;
# `make test` starts the real services and runs the whole suite.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PORT ?= 8000
export PORT
SERVICES_ENV := .services/env
export PIP_DISABLE_PIP_VERSION_CHECK := 1

.PHONY: run run-full test up down status lint typecheck bench deps deps-dev assets messages migrate demo clean

## --- installation -------------------------------------------------------------
$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip

$(VENV)/.deps: requirements.txt | $(PY)
	$(PY) -m pip install -q -r requirements.txt
	touch $@

$(VENV)/.deps-dev: requirements.txt requirements-dev.txt | $(PY)
	$(PY) -m pip install -q -r requirements-dev.txt
	touch $@ $(VENV)/.deps

node_modules/.installed: package.json package-lock.json scripts/vendor_assets.sh
	npm ci --no-audit --no-fund --loglevel=error
	scripts/vendor_assets.sh
	touch $@

deps: $(VENV)/.deps node_modules/.installed
deps-dev: $(VENV)/.deps-dev node_modules/.installed

## Compiled message catalogues are part of the build (needs GNU gettext's msgfmt).
messages: $(VENV)/.deps
	@command -v msgfmt >/dev/null || scripts/ensure_packages.sh gettext
	$(PY) manage.py compilemessages -v0 --ignore=.venv --ignore=node_modules

assets: deps messages
	$(PY) manage.py collectstatic --noinput -v0

## --- the embedded default -----------------------------------------------------
migrate: deps
	$(PY) manage.py migrate --noinput -v0

demo: migrate
	$(PY) manage.py load_demo

run: assets demo
	@$(PY) manage.py load_demo --print-accounts-only
	@echo "Serving on http://127.0.0.1:$(PORT)/ (Ctrl+C stops)"
	$(VENV)/bin/daphne -b 127.0.0.1 -p $(PORT) platform_site.asgi:application

## --- the real services ---------------------------------------------------------
up:
	scripts/services.sh up

down:
	scripts/services.sh down

status:
	scripts/services.sh status

run-full: assets up
	set -a; . $(SERVICES_ENV); set +a; \
	$(PY) manage.py migrate --noinput -v0 && $(PY) manage.py load_demo && \
	$(PY) manage.py load_demo --print-accounts-only && \
	WEB_PORT=$(PORT) $(VENV)/bin/honcho -f Procfile start

## --- quality ---------------------------------------------------------------------
test: deps-dev messages up
	set -a; . $(SERVICES_ENV); set +a; \
	$(PY) manage.py check && \
	$(PY) manage.py makemigrations --check --dry-run -v0 && \
	TASKS_IMMEDIATE=true $(PY) -m pytest $(PYTEST_ARGS)

lint: $(VENV)/.deps-dev
	$(VENV)/bin/ruff check .
	$(VENV)/bin/lint-imports --no-cache

typecheck: $(VENV)/.deps-dev
	$(VENV)/bin/mypy

## The benchmark suite against the production-like server (PostgreSQL, Redis, Elasticsearch, several
## workers, DEBUG off): generates small and medium data once (a marker in each bench database), then
## pages at both sizes, writes, live fan-out, search and growth — bench/suite.py, bounded by
## BENCH_TIME_LIMIT (default 1500 s). BENCH_QUICK=1 runs it with fewer requests (a smoke run).
bench: deps-dev assets up
	@command -v hey >/dev/null || scripts/ensure_packages.sh hey
	$(PY) bench/suite.py

clean:
	rm -rf staticfiles .pytest_cache test-artifacts
