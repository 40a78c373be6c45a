# Two commands: `make run` serves the demo site, `make test` runs every check.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
PORT ?= 8000
PY := $(VENV)/bin/python
# pytest-xdist processes for `make test` (each has its own test database); TEST_WORKERS=0 runs in one process.
TEST_WORKERS ?= 2
PIP := $(VENV)/bin/pip

.PHONY: run test install install-dev lock migrate demo messages e2e serve bench loadtest backup restore clean

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip

# Installs exactly the versions and files of the hashed lock files (`make lock` writes them from requirements*.txt).
$(VENV)/.installed: requirements.lock | $(PY)
	$(PIP) install --quiet --require-hashes -r requirements.lock
	touch $@

$(VENV)/.installed-dev: requirements.lock requirements-dev.lock | $(PY)
	$(PIP) install --quiet --require-hashes -r requirements-dev.lock
	touch $(VENV)/.installed $@

install: $(VENV)/.installed
install-dev: $(VENV)/.installed-dev

# Refresh the lock files after a change to requirements*.txt: pins kept, new or changed requirements resolved,
# every file hashed. `make lock UPGRADE=1` also moves every pin to the newest release its range allows.
# Resolved against PyPI itself (this machine's pip configuration, local wheels and mirrors, left out).
LOCK_INDEX ?= https://pypi.org/simple
PIP_COMPILE = PIP_CONFIG_FILE=/dev/null PIP_FIND_LINKS= PIP_CONSTRAINT= $(VENV)/bin/pip-compile --quiet \
	--generate-hashes --strip-extras --allow-unsafe --no-emit-index-url --index-url $(LOCK_INDEX) $(if $(UPGRADE),--upgrade)
lock: install-dev
	$(PIP_COMPILE) --output-file requirements.lock requirements.txt
	$(PIP_COMPILE) --output-file requirements-dev.lock requirements-dev.txt requirements.lock

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
	$(VENV)/bin/lint-imports --no-cache
	DJANGO_SETTINGS_MODULE=portal.settings.test $(PY) manage.py check
	DJANGO_SETTINGS_MODULE=portal.settings.test $(PY) manage.py makemigrations --check --dry-run
	DJANGO_SETTINGS_MODULE=portal.settings.test $(PY) -m pytest -n $(TEST_WORKERS) $(PYTEST_ARGS)

e2e: install-dev
	DJANGO_SETTINGS_MODULE=portal.settings.test $(PY) -m pytest -m e2e $(PYTEST_ARGS)

# Refresh locale/*/django.po from the code and templates, then compile the .mo files (no gettext needed to run).
messages: install-dev
	$(PY) manage.py makemessages --locale ka --locale en --locale ru --no-location --no-obsolete --ignore '.venv/*' --ignore 'static/*'
	$(PY) manage.py compile_translations

# The production stack on loopback: collectstatic, gunicorn (2 workers, production settings) behind Debian's
# nginx with the configs in deploy/, on the database and media of `make run`. Ports: SERVE_PORT (8080, nginx)
# and SERVE_APP_PORT (8081, gunicorn). Ctrl-C stops both.
serve: demo
	$(PY) scripts/serve.py

# Fresh database (PostgreSQL on 127.0.0.1:5432 or BENCH_DATABASE_URL, else SQLite), demo content, 10,000
# seeded products; then the pages in-process (queries per request) and over HTTP with locust: direct to
# gunicorn, through nginx's microcache, and a static copy served by nginx. BENCH_SECONDS per run (10).
bench: install-dev
	$(PY) scripts/bench.py

# The production stack (gunicorn + nginx) on a fresh PostgreSQL database with the demo content, for 3 minutes:
# 100 visitors browsing and searching, 20 listings a minute sent through the form, the app's database
# connections ended twice and a gunicorn worker killed once; then server errors, p50/p99, submissions kept, and
# recovery without a restart (scripts/loadtest.py says which variables change it). Never part of `make test`.
loadtest: install-dev
	$(PY) scripts/loadtest.py

# The database (pg_dump custom format, or a SQLite copy) and the media folder, into a new folder under
# BACKUP_ROOT (backups/ here): `make backup`. `make restore RESTORE_DATABASE_URL=postgres://.../fresh_name
# [RESTORE_MEDIA_ROOT=/empty/folder] [BACKUP=backups/agrofarm-...]`: the newest backup unless BACKUP is given,
# into a database that does not exist yet (or has no tables), checked after.
backup: install
	$(PY) manage.py backup_site
restore: install
	@test -n "$(RESTORE_DATABASE_URL)" || (echo "make restore needs RESTORE_DATABASE_URL=postgres://.../a_fresh_database (or sqlite:////path/new.sqlite3)"; exit 2)
	$(PY) manage.py restore_site $(BACKUP) --database-url "$(RESTORE_DATABASE_URL)" $(if $(RESTORE_MEDIA_ROOT),--media-root "$(RESTORE_MEDIA_ROOT)")

clean:
	rm -rf $(VENV) static media db.sqlite3 .serve .loadtest
