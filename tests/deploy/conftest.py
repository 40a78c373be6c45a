"""The production stack on loopback for tests: gunicorn (production settings) behind nginx with the shipped configs.

It serves a copy of the test database (the demo content, loaded once per run by tests/conftest.py) and of its
media, so it costs seconds, not a fresh migrate and demo load. Tests here are skipped, with the reason, when
nginx or gunicorn is missing.
"""

import secrets
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connection

from scripts.serve import (
    ROOT,
    LocalStack,
    collect_static,
    free_port,
    local_environment,
    make_readable_by_workers,
    nginx_missing_reason,
)

STACK_MISSING = nginx_missing_reason()
needs_stack = pytest.mark.skipif(STACK_MISSING is not None, reason=f"production stack not testable: {STACK_MISSING}")


@pytest.fixture(scope="session")
def serve_folder():
    # Not pytest's tmp_path: its parents are private to this user, and nginx's workers (www-data) must reach
    # the cache, static files and media inside.
    folder = Path(tempfile.mkdtemp(prefix="agrofarm-serve-test-"))
    folder.chmod(0o755)
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


def _copy_of_test_database(folder):
    """A database the stack's processes can open, with what the test database holds; returns (url, cleanup)."""
    if connection.vendor == "sqlite":
        path = folder / "site.sqlite3"
        connection.ensure_connection()
        copy = sqlite3.connect(path)
        connection.connection.backup(copy)
        copy.close()
        return f"sqlite:///{path}", lambda: None
    if connection.vendor == "postgresql":
        import psycopg2

        options = connection.settings_dict
        source, name = options["NAME"], f"{options['NAME']}_serve"
        connection.close()  # a template database may have no other sessions

        def run(statement):
            admin = psycopg2.connect(
                dbname="postgres",
                user=options["USER"],
                password=options["PASSWORD"] or None,
                host=options["HOST"] or "127.0.0.1",
                port=options["PORT"] or 5432,
            )
            admin.autocommit = True
            with admin.cursor() as cursor:
                cursor.execute(statement)
            admin.close()

        run(f'DROP DATABASE IF EXISTS "{name}"')
        run(f'CREATE DATABASE "{name}" TEMPLATE "{source}"')
        credentials = options["USER"] + (f":{options['PASSWORD']}" if options["PASSWORD"] else "")
        url = f"postgres://{credentials}@{options['HOST'] or '127.0.0.1'}:{options['PORT'] or 5432}/{name}"
        return url, lambda: run(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    pytest.skip(f"the stack test copies SQLite or PostgreSQL test databases, not {connection.vendor}")


@pytest.fixture(scope="session")
def stack(serve_folder, django_db_setup, django_db_blocker):
    """gunicorn (2 workers) and nginx on free loopback ports, serving the demo site."""
    with django_db_blocker.unblock():
        database_url, drop_database = _copy_of_test_database(serve_folder)
    media = serve_folder / "media"
    shutil.copytree(settings.MEDIA_ROOT, media)
    port = free_port()
    env = local_environment(
        port=port,
        static_root=serve_folder / "static",
        media_root=media,
        secret_key=secrets.token_urlsafe(50),
        database_url=database_url,
    )
    env.pop("REDIS_URL", None)  # the copy must not share cached pages with another site
    collect_static(env, public_only=True)
    make_readable_by_workers(serve_folder / "static", media)
    running = LocalStack(
        serve_folder / "nginx",
        env,
        port=port,
        app_port=free_port(),
        gunicorn_args=["--access-logfile", str(serve_folder / "app-access.log")],
    )
    running.start()
    yield running
    running.stop()
    drop_database()


@pytest.fixture
def manage_on_stack(stack):
    """Run manage.py against the stack's database, the way an editor's change reaches it."""

    def run(*args):
        return subprocess.run(
            [sys.executable, "manage.py", *args], cwd=ROOT, env=stack.env, check=True, capture_output=True, text=True
        ).stdout

    return run
