# Two commands: `make run` serves the demo site, `make test` runs every check.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
PORT ?= 8000
PY := $(VENV)/bin/python
PIP := $(VENV)/bin/pip

.PHONY: run test install install-dev migrate demo messages e2e bench clean

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip

$(VENV)/.installed: requirements.txt | $(PY)
	$(PIP) install --quiet -r requirements.txt
	touch $@

$(VENV)/.installed-dev: requirements.txt requirements-dev.txt | $(PY)
	$(PIP) install --quiet -r requirements-dev.txt
	touch $(VENV)/.installed $@

install: $(VENV)/.installed
install-dev: $(VENV)/.installed-dev

migrate: install
	$(PY) manage.py migrate --noinput
	$(PY) manage.py createcachetable

demo: migrate
	$(PY) manage.py load_demo_content

run: demo
	$(PY) manage.py ensure_local_admin
	$(PY) manage.py runserver 127.0.0.1:$(PORT)

test: install-dev
	$(VENV)/bin/ruff check .
	DJANGO_SETTINGS_MODULE=portal.settings.test $(PY) manage.py check
	DJANGO_SETTINGS_MODULE=portal.settings.test $(PY) manage.py makemigrations --check --dry-run
	DJANGO_SETTINGS_MODULE=portal.settings.test $(PY) -m pytest $(PYTEST_ARGS)

e2e: install-dev
	DJANGO_SETTINGS_MODULE=portal.settings.test $(PY) -m pytest -m e2e $(PYTEST_ARGS)

# Refresh locale/*/django.po from the code and templates, then compile the .mo files (no gettext needed to run).
messages: install-dev
	$(PY) manage.py makemessages --locale ka --locale en --locale ru --no-location --no-obsolete --ignore '.venv/*' --ignore 'static/*'
	$(PY) manage.py compile_translations

# Fresh database (PostgreSQL on 127.0.0.1:5432 or BENCH_DATABASE_URL, else SQLite), demo content, 10,000
# seeded products, then requests/s, p50 and p99 of the catalogue, a product, the home page and a bare page.
bench: install
	$(PY) scripts/bench.py

clean:
	rm -rf $(VENV) static media db.sqlite3
