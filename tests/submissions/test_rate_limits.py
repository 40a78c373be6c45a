"""Rate limits count in the database (every process sees the same rows) or, with Redis configured, in Redis."""

import socket
import uuid
from datetime import timedelta

import pytest
from django.utils import timezone

from core.models import FormAttempt
from core.rate_limits import RateLimit, forget_old_attempts


def _redis_running():
    with socket.socket() as probe:
        probe.settimeout(0.5)
        return probe.connect_ex(("127.0.0.1", 6379)) == 0


def test_database_counter_allows_the_limit_then_refuses_per_key():
    limit = RateLimit("test-scope", 3, 3600, "NO_SUCH_SETTING")
    assert [limit.hit("client-a") for _attempt in range(4)] == [True, True, True, False]
    assert limit.hit("client-b")
    assert FormAttempt.objects.filter(scope="test-scope").count() == 5


def test_database_counter_forgets_hits_older_than_its_window():
    limit = RateLimit("test-window", 1, 60, "NO_SUCH_SETTING")
    assert limit.hit("client")
    FormAttempt.objects.filter(scope="test-window").update(created_at=timezone.now() - timedelta(minutes=2))
    assert limit.hit("client")
    FormAttempt.objects.filter(scope="test-window").update(created_at=timezone.now() - timedelta(days=3))
    assert forget_old_attempts() >= 1 and not FormAttempt.objects.filter(scope="test-window").exists()


def test_keys_are_stored_hashed():
    RateLimit("test-hash", 5, 60, "NO_SUCH_SETTING").hit("+995599123456")
    assert "599123456" not in FormAttempt.objects.get(scope="test-hash").key


@pytest.mark.skipif(not _redis_running(), reason="no Redis server on 127.0.0.1:6379")
def test_redis_counter_is_used_when_redis_is_configured(settings):
    settings.CACHES = {
        **settings.CACHES,
        "shared": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": "redis://127.0.0.1:6379/15",
            "KEY_PREFIX": f"agrofarm-test-{uuid.uuid4().hex}",
        },
    }
    limit = RateLimit("test-redis", 2, 60, "NO_SUCH_SETTING")
    assert [limit.hit("client") for _attempt in range(3)] == [True, True, False]
    assert not FormAttempt.objects.filter(scope="test-redis").exists()
