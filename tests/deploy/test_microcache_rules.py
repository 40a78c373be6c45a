"""The shipped microcache rules, with nginx in front of a stand-in app whose answers each test chooses.

Independent of what the real app sends today: these are the promises of deploy/nginx/ to any response.
"""

import subprocess
import threading
import time
import urllib.error
import urllib.request
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from scripts.serve import NGINX, free_port, microcache_seconds, render_nginx_config, wait_for

from .conftest import needs_stack

pytestmark = needs_stack

# Headers the stand-in app answers with, by path.
ANSWERS = {
    "/plain/": {},
    "/sets-cookie/": {"Set-Cookie": "csrftoken=only-for-you; Path=/; SameSite=Lax"},
    "/private/": {"Cache-Control": "private"},
    # What Django's never_cache sends (the listing form, the farmer's private link).
    "/never-cache/": {"Cache-Control": "max-age=0, no-cache, no-store, must-revalidate, private"},
    "/public-for-a-day/": {"Cache-Control": "max-age=86400, public"},
    "/slow-with-cookie/": {"Set-Cookie": "csrftoken=only-for-you; Path=/; SameSite=Lax"},
}
SLOW_SECONDS = 1


class StandInApp(BaseHTTPRequestHandler):
    def do_GET(self):
        path = self.path.split("?")[0]
        self.server.requests[path] += 1
        if self.server.failing:
            self.send_error(502)
            return
        if path.startswith("/slow"):
            time.sleep(SLOW_SECONDS)
        body = f"answer {self.server.requests[path]} for {path}".encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        for name, value in ANSWERS[path].items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def app():
    server = ThreadingHTTPServer(("127.0.0.1", free_port()), StandInApp)
    server.requests = Counter()
    server.failing = False
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()


@pytest.fixture(scope="module")
def nginx_url(app, serve_folder):
    prefix = serve_folder / "nginx-rules"
    port = free_port()
    config = render_nginx_config(
        prefix, port=port, app_port=app.server_port, static_root=prefix / "static", media_root=prefix / "media"
    )
    process = subprocess.Popen([NGINX, "-p", str(prefix), "-c", str(config), "-e", str(prefix / "error.log")])
    url = f"http://127.0.0.1:{port}"
    try:
        wait_for(f"{url}/plain/?ready", process)
        yield url
    finally:
        process.terminate()
        process.wait(timeout=15)


def visit(url, headers=None):
    request = urllib.request.Request(url, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.headers, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.headers, error.read().decode()


def test_an_anonymous_page_is_stored_and_given_to_the_next_visitor(nginx_url, app):
    first_headers, first = visit(f"{nginx_url}/plain/?page=1")
    second_headers, second = visit(f"{nginx_url}/plain/?page=1")

    assert (first_headers["X-Cache-Status"], second_headers["X-Cache-Status"]) == ("MISS", "HIT")
    assert second == first


@pytest.mark.parametrize("path", ["/sets-cookie/", "/private/", "/never-cache/"])
def test_responses_that_set_a_cookie_or_are_private_are_never_stored(nginx_url, app, path):
    before = app.requests[path]

    statuses = [visit(nginx_url + path)[0]["X-Cache-Status"] for _ in range(3)]

    assert statuses == ["MISS", "MISS", "MISS"]
    assert app.requests[path] - before == 3


def test_visitors_of_a_page_that_sets_a_cookie_are_not_queued_behind_each_other(nginx_url):
    """Such a page is never stored, so nothing is gained by holding its visitors until the first one is answered."""
    started = time.monotonic()
    with ThreadPoolExecutor(max_workers=4) as pool:
        statuses = list(pool.map(lambda _: visit(f"{nginx_url}/slow-with-cookie/")[0]["X-Cache-Status"], range(4)))

    assert statuses == ["MISS"] * 4
    assert time.monotonic() - started < 2 * SLOW_SECONDS


def test_a_request_with_credentials_bypasses_the_cache(nginx_url):
    visit(f"{nginx_url}/plain/?page=credentials")

    assert visit(f"{nginx_url}/plain/?page=credentials", {"Authorization": "Basic eDp5"})[0]["X-Cache-Status"] == (
        "BYPASS"
    )
    assert visit(f"{nginx_url}/plain/?page=credentials", {"Cookie": "sessionid=x"})[0]["X-Cache-Status"] == "BYPASS"


def test_the_apps_own_cache_lifetime_does_not_stretch_the_microcache_and_stale_copies_cover_an_outage(nginx_url, app):
    headers, first = visit(f"{nginx_url}/public-for-a-day/")
    assert headers["Cache-Control"] == "max-age=86400, public"  # browsers still get the app's header
    assert visit(f"{nginx_url}/public-for-a-day/")[0]["X-Cache-Status"] == "HIT"

    time.sleep(microcache_seconds() + 1)
    app.failing = True  # expired, and the app answers 502 (a restart, say): the stale copy is served
    try:
        during_outage_headers, during_outage = visit(f"{nginx_url}/public-for-a-day/")
    finally:
        app.failing = False
    refreshed_headers, refreshed = visit(f"{nginx_url}/public-for-a-day/")

    assert during_outage_headers["X-Cache-Status"] == "STALE"
    assert during_outage == first
    assert refreshed_headers["X-Cache-Status"] == "EXPIRED"
    assert refreshed != first
