"""Browser tests: Debian's chromium driven by Playwright against a real server with the demo content.

The server runs in its own process on a throw-away SQLite database, so browser tests see exactly what
`make run` shows, and unit tests keep their fast rolled-back transactions.
"""

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
PROJECT = Path(__file__).resolve().parents[2]
ADMIN_USERNAME = "e2e-admin"
ADMIN_PASSWORD = "e2e-admin-password-42"


def pytest_collection_modifyitems(config, items):
    if shutil.which(CHROMIUM) or os.path.exists(CHROMIUM):
        return
    reason = f"chromium not found at {CHROMIUM} (apt-get install -y chromium)"
    print(f"\nSkipping browser tests: {reason}")
    for item in items:
        if "e2e" in item.keywords:
            item.add_marker(pytest.mark.skip(reason=reason))


def _free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _manage(env, *args):
    subprocess.run([sys.executable, "manage.py", *args], cwd=PROJECT, env=env, check=True, capture_output=True)


@pytest.fixture(scope="session")
def site_url(tmp_path_factory):
    """A running demo site on a free port: migrated, demo content loaded, an admin account."""
    folder = tmp_path_factory.mktemp("e2e-site")
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "portal.settings.dev",
        "DATABASE_URL": f"sqlite:///{folder / 'e2e.sqlite3'}",
        "MEDIA_ROOT": str(folder / "media"),
        "DEBUG": "true",
        "EMAIL_BACKEND": "django.core.mail.backends.locmem.EmailBackend",
        "DJANGO_SUPERUSER_PASSWORD": ADMIN_PASSWORD,
    }
    env.pop("REDIS_URL", None)
    postgres_database = _fresh_postgres_database(env)
    _manage(env, "migrate", "--noinput")
    _manage(env, "createcachetable")
    _manage(env, "load_demo_content")
    _manage(env, "createsuperuser", "--noinput", "--username", ADMIN_USERNAME, "--email", "e2e@example.org")
    port = _free_port()
    server = subprocess.Popen(
        [sys.executable, "manage.py", "runserver", "--noreload", f"127.0.0.1:{port}"],
        cwd=PROJECT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        try:
            urllib.request.urlopen(f"{url}/robots.txt", timeout=2)
            break
        except OSError:
            if time.monotonic() > deadline or server.poll() is not None:
                server.kill()
                raise RuntimeError("the e2e server did not start") from None
            time.sleep(0.3)
    yield url
    server.terminate()
    server.wait(timeout=10)
    if postgres_database:
        _postgres_admin(f'DROP DATABASE IF EXISTS "{postgres_database}"')


def _postgres_admin(statement):
    import psycopg2

    connection = psycopg2.connect(host="127.0.0.1", port=5432, user="postgres", dbname="postgres")
    connection.autocommit = True
    with connection.cursor() as cursor:
        cursor.execute(statement)
    connection.close()


def _fresh_postgres_database(env):
    """When the tests run on PostgreSQL, so does the browser tests' server (a database of its own)."""
    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith(("postgres://", "postgresql://")):
        return None
    name = f"{url.rsplit('/', 1)[1] or 'agrofarm'}_e2e"
    _postgres_admin(f'DROP DATABASE IF EXISTS "{name}"')
    _postgres_admin(f'CREATE DATABASE "{name}"')
    env["DATABASE_URL"] = f"{url.rsplit('/', 1)[0]}/{name}"
    return name


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
            ],
        )
        yield chromium
        chromium.close()


@pytest.fixture(params=[(360, 740), (1280, 800)], ids=["phone", "desktop"])
def viewport(request):
    return {"width": request.param[0], "height": request.param[1]}


@pytest.fixture
def page(browser, viewport):
    context = browser.new_context(viewport=viewport)
    # The first view of a photo renders its AVIF/WebP sizes, which takes seconds on a busy machine.
    context.set_default_navigation_timeout(180_000)
    context.set_default_timeout(60_000)
    tab = context.new_page()
    yield tab
    context.close()


def axe_violations(tab):
    """WCAG 2.x A and AA violations axe-core finds on the current page."""
    from axe_playwright_python.sync_playwright import Axe

    options = {
        "runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]},
        "resultTypes": ["violations"],
    }
    results = Axe().run(tab, options=options)
    return [
        f"{violation['id']}: {violation['help']} ({len(violation['nodes'])}× e.g. {violation['nodes'][0]['target']})"
        for violation in results.response["violations"]
    ]
