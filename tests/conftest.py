"""Shared fixtures: the test database holds the demo content, loaded once per run.

Each test runs in a transaction that is rolled back, so every test sees the same demo site.
"""

import shutil
import tempfile
from pathlib import Path

import pytest
from django.conf import settings
from django.core.cache import caches
from django.core.management import call_command
from django.db import connection, connections

from core.page_cache import forget_process_memory

# On PostgreSQL, the demo site as loaded for the unit tests is kept as a template database (and its photos as a
# folder) for the browser tests' server, which then starts in seconds instead of migrating and loading it again.
E2E_TEMPLATE = pytest.StashKey[tuple]()


@pytest.fixture(scope="session")
def django_db_setup(request, django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        call_command("load_demo_content", verbosity=0)
        if connection.vendor == "postgresql" and any("e2e" in item.keywords for item in request.session.items):
            template, media = request.config.stash[E2E_TEMPLATE] = _keep_as_template()

            def drop_template():
                with django_db_blocker.unblock():
                    _drop_template(template, media)

            request.addfinalizer(drop_template)


def _keep_as_template():
    """A copy of the test database (CREATE DATABASE … TEMPLATE) and of the media folder, as they are now."""
    source = connection.settings_dict["NAME"]
    template = f"{source}_e2e_template"
    # PostgreSQL copies a database only while no one is connected to it: Django reconnects when next asked.
    connections.close_all()
    with connection._nodb_cursor() as cursor:
        cursor.execute(f'DROP DATABASE IF EXISTS "{template}"')
        cursor.execute(f'CREATE DATABASE "{template}" TEMPLATE "{source}"')
    media = Path(tempfile.mkdtemp(prefix="agrofarm-e2e-media-"))
    shutil.copytree(settings.MEDIA_ROOT, media, dirs_exist_ok=True)
    return template, media


def _drop_template(template, media):
    with connection._nodb_cursor() as cursor:
        cursor.execute(f'DROP DATABASE IF EXISTS "{template}"')
    shutil.rmtree(media, ignore_errors=True)


@pytest.fixture(autouse=True)
def _fresh_cache_for_every_test():
    """The database is rolled back after each test, the cache is not: cached chrome must not outlive it."""
    yield
    caches["default"].clear()
    forget_process_memory()


@pytest.fixture(autouse=True)
def _generation_read_once(monkeypatch):
    """Without Redis each process re-reads the cache generation from the database table every 2 s; on a
    loaded machine that read can fall between the two requests a query-count test compares. With Redis
    (production) the read is no SQL query at all, so tests keep the first read; tests/core/test_page_cache.py
    shortens it where the re-read itself is tested."""
    from core import page_cache

    monkeypatch.setattr(page_cache, "GENERATION_CHECK_SECONDS", 3600)


@pytest.fixture(autouse=True)
def _database_for_every_test(request):
    """Unit tests read the demo site; browser tests (e2e) run against their own server instead."""
    if "e2e" not in request.keywords:
        request.getfixturevalue("db")


def pytest_collection_modifyitems(config, items):
    # The marker (not only the fixture above) tells pytest-django to create the test database;
    # without it a run of tests that never name `db` would use the real database.
    for item in items:
        if "e2e" not in item.keywords:
            item.add_marker(pytest.mark.django_db)
    # Browser tests are the slowest: run them last so quick failures show first.
    items.sort(key=lambda item: "e2e" in item.keywords)
