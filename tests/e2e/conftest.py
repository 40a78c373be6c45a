"""Browser tests: Debian's chromium driven by Playwright against a real server with the demo content.

The server runs in its own process on a throw-away SQLite database, so browser tests see exactly what
`make run` shows, and unit tests keep their fast rolled-back transactions.
"""

import os
import re
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
VIEWPORTS = {"phone": {"width": 360, "height": 740}, "desktop": {"width": 1280, "height": 800}}
# What a browser set to each language sends as Accept-Language (the admin follows it; public pages follow the URL).
BROWSER_LOCALES = {"ka": "ka-GE", "en": "en-GB", "ru": "ru-RU"}
SERVER_LOG = pytest.StashKey[Path]()
SERVER_LOG_START = pytest.StashKey[int]()
SERVER_LOG_LINES_SHOWN = 300


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
    result = subprocess.run([sys.executable, "manage.py", *args], cwd=PROJECT, env=env, capture_output=True, text=True)
    if result.returncode:
        raise RuntimeError(f"manage.py {' '.join(args)} failed:\n{result.stdout}{result.stderr}")


@pytest.fixture(scope="session")
def site_url(request, tmp_path_factory):
    """A running demo site on a free port: migrated, demo content loaded, an admin account.

    What the server prints goes to server.log in the session's tmp folder; a failing test shows its part.
    """
    folder = tmp_path_factory.mktemp("e2e-site")
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "portal.settings.dev",
        "DATABASE_URL": f"sqlite:///{folder / 'e2e.sqlite3'}",
        "MEDIA_ROOT": str(folder / "media"),
        "DEBUG": "true",
        "EMAIL_BACKEND": "django.core.mail.backends.locmem.EmailBackend",
        "DJANGO_SUPERUSER_PASSWORD": ADMIN_PASSWORD,
        # Browsers fill forms in milliseconds; the bot defence's timing is tested without a browser.
        "FORM_MINIMUM_FILL_SECONDS": "0",
        # A test's Publish follows its typing within a second: with autosave on, it can race the first autosave
        # of the create view and make the page twice (README, "Wagtail's autosave"). Autosave is Wagtail's own.
        "WAGTAIL_AUTOSAVE_INTERVAL": "0",
        "PYTHONUNBUFFERED": "1",
    }
    env.pop("REDIS_URL", None)
    template = _demo_template(request)
    postgres_database = _fresh_postgres_database(env, template and template[0])
    if template:
        # The unit tests' demo site, copied: the same migrations and demo content, in seconds.
        shutil.copytree(template[1], folder / "media")
        _manage(env, "createcachetable")
    else:
        _manage(env, "migrate", "--noinput")
        _manage(env, "createcachetable")
        _manage(env, "load_demo_content")
    _manage(env, "createsuperuser", "--noinput", "--username", ADMIN_USERNAME, "--email", "e2e@example.org")
    port = _free_port()
    server_log = folder / "server.log"
    with server_log.open("wb") as output:
        server = subprocess.Popen(
            [sys.executable, "manage.py", "runserver", "--noreload", f"127.0.0.1:{port}"],
            cwd=PROJECT,
            env=env,
            stdout=output,
            stderr=subprocess.STDOUT,
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
                server.wait(timeout=10)
                output = server_log.read_text(errors="replace")
                raise RuntimeError(f"the e2e server did not start; it printed ({server_log}):\n{output}") from None
            time.sleep(0.3)
    request.config.stash[SERVER_LOG] = server_log
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


def _demo_template(request):
    """(template database, media folder) of the demo site the unit tests loaded on PostgreSQL (tests/conftest.py),
    or None (SQLite)."""
    from tests.conftest import E2E_TEMPLATE

    if not os.environ.get("DATABASE_URL", "").startswith(("postgres://", "postgresql://")):
        return None
    request.getfixturevalue("django_db_setup")
    return request.config.stash.get(E2E_TEMPLATE, None)


def _fresh_postgres_database(env, template=None):
    """When the tests run on PostgreSQL, so does the browser tests' server (a database of its own, a copy of
    `template` when given)."""
    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith(("postgres://", "postgresql://")):
        return None
    # Each pytest-xdist worker (gw0, gw1) runs its own server on a database of its own.
    worker = os.environ.get("PYTEST_XDIST_WORKER", "")
    name = f"{url.rsplit('/', 1)[1] or 'agrofarm'}_e2e{'_' + worker if worker else ''}"
    _postgres_admin(f'DROP DATABASE IF EXISTS "{name}"')
    _postgres_admin(f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{template}"' if template else ""))
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


@pytest.fixture
def new_tab(browser):
    """Opens tabs for one test, each with its own cookies: `new_tab("phone", language="ka")`.

    `language` sets the browser's own language (what it asks sites for); none leaves Chromium's default.
    """
    contexts = []

    def open_tab(device="desktop", language=None):
        context = browser.new_context(
            viewport=VIEWPORTS[device], locale=BROWSER_LOCALES[language] if language else None
        )
        # The first view of a photo renders its AVIF/WebP sizes, which takes seconds on a busy machine.
        context.set_default_navigation_timeout(180_000)
        context.set_default_timeout(60_000)
        contexts.append(context)
        return context.new_page()

    yield open_tab
    for context in contexts:
        context.close()


@pytest.fixture(params=list(VIEWPORTS))
def device(request):
    """The test runs once on a phone and once on a desktop screen."""
    return request.param


@pytest.fixture
def page(new_tab, device):
    """A visitor's tab on the screen of `device`."""
    return new_tab(device)


@pytest.fixture
def phone(new_tab):
    """A visitor's tab on a phone screen."""
    return new_tab("phone")


@pytest.fixture
def admin_tab(site_url, new_tab):
    """A desktop tab signed in to the Wagtail admin as a superuser, on the dashboard, in English."""
    tab = new_tab("desktop", language="en")
    tab.goto(site_url + "/admin/login/")
    tab.get_by_label(re.compile("Username|Email")).fill(ADMIN_USERNAME)
    tab.get_by_label("Password").fill(ADMIN_PASSWORD)
    tab.get_by_role("button", name="Sign in").click()
    tab.wait_for_url(site_url + "/admin/")
    return tab


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item):
    log = item.config.stash.get(SERVER_LOG, None)
    item.stash[SERVER_LOG_START] = log.stat().st_size if log else 0


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    """A failed browser test shows what the server printed meanwhile: its tracebacks and the requests it served."""
    report = yield
    log = item.config.stash.get(SERVER_LOG, None)
    if report.failed and log and log.exists():
        with log.open("rb") as server_output:
            server_output.seek(item.stash.get(SERVER_LOG_START, 0))
            lines = server_output.read().decode(errors="replace").splitlines()
        if len(lines) > SERVER_LOG_LINES_SHOWN:
            left_out = len(lines) - SERVER_LOG_LINES_SHOWN
            lines = [f"[{left_out} earlier lines in {log}]", *lines[-SERVER_LOG_LINES_SHOWN:]]
        report.sections.append((f"e2e server output ({log})", "\n".join(lines)))
    return report


def axe_violations(tab):
    """WCAG 2.x A and AA violations axe-core finds on the current page."""
    from axe_playwright_python.sync_playwright import Axe

    options = {
        "runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]},
        "resultTypes": ["violations"],
    }
    # A click that navigates returns once the new page has started: axe must read the whole of it, not a
    # document the parser is still writing (a footer <section> whose heading has not arrived yet).
    tab.wait_for_load_state("load")
    results = Axe().run(tab, options=options)
    return [
        f"{violation['id']}: {violation['help']} ({len(violation['nodes'])}× e.g. {violation['nodes'][0]['target']})"
        for violation in results.response["violations"]
    ]
