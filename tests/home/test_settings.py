import os
import subprocess
import sys

import pytest


def _start_production(**environment):
    env = {"PATH": os.environ["PATH"], "DJANGO_SETTINGS_MODULE": "portal.settings.production", **environment}
    return subprocess.run(
        [sys.executable, "-c", "import django; django.setup()"], env=env, capture_output=True, text=True
    )


@pytest.mark.parametrize(
    ("environment", "complaint"),
    [
        ({}, "SECRET_KEY must be set"),
        ({"SECRET_KEY": "short"}, "SECRET_KEY must be set"),
        ({"SECRET_KEY": "x" * 60, "DEBUG": "true"}, "DEBUG must be off"),
    ],
)
def test_production_refuses_to_start_unsafe(environment, complaint):
    result = _start_production(**environment)
    assert result.returncode != 0
    assert complaint in result.stderr


def test_production_starts_with_a_real_key_and_reads_the_database_url():
    result = subprocess.run(
        [sys.executable, "-c", "import django; django.setup(); from django.conf import settings; "
         "print(settings.DATABASES['default']['ENGINE'], settings.DEBUG, settings.CACHES['default']['BACKEND'])"],
        env={
            "PATH": os.environ["PATH"],
            "DJANGO_SETTINGS_MODULE": "portal.settings.production",
            "SECRET_KEY": "k" * 60,
            "DATABASE_URL": "postgres://agrofarm@127.0.0.1:5432/agrofarm",
            "REDIS_URL": "redis://127.0.0.1:6379/0",
        },
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == [
        "django.db.backends.postgresql", "False", "django.core.cache.backends.redis.RedisCache"
    ]
