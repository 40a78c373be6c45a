"""Production: everything comes from the environment; refuses to start when unsafe."""

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import DEBUG, SECRET_KEY, env, env_bool, env_int

if DEBUG:
    raise ImproperlyConfigured("DEBUG must be off in production (unset DEBUG or set DEBUG=false).")
if len(SECRET_KEY) < 40 or SECRET_KEY.startswith(("dev-", "change-me", "django-insecure")):
    raise ImproperlyConfigured(
        "SECRET_KEY must be set to a long random value in production "
        "(python -c 'import secrets; print(secrets.token_urlsafe(50))')."
    )
if not env("WAGTAILADMIN_BASE_URL"):
    raise ImproperlyConfigured(
        "WAGTAILADMIN_BASE_URL must be the site's public address in production (https://agrofarm.ge): "
        "links in emails to moderators and farmers are built from it."
    )

# WhiteNoise serves the collected stylesheet and fonts, compressed and cached forever by hash.
MIDDLEWARE = [*MIDDLEWARE[:2], "whitenoise.middleware.WhiteNoiseMiddleware", *MIDDLEWARE[2:]]  # noqa: F405

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
# Browsers remember HTTPS-only for a year (what `check --deploy` and the HSTS preload list ask for), every
# subdomain of the site included; a site with a plain-HTTP subdomain sets SECURE_HSTS_INCLUDE_SUBDOMAINS=false.
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 365 * 24 * 3600)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", True)
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", True)
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
