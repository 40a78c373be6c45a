"""Through nginx to gunicorn, as a visitor reaches the site: the microcache, what bypasses it, files, limits."""

import json
import re
import socket
import time
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import urlparse

from scripts.serve import microcache_seconds

from .conftest import needs_stack

pytestmark = needs_stack

# A bare StandardPage: no form on it, so no CSRF cookie, so nginx may keep it.
BARE_PAGE = "/ka/konpidentsialurobis-politika/"


def fetch(url, headers=None):
    """(status, headers, body text) of a GET, whatever the status."""
    request = urllib.request.Request(url, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            return response.status, response.headers, response.read().decode(errors="replace")
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read().decode(errors="replace")


def cache_status(url, headers=None):
    return fetch(url, headers)[1]["X-Cache-Status"]


def send_raw(url, head, body_size=0):
    """Send a request head (and body_size bytes) over a socket; return the status code nginx answers with."""
    address = urlparse(url)
    with socket.create_connection((address.hostname, address.port), timeout=60) as sock:
        sock.sendall(head.encode())
        chunk = b"x" * 1024 * 1024
        sent = 0
        try:
            while sent < body_size:
                sock.sendall(chunk[: body_size - sent])
                sent += len(chunk)
        except (BrokenPipeError, ConnectionResetError):
            pass  # nginx may answer and close before the whole body is sent
        status_line = sock.makefile("rb").readline().decode()
    return int(status_line.split()[1])


def test_a_page_through_nginx_is_the_page_django_renders(stack):
    status, headers, through_nginx = fetch(stack.url + BARE_PAGE)
    # Asked for by the same host name, so the absolute links (canonical, hreflang) match too.
    direct_status, _, direct = fetch(stack.app_url + BARE_PAGE, {"Host": f"127.0.0.1:{stack.port}"})

    assert (status, direct_status) == (200, 200)
    assert headers["Content-Type"] == "text/html; charset=utf-8"
    assert '<html lang="ka"' in through_nginx
    assert through_nginx == direct


def test_the_second_anonymous_request_for_a_page_comes_from_the_microcache(stack):
    url = f"{stack.url}{BARE_PAGE}?visit=second"

    first_status, _, first = fetch(url)
    second_status, second_headers, second = fetch(url)

    assert (first_status, second_status) == (200, 200)
    assert second_headers["X-Cache-Status"] == "HIT"
    assert second == first


def test_a_published_change_shows_within_the_microcache_lifetime(stack, manage_on_stack):
    url = f"{stack.url}{BARE_PAGE}?visit=publish"
    assert cache_status(url) == "MISS"
    cached_at = time.monotonic()
    new_title = f"Privacy policy, revised {int(time.time())}"

    # What an editor's "Publish" does, from another process, on the stack's database.
    manage_on_stack(
        "shell",
        "--no-imports",
        "-c",
        "from wagtail.models import Page; "
        "page = Page.objects.get(locale__language_code='ka', slug='konpidentsialurobis-politika').specific; "
        f"page.title = {new_title!r}; page.save_revision().publish()",
    )
    assert new_title in fetch(stack.app_url + BARE_PAGE)[2]
    time.sleep(max(0, cached_at + microcache_seconds() + 1 - time.monotonic()))
    status, headers, body = fetch(url)

    assert status == 200
    assert new_title in body
    assert headers["X-Cache-Status"] in {"EXPIRED", "MISS"}


def test_editors_and_visitors_who_had_a_form_bypass_the_cache(stack):
    url = f"{stack.url}{BARE_PAGE}?visit=cookies"
    fetch(url)
    assert cache_status(url) == "HIT"

    for cookie in ["sessionid=editor-session", "csrftoken=visitor-token", "agrofarm_language=en; sessionid=s"]:
        assert cache_status(url, {"Cookie": cookie}) == "BYPASS"
        assert cache_status(url, {"Cookie": cookie}) == "BYPASS"
    # A cookie that says nothing about the visitor (the language choice) still gets the shared copy.
    assert cache_status(url, {"Cookie": "agrofarm_language=en"}) == "HIT"


def test_the_listing_form_is_shared_from_the_cache_without_anyone_s_token(stack):
    # The form carries no CSRF token or cookie: form-token.js fetches each visitor's own from /form-token/,
    # which is never cached (test_microcache_rules.py has the rules themselves).
    status, headers, html = fetch(stack.url + "/ka/gaqidva/")
    assert status == 200
    assert "Set-Cookie" not in headers
    assert 'name="csrfmiddlewaretoken" value=""' in html
    assert cache_status(stack.url + "/ka/gaqidva/") == "HIT"
    status, headers, _ = fetch(stack.url + "/form-token/")
    assert status == 200 and "csrftoken=" in headers["Set-Cookie"]
    assert headers["X-Cache-Status"] != "HIT" and cache_status(stack.url + "/form-token/") != "HIT"


def test_static_files_with_hashed_names_are_kept_a_year_and_compressed(stack):
    manifest = json.loads((Path(stack.env["STATIC_ROOT"]) / "staticfiles.json").read_text())
    stylesheet = manifest["paths"]["css/site.css"]

    status, headers, _ = fetch(f"{stack.url}/static/{stylesheet}", {"Accept-Encoding": "gzip"})

    assert status == 200
    assert headers["Cache-Control"] == "public, max-age=31536000, immutable"
    assert headers["Content-Encoding"] == "gzip"


def test_image_renditions_are_public_for_a_year_and_originals_and_documents_are_not(stack):
    home = fetch(stack.url + "/ka/")[2]  # renders the home page's pictures, written by the app, read by nginx
    rendition = re.search(r'src="(/media/images/[^"]+)"', home).group(1)
    original = next((Path(stack.env["MEDIA_ROOT"]) / "original_images").iterdir()).name

    with urllib.request.urlopen(stack.url + rendition, timeout=30) as response:
        assert response.headers["Content-Type"].startswith("image/")
        assert response.headers["Cache-Control"] == "public, max-age=31536000, immutable"
    assert fetch(f"{stack.url}/media/original_images/{original}")[0] == 404
    assert fetch(f"{stack.url}/media/documents/plan.pdf")[0] == 403


def test_uploads_as_big_as_the_listing_form_allows_reach_the_app_and_bigger_ones_do_not(stack):
    def post(size, send_body):
        head = (
            f"POST /ka/gaqidva/ HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/octet-stream\r\n"
            f"Content-Length: {size}\r\nConnection: close\r\n\r\n"
        )
        return send_raw(stack.url, head, size if send_body else 0)

    # Six photos may total 40 MB: the app answers (here: no CSRF cookie, so 403), nginx does not refuse.
    assert post(41 * 1024 * 1024, send_body=True) != 413
    assert post(46 * 1024 * 1024, send_body=False) == 413


def test_the_app_sees_the_address_nginx_saw_last_in_x_forwarded_for(stack, serve_folder):
    log = serve_folder / "app-access.log"
    fetch(f"{stack.url}{BARE_PAGE}?visit=address", {"X-Forwarded-For": "203.0.113.9"})

    deadline = time.monotonic() + 5
    while "visit=address" not in log.read_text() and time.monotonic() < deadline:
        time.sleep(0.1)
    line = next(line for line in log.read_text().splitlines() if "visit=address" in line)
    # X-Real-IP, then X-Forwarded-For: a forged entry stays first; the app (NUMBER_OF_PROXIES=1) reads the last.
    assert line.startswith("127.0.0.1 [203.0.113.9, 127.0.0.1]")


def test_private_link_tokens_stay_out_of_the_access_logs(stack, serve_folder):
    token = "Fa4mer-s3cret-t0ken-Nikozi-42"
    farmer = f"{stack.url}/ka/gaqidva/manage/{token}/?welcome=1"
    fetch(farmer)
    fetch(f"{stack.url}/en/gaqidva/MANAGE%2F{token}/")
    fetch(f"{stack.url}{BARE_PAGE}?from=private-link", {"Referer": farmer})  # a page opened from the private link
    access_log, app_log = stack.prefix / "access.log", serve_folder / "app-access.log"

    deadline = time.monotonic() + 5
    while "from=private-link" not in access_log.read_text() + app_log.read_text() and time.monotonic() < deadline:
        time.sleep(0.1)
    nginx_lines = [line for line in access_log.read_text().splitlines() if "manage" in line.lower()]
    assert len(nginx_lines) == 3
    assert '"GET /ka/gaqidva/manage/... HTTP/1.1" ' in nginx_lines[0]
    assert f'"{stack.url}/ka/gaqidva/manage/..."' in nginx_lines[2]
    for log in (access_log, app_log):
        assert token not in log.read_text() and token.lower() not in log.read_text().lower()
