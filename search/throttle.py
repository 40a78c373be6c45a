"""The rate limit of the suggestion endpoint: a counter per client and minute in the "shared" cache.

With Redis (REDIS_URL) every app process shares the counter and increments it atomically; the database
cache used without Redis is shared too, but two simultaneous requests may count once. A typing person
sends a request at most every quarter second after a pause, far below the limit.
"""

import hashlib
import time

from django.conf import settings
from django.core.cache import caches


class RateLimit:
    """At most `limit` requests per `window` seconds for one client; the setting `setting_name` overrides it."""

    def __init__(self, scope, limit, window, setting_name):
        self.scope, self.default_limit, self.window, self.setting_name = scope, limit, window, setting_name

    @property
    def limit(self):
        return getattr(settings, self.setting_name, self.default_limit)

    def hit(self, key):
        """Count one request of `key`; True while the limit is not exceeded."""
        cache = caches["shared"]
        name = f"rate-limit:{self.scope}:{key}:{int(time.time()) // self.window}"
        if cache.add(name, 1, timeout=self.window + 5):
            return 1 <= self.limit
        try:
            return cache.incr(name) <= self.limit
        except ValueError:  # expired between add() and incr()
            cache.set(name, 1, timeout=self.window + 5)
            return True


def client_key(request):
    """A salted hash of the client's address: enough to count its requests, useless to find it."""
    address = request.META.get("REMOTE_ADDR", "")
    return hashlib.sha256(f"{settings.SECRET_KEY}:search:{address}".encode()).hexdigest()[:32]


SUGGESTIONS_PER_CLIENT = RateLimit("search-suggest", 120, 60, "SEARCH_SUGGESTIONS_PER_CLIENT_PER_MINUTE")
