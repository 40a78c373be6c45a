"""Local development: `make run`. DEBUG on, emails printed to the console."""

from .base import *  # noqa: F403
from .base import env, env_bool

DEBUG = env_bool("DEBUG", True)
# A development-only key; production refuses to start without its own.
SECRET_KEY = env("SECRET_KEY", "dev-only-insecure-key-for-agrofarm-never-use-in-production")
EMAIL_BACKEND = env("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
