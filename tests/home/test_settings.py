import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import global_settings

PROJECT = Path(__file__).resolve().parents[2]


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
        ({"SECRET_KEY": "x" * 60}, "WAGTAILADMIN_BASE_URL must be the site's public address"),
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
            "WAGTAILADMIN_BASE_URL": "https://agrofarm.ge",
        },
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == [
        "django.db.backends.postgresql", "False", "django.core.cache.backends.redis.RedisCache"
    ]


def _names_read_by_the_apps():
    """Setting names the apps read: settings.NAME, getattr(settings, "NAME"), and RateLimit setting names."""
    pattern = re.compile(
        r'settings\.([A-Z][A-Z0-9_]+)|getattr\(settings, "([A-Z][A-Z0-9_]+)"|RateLimit\([^)]*"([A-Z][A-Z0-9_]+)"\)'
    )
    names = set()
    for app in ("core", "products", "listings", "news", "figures", "search", "editorial", "home"):
        for path in (PROJECT / app).rglob("*.py"):
            if "migrations" in path.parts:
                continue
            for match in pattern.finditer(path.read_text()):
                names.add(next(group for group in match.groups() if group))
    return names


def test_every_setting_the_apps_read_is_declared_in_base_and_listed_in_env_example():
    base = (PROJECT / "portal" / "settings" / "base.py").read_text()
    example = (PROJECT / ".env.example").read_text()
    names = _names_read_by_the_apps()
    assert {"LISTING_POSTS_PER_CLIENT_PER_HOUR", "FORM_MINIMUM_FILL_SECONDS", "LISTING_PHOTOS_MAX_TOTAL_SIZE"} <= names
    for name in names - set(dir(global_settings)):  # Django's own (AUTH_USER_MODEL) have their defaults
        assert re.search(rf"^{name} = ", base, re.M), f"{name} is read by an app but not declared in base.py"
        if f'env_int("{name}"' in base or f'env("{name}"' in base or f'env_bool("{name}"' in base:
            assert re.search(rf"^{name}=", example, re.M), f"{name} is read from the environment, not in .env.example"
