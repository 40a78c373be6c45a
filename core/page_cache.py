"""Whole pages cached for anonymous visitors, and never stale.

One rule, one place: every change a visitor could see (a page published, unpublished, moved or deleted, a
translation published, a snippet saved, a listing sold, renewed, withdrawn or expired) bumps one site-wide
*generation*; cached pages and the site chrome are keyed by it, so the next request after a change renders
afresh, in every language at once. Changes are rare next to views, so a miss after each one costs little.

The generation lives in the shared cache (Redis with REDIS_URL, else the database cache table) and is read
by each process at most every GENERATION_CHECK_SECONDS; a process that makes a change sees it at once.
Cached pages live in the default cache (Redis, else each process's memory).

Never cached: anything but GET/HEAD, requests with a session or messages cookie (editors, farmers just
after sending a form), the admin, responses that set a cookie, vary on Cookie, or say private/no-store
(private links, previews), and any status but 200.
"""

import hashlib
import threading
import time
from collections import OrderedDict
from contextlib import contextmanager
from datetime import datetime, timedelta
from functools import partial
from urllib.parse import parse_qsl, urlencode

from django.conf import settings
from django.core.cache import caches
from django.db import transaction
from django.utils import timezone
from django.utils.cache import patch_cache_control

GENERATION_KEY = "page-cache:generation"
GENERATION_CHECK_SECONDS = 2
# Site chrome (menu, footer, language links) is kept this long in a generation, page cache on or off.
FRAGMENT_SECONDS = 600
BYPASS_COOKIES = ("sessionid", "messages")
# Added to shared links by social sites, ad networks and newsletters; no page reads them (and utm_*).
TRACKING_PARAMETERS = ("fbclid", "gclid", "gbraid", "wbraid", "msclkid", "yclid", "dclid", "_ga", "mc_cid", "mc_eid")
BYPASS_PREFIXES = ("/admin/", "/documents/", "/static/", "/media/", "/form-token/")

# Fragments that are text (HTML, names, counts) are also kept in each process's memory, in front of the
# default cache, up to this many characters: a page made of kept fragments then reads them without
# unpickling (and, with Redis, without a round trip). Values that can change in a request's hands (pages,
# lists, dicts) are read from the cache each time, so every request gets its own copy.
PROCESS_MEMORY_CHARS = 2_000_000

_local = threading.local()
_process = {"generation": None, "read_at": 0.0}


def generation():
    """The site-wide content generation (an integer that grows with every visible change)."""
    now = time.monotonic()
    if _process["generation"] is None or now - _process["read_at"] > GENERATION_CHECK_SECONDS:
        shared = caches["shared"]
        value = shared.get(GENERATION_KEY)
        if value is None:
            value = int(time.time() * 1000)
            shared.add(GENERATION_KEY, value, timeout=None)
            value = shared.get(GENERATION_KEY, value)
        _process.update(generation=value, read_at=now)
    return _process["generation"]


def bump_generation(**_signal_kwargs):
    """Something a visitor could see changed: every cached page and chrome fragment is out of date."""
    if getattr(_local, "batched", False):
        _local.changed = True
        return
    _bump()
    if transaction.get_connection().in_atomic_block:
        # A request served between this bump and the commit would cache what was there before under the new
        # generation: bump again once the change is visible to every connection.
        transaction.on_commit(_bump)


def _bump():
    shared = caches["shared"]
    value = max(int(time.time() * 1000), (shared.get(GENERATION_KEY) or 0) + 1)
    shared.set(GENERATION_KEY, value, timeout=None)
    _process.update(generation=value, read_at=time.monotonic())


@contextmanager
def one_bump():
    """Bulk changes (the demo loader, seed_catalogue) bump the generation once, at the end."""
    outer = getattr(_local, "batched", False)
    _local.batched, _local.changed = True, getattr(_local, "changed", False)
    try:
        yield
    finally:
        _local.batched = outer
        if not outer and _local.changed:
            _local.changed = False
            bump_generation()


def cached_fragment(name, parts, build, timeout=None):
    """`build()` cached across requests under `name` and `parts` for the current generation."""
    key = _key("fragment", name, *parts)
    value = _process_memory.get(key)
    if value is not None:
        return value
    cache = caches["default"]
    timeout = timeout or FRAGMENT_SECONDS
    value = cache.get(key)
    if value is None:
        value = build()
        cache.set(key, value, timeout)
    _process_memory.keep(key, value, timeout)
    return value


def kept_fragment(name, parts):
    """What `cached_fragment(name, parts, …)` keeps now, or None: nothing is built."""
    key = _key("fragment", name, *parts)
    value = _process_memory.get(key)
    return value if value is not None else caches["default"].get(key)


def computed_on_use(build, names):
    """Context values computed by one call of `build()` (a dict) when a template first uses one of them
    (templates call callables): a page whose {% fragment %}s are kept never computes what only they show."""
    built = {}

    def value(name):
        if not built:
            built.update(build())
        return built[name]

    return {name: partial(value, name) for name in names}


def cached_fragments(name, keys, build, timeout=None):
    """Many fragments of one kind in one cache round trip: `keys` are tuples of parts, `build(missing)`
    returns a dict of the values not cached yet (a key it leaves out is left out of the answer)."""
    cache = caches["default"]
    timeout = timeout or FRAGMENT_SECONDS
    cache_keys = {key: _key("fragment", name, *key) for key in keys}
    values = {}
    for key, cache_key in cache_keys.items():
        value = _process_memory.get(cache_key)
        if value is not None:
            values[key] = value
    unread = {cache_key: key for key, cache_key in cache_keys.items() if key not in values}
    for cache_key, value in (cache.get_many(list(unread)) if unread else {}).items():
        values[unread[cache_key]] = value
        _process_memory.keep(cache_key, value, timeout)
    missing = [key for key in keys if key not in values]
    if missing:
        built = build(missing)
        cache.set_many({cache_keys[key]: value for key, value in built.items()}, timeout)
        for key, value in built.items():
            _process_memory.keep(cache_keys[key], value, timeout)
        values.update(built)
    return [values[key] for key in keys if key in values]


class _ProcessMemory:
    """The text fragments this process read last, up to PROCESS_MEMORY_CHARS, each until its timeout.

    Keys are the cache's own (generation and day included), so a change anywhere reaches this memory as soon
    as the process reads the new generation, exactly as for the shared cache."""

    def __init__(self, limit):
        self.limit = limit
        self.entries = OrderedDict()
        self.chars = 0
        self.lock = threading.Lock()

    def get(self, key):
        with self.lock:
            entry = self.entries.get(key)
            if entry is None:
                return None
            if entry[0] < time.monotonic():
                self._drop(key)
                return None
            self.entries.move_to_end(key)
            return entry[1]

    def keep(self, key, value, timeout):
        size = _text_size(value)
        if size is None or size > self.limit // 10:
            return
        with self.lock:
            if key in self.entries:
                self._drop(key)
            self.entries[key] = (time.monotonic() + timeout, value, size)
            self.chars += size
            while self.chars > self.limit:
                self._drop(next(iter(self.entries)))

    def forget(self):
        with self.lock:
            self.entries.clear()
            self.chars = 0

    def _drop(self, key):
        self.chars -= self.entries.pop(key)[2]


def _text_size(value):
    """Characters a value keeps in memory when it can never change in a request's hands (text, numbers, and
    tuples of them), else None."""
    if isinstance(value, str):
        return len(value) + 50
    if isinstance(value, (int, float)):
        return 50
    if type(value) is tuple:
        sizes = [_text_size(item) for item in value]
        return None if None in sizes else sum(sizes) + 50
    return None


_process_memory = _ProcessMemory(PROCESS_MEMORY_CHARS)


def forget_process_memory():
    """Empty this process's copy of the fragments (tests do, along with the cache, between tests)."""
    _process_memory.forget()


_today = {"key": "", "since": 0.0, "until": 0.0}


def _day():
    """Today's local date as the key part, made again only when the clock leaves that day (making a local
    date costs ~20 µs, and every fragment's key has one)."""
    now = time.time()
    if not _today["since"] <= now < _today["until"]:
        today = timezone.localdate()
        zone = timezone.get_current_timezone()
        _today.update(
            key=f"{today:%Y%m%d}",
            since=datetime.combine(today, datetime.min.time(), zone).timestamp(),
            until=datetime.combine(today + timedelta(days=1), datetime.min.time(), zone).timestamp(),
        )
    return _today["key"]


def _key(*parts):
    # The day is part of the key: offers leave the catalogue on their expiry date without any change.
    digest = hashlib.sha256("\x1f".join(str(part) for part in parts).encode()).hexdigest()
    return f"page-cache:{generation()}:{_day()}:{digest}"


def request_is_cacheable(request):
    if request.method not in ("GET", "HEAD"):
        return False
    if any(name in request.COOKIES for name in BYPASS_COOKIES):
        return False
    return not request.path_info.startswith(BYPASS_PREFIXES)


def response_is_cacheable(response):
    if response.status_code != 200 or response.streaming or response.cookies:
        return False
    if "cookie" in response.get("Vary", "").lower():
        return False
    control = response.get("Cache-Control", "").lower()
    return not any(word in control for word in ("private", "no-store", "no-cache"))


class PageCacheMiddleware:
    """Serve anonymous GET/HEAD requests from the cache; store what is safe to share."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        _remember_site(request)
        if not settings.PAGE_CACHE_SECONDS or not request_is_cacheable(request):
            request.page_cacheable = False
            return _private(self.get_response(request))
        request.page_cacheable = True
        key = _key("page", request.get_host(), _path_without_tracking(request))
        cache = caches["default"]
        cached = cache.get(key)
        if cached is not None:
            content, headers = cached
            response = _response(content, headers)
            response["X-Cache"] = "HIT"
            return response
        response = self.get_response(request)
        if response_is_cacheable(response):
            # Browsers check again each time (the app answers from its cache), so a visitor never sees an
            # old price after a change; proxies (nginx's microcache) may keep the page a few seconds.
            patch_cache_control(
                response,
                public=True,
                max_age=settings.PAGE_BROWSER_SECONDS,
                must_revalidate=True,
                s_maxage=settings.PAGE_PROXY_SECONDS,
                stale_while_revalidate=settings.PAGE_PROXY_SECONDS,
            )
            headers = {name: value for name, value in response.items() if name.lower() != "content-length"}
            cache.set(key, (response.content, headers), settings.PAGE_CACHE_SECONDS)
            response["X-Cache"] = "MISS"
            return response
        return _private(response)


def _path_without_tracking(request):
    """The address the page answers, without the parameters that only name where a link was shared (a link
    on Facebook carries an `fbclid` of its own for each visitor): they all get the one cached page."""
    query = request.META.get("QUERY_STRING", "")
    if not query:
        return request.get_full_path()
    pairs = parse_qsl(query, keep_blank_values=True)
    kept = [(name, value) for name, value in pairs if not (name.startswith("utm_") or name in TRACKING_PARAMETERS)]
    if len(kept) == len(pairs):
        return request.get_full_path()
    return f"{request.path}?{urlencode(kept)}" if kept else request.path


def _remember_site(request):
    """The request's Wagtail Site from the cache (a query per request otherwise)."""
    from django.core.exceptions import DisallowedHost

    from . import compat

    try:
        host = request.get_host()
    except DisallowedHost:
        return
    compat.remember_site(request, lambda request: cached_fragment("site", (host,), lambda: compat.find_site(request)))


def cached_locale(language_code, lookup):
    return cached_fragment("locale", (language_code,), lookup)


def cached_private_sections(lookup):
    return cached_fragment("private-sections", (), lookup)


def _private(response):
    """Pages for one visitor (logged in, a cookie set, a private link) stay out of shared caches."""
    if response.status_code == 200 and not response.get("Cache-Control"):
        patch_cache_control(response, private=True, no_store=True)
    return response


def _response(content, headers):
    from django.http import HttpResponse

    response = HttpResponse(content)
    for name, value in headers.items():
        response[name] = value
    return response
