"""Production settings pass Django's deployment checks without a warning, with the shipped .env.example."""

import os
import secrets
import subprocess
import sys
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[2]


def example_environment():
    """The variables of .env.example, as a server's /etc/agrofarm/agrofarm.env would hold them."""
    values = {}
    for line in (PROJECT / ".env.example").read_text().splitlines():
        if line and not line.startswith("#") and "=" in line:
            name, value = line.split("=", 1)
            values[name] = value
    return values


def run_in_production(*code_or_command, **environment):
    env = {
        "PATH": os.environ["PATH"],
        **example_environment(),
        "DJANGO_SETTINGS_MODULE": "portal.settings.production",
        "SECRET_KEY": secrets.token_urlsafe(50),
        **environment,
    }
    return subprocess.run([sys.executable, *code_or_command], cwd=PROJECT, env=env, capture_output=True, text=True)


def test_check_deploy_is_clean_at_warning_level_with_production_settings():
    result = run_in_production("manage.py", "check", "--deploy", "--fail-level", "WARNING")

    assert result.returncode == 0, result.stderr
    assert "System check identified no issues" in result.stdout


def test_hsts_defaults_to_a_year_with_subdomains_and_preload():
    environment = {"SECURE_HSTS_SECONDS": "", "SECURE_HSTS_INCLUDE_SUBDOMAINS": "", "SECURE_HSTS_PRELOAD": ""}
    result = run_in_production(
        "-c",
        "import django; django.setup(); from django.conf import settings as s; "
        "print(s.SECURE_HSTS_SECONDS, s.SECURE_HSTS_INCLUDE_SUBDOMAINS, s.SECURE_HSTS_PRELOAD, s.SECURE_SSL_REDIRECT)",
        **environment,
    )

    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["31536000", "True", "True", "True"]
