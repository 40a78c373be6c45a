"""Fragments kept in each process's memory in front of the cache: they follow every change as the cache does,
the day turns at midnight, values a request could change are never shared, and the memory stays bounded."""

import re
import time
from datetime import datetime, timedelta
from types import SimpleNamespace

from django.core.cache import caches
from django.utils import timezone

from core import page_cache
from core.page_cache import _ProcessMemory, bump_generation, cached_fragment
from products.models import ProductPage

# A visitor just back from sending a form: the page is drawn for them (not taken from the page cache), from
# the kept fragments.
FROM_FRAGMENTS = {"HTTP_COOKIE": "messages=x"}


def _first_offer(html):
    return re.search(r'<h3[^>]*><a href="([^"]+)"', html).group(1)


def test_an_offer_on_its_last_day_leaves_the_catalogue_at_midnight_without_any_change(client, monkeypatch):
    first = _first_offer(client.get("/en/produktebi/", **FROM_FRAGMENTS).content.decode())
    product = next(page for page in ProductPage.objects.live() if page.url == first)
    today = timezone.localdate()
    ProductPage.objects.filter(translation_key=product.translation_key).update(expires_at=today)
    bump_generation()  # as if the offer had been given this last day yesterday

    assert first in client.get("/en/produktebi/", **FROM_FRAGMENTS).content.decode()
    assert first in client.get("/en/produktebi/", **FROM_FRAGMENTS).content.decode()  # from the kept fragments

    # Five minutes past midnight: nothing was changed, published or bumped.
    zone = timezone.get_current_timezone()
    tomorrow = datetime.combine(today + timedelta(days=1), datetime.min.time(), zone) + timedelta(minutes=5)
    monkeypatch.setattr(timezone, "now", lambda: tomorrow)
    monkeypatch.setattr(page_cache, "time", SimpleNamespace(time=tomorrow.timestamp, monotonic=time.monotonic))
    response = client.get("/en/produktebi/", **FROM_FRAGMENTS)
    assert response.status_code == 200
    assert first not in response.content.decode()
    assert client.get(first).status_code == 200  # still reachable, saying it has expired


def test_kept_text_is_read_from_the_process_and_follows_the_next_change():
    assert cached_fragment("test-text", ["a"], lambda: "first") == "first"
    caches["default"].clear()  # even if the shared cache lost it, this process still has it
    assert cached_fragment("test-text", ["a"], lambda: "second") == "first"
    bump_generation()
    assert cached_fragment("test-text", ["a"], lambda: "second") == "second"


def test_a_kept_list_is_a_copy_for_each_caller():
    # Lists, dicts and pages can be changed by the request that reads them: each read gets its own.
    first = cached_fragment("test-list", ["a"], lambda: ["apples"])
    first.append("changed by one request")
    assert cached_fragment("test-list", ["a"], lambda: ["other"]) == ["apples"]


def test_the_process_memory_keeps_the_latest_within_its_limit_and_each_for_its_timeout(monkeypatch):
    memory = _ProcessMemory(limit=1000)
    for number in range(100):
        memory.keep(f"key-{number}", "x" * 40, timeout=600)
    assert memory.chars <= 1000
    assert memory.get("key-99") == "x" * 40
    assert memory.get("key-0") is None
    memory.keep("too-big", "x" * 200, timeout=600)  # a tenth of the memory at most, for one value
    assert memory.get("too-big") is None
    memory.keep("short-lived", "text", timeout=-1)
    assert memory.get("short-lived") is None
    memory.keep("a-list", ["not", "kept"], timeout=600)
    assert memory.get("a-list") is None
