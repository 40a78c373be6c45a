"""Rate limits of the public forms, shared by every app process.

With Redis configured (REDIS_URL), a counter per client and time window is incremented atomically in the
"shared" cache. Without it the counters are rows of FormAttempt in the database, which every process sees:
Django's DatabaseCache cannot be used for this, its incr() is a read followed by a write.
"""

import hashlib
import time
from datetime import timedelta

from django.conf import settings
from django.core.cache import caches
from django.core.cache.backends.redis import RedisCache
from django.utils import timezone

from core.models import FormAttempt


class RateLimit:
    """At most `limit` hits per `window` seconds for one key (a client fingerprint or a phone number).

    The limit is read from the setting `setting_name` (declared in portal/settings/base.py from the
    environment), so sites and tests can tune it; `limit` is the fallback of an undeclared name.
    """

    def __init__(self, scope, limit, window, setting_name):
        self.scope, self.default_limit, self.window, self.setting_name = scope, limit, window, setting_name

    @property
    def limit(self):
        return getattr(settings, self.setting_name, self.default_limit)

    def hit(self, key):
        """Count one more hit for `key`; True while the limit is not exceeded."""
        key = hashlib.sha256(f"{self.scope}:{key}".encode()).hexdigest()
        cache = caches["shared"]
        if isinstance(cache, RedisCache):
            return self._hit_in_redis(cache, key) <= self.limit
        return self._hit_in_database(key) <= self.limit

    def _hit_in_redis(self, cache, key):
        window_start = int(time.time()) // self.window
        name = f"rate-limit:{self.scope}:{key}:{window_start}"
        cache.add(name, 0, timeout=self.window + 60)
        return cache.incr(name)

    def _hit_in_database(self, key):
        now = timezone.now()
        since = now - timedelta(seconds=self.window)
        FormAttempt.objects.filter(scope=self.scope, key=key, created_at__lt=since).delete()
        FormAttempt.objects.create(scope=self.scope, key=key, created_at=now)
        return FormAttempt.objects.filter(scope=self.scope, key=key, created_at__gte=since).count()


def forget_old_attempts(older_than=timedelta(days=2)):
    """Delete counters nobody needs any more (the daily expire_listings command calls this)."""
    deleted, _rows = FormAttempt.objects.filter(created_at__lt=timezone.now() - older_than).delete()
    return deleted


HOUR = 3600
DAY = 24 * HOUR
