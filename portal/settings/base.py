"""Settings shared by every environment.

Values that differ between machines are read from the environment here, in one place;
`.env.example` lists them all.
"""

import os
from datetime import timedelta
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent.parent
PROJECT_DIR = BASE_DIR / "portal"


def env(name, default=""):
    return os.environ.get(name, default)


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    if value.lower() in {"1", "true", "yes", "on"}:
        return True
    if value.lower() in {"0", "false", "no", "off"}:
        return False
    raise ImproperlyConfigured(f"{name} must be true or false, not {value!r}")


def env_list(name, default=""):
    return [item.strip() for item in env(name, default).split(",") if item.strip()]


def env_int(name, default):
    value = env(name)
    try:
        return int(value) if value else default
    except ValueError as error:
        raise ImproperlyConfigured(f"{name} must be a whole number, not {value!r}") from error


SECRET_KEY = env("SECRET_KEY")
DEBUG = env_bool("DEBUG", False)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    # The project's apps, top layer first (the layer contract in pyproject.toml keeps imports pointing down).
    "home",
    "search",
    "figures",
    "news",
    "listings",
    "products",
    "editorial",
    "core",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.redirects",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.table_block",
    "wagtail.api.v2",
    "rest_framework",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "csp",
    "axes",
]

MIDDLEWARE = [
    # Outermost: a request that lost its database connection before changing anything runs once more.
    "core.database_retry.RetryAfterLostDatabaseConnectionMiddleware",
    "django.middleware.security.SecurityMiddleware",
    # Bodies larger than REQUEST_BODY_MAX_SIZE are refused before the CSRF check parses them.
    "core.request_limits.RequestBodyLimitMiddleware",
    # Anonymous pages from the cache before anything touches the database (core/page_cache.py).
    "core.page_cache.PageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    # Wagtail's page view gets the page a known address leads to from the cache (core/routing.py).
    "core.routing.KnownRoutesMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Turns a login refused by django-axes into the lockout page (last, so it sees the finished response).
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "portal.urls"
WSGI_APPLICATION = "portal.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PROJECT_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

# Database: SQLite in the project folder unless DATABASE_URL says otherwise.
DATABASES = {
    "default": dj_database_url.parse(
        env("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
        conn_max_age=env_int("DATABASE_CONN_MAX_AGE", 0),
        # A kept connection the server has ended (restart, pg_terminate_backend) is replaced, not used.
        conn_health_checks=True,
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Content-Security-Policy for public pages: no inline scripts or styles, nothing from other hosts.
# The Wagtail admin needs inline scripts and styles, so it is left out.
CONTENT_SECURITY_POLICY = {
    "EXCLUDE_URL_PREFIXES": ["/admin/"],
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "frame-ancestors": ["'self'"],
        "form-action": ["'self'"],
        "base-uri": ["'self'"],
        "object-src": ["'none'"],
    },
}

# Caches: Redis when REDIS_URL is set (shared by every process). Without it, pages cache per
# process in memory, and counters that must be shared between processes (rate limits) use the
# database, so the default SQLite setup still counts every request once.
REDIS_URL = env("REDIS_URL")
if REDIS_URL:
    _redis = {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": REDIS_URL}
    CACHES = {
        "default": {**_redis, "KEY_PREFIX": "agrofarm"},
        "shared": {**_redis, "KEY_PREFIX": "agrofarm-shared"},
    }
else:
    CACHES = {
        # Pages, and the fragments pages are made of (one per product card): Django's default 300 would cull.
        "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "OPTIONS": {"MAX_ENTRIES": 3000}},
        "shared": {
            "BACKEND": "django.core.cache.backends.db.DatabaseCache",
            "LOCATION": "agrofarm_shared_cache",
        },
    }

# Whole pages for anonymous visitors (core/page_cache.py): seconds a page stays in the app's cache (0 turns
# the cache off), and the Cache-Control lifetimes given to browsers and to proxies (nginx's microcache).
PAGE_CACHE_SECONDS = env_int("PAGE_CACHE_SECONDS", 600)
PAGE_BROWSER_SECONDS = env_int("PAGE_BROWSER_SECONDS", 0)
PAGE_PROXY_SECONDS = env_int("PAGE_PROXY_SECONDS", 10)

# The licence of the open data the portal publishes (the plan's JSON and CSV downloads, the API, the listings
# CSV): its short name and the address of its text. Change both together.
OPEN_DATA_LICENCE_NAME = env("OPEN_DATA_LICENCE_NAME", "CC BY 4.0")
OPEN_DATA_LICENCE_URL = env("OPEN_DATA_LICENCE_URL", "https://creativecommons.org/licenses/by/4.0/")
# Public forms on cached pages carry no token; a failed check shows the form again to send (core/views.py).
CSRF_FAILURE_VIEW = "core.views.csrf_failure"

# Admin login: django-axes refuses a user name from one client address after AXES_FAILURE_LIMIT wrong passwords,
# for AXES_COOLOFF_MINUTES. It counts the pair (user name, address), so a colleague mistyping, or a bot trying
# names, behind the agency's one NAT address locks no one else out. `manage.py axes_reset_username NAME` unlocks.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_FAILURE_LIMIT = env_int("AXES_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = timedelta(minutes=env_int("AXES_COOLOFF_MINUTES", 30))
AXES_RESET_ON_SUCCESS = True
# The client's address as the public forms take it: REMOTE_ADDR, or what the trusted proxy (nginx) added.
AXES_CLIENT_IP_CALLABLE = "core.protection.client_ip"
AXES_LOCKOUT_TEMPLATE = "admin_lockout.html"
# django.contrib.admin is not installed; attempts are listed and reset with axes' manage.py commands.
AXES_ENABLE_ADMIN = False
# No login history of addresses kept (only the failed attempts the lockout needs), none written to the log.
AXES_DISABLE_ACCESS_LOG = True
AXES_VERBOSE = False

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages: Georgian is the default and source language. LANGUAGE_CODE must stay "ka":
# the first Locale row is created from it by Wagtail's first migration.
LANGUAGE_CODE = "ka"
LANGUAGES = [
    ("ka", "ქართული"),
    ("en", "English"),
    ("ru", "Русский"),
]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Asia/Tbilisi"
USE_I18N = True
USE_TZ = True
LANGUAGE_COOKIE_NAME = "agrofarm_language"

WAGTAIL_I18N_ENABLED = True
# Wagtail autosaves an editor's changes every this many milliseconds (its default, 500); 0 turns it off. On the
# create view, Publish pressed while the first autosave is still on its way creates the page twice (Wagtail 7.4).
WAGTAIL_AUTOSAVE_INTERVAL = env_int("WAGTAIL_AUTOSAVE_INTERVAL", 500)
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
# Wagtail's admin is complete in Russian and English but has few Georgian strings.
WAGTAILADMIN_PERMITTED_LANGUAGES = [
    ("en", "English"),
    ("ru", "Русский"),
    ("ka", "ქართული"),
]

# Static files and uploads.
STATIC_URL = env("STATIC_URL", "/static/")
STATIC_ROOT = env("STATIC_ROOT", str(BASE_DIR / "static"))
STATICFILES_DIRS = [PROJECT_DIR / "static"]
MEDIA_URL = env("MEDIA_URL", "/media/")
MEDIA_ROOT = env("MEDIA_ROOT", str(BASE_DIR / "media"))
# Where `make backup` (manage.py backup_site) writes its folders; they hold personal data (mode 0700).
BACKUP_ROOT = env("BACKUP_ROOT", str(BASE_DIR / "backups"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

# Public requests stay small: a listing with six photos fits, anything much bigger is refused.
DATA_UPLOAD_MAX_MEMORY_SIZE = 2_621_440
FILE_UPLOAD_MAX_MEMORY_SIZE = 2_621_440
DATA_UPLOAD_MAX_NUMBER_FIELDS = 400

# Email.
EMAIL_BACKEND = env("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
EMAIL_HOST = env("EMAIL_HOST", "localhost")
EMAIL_PORT = env_int("EMAIL_PORT", 25)
EMAIL_HOST_USER = env("EMAIL_HOST_USER")
EMAIL_HOST_PASSWORD = env("EMAIL_HOST_PASSWORD")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", "Agrofarm <noreply@agrofarm.ge>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
AGENCY_EMAIL = env("AGENCY_EMAIL", "info@agrofarm.ge")

# Farmers' listings: days a listing stays in the catalogue unless the farmer renews it.
LISTING_LIFETIME_DAYS = env_int("LISTING_LIFETIME_DAYS", 90)
# Days after a listing was rejected, withdrawn or expired before expire_listings anonymises its submission
# (name, phone, email, the photos sent, the private link) and takes its pages off the site.
LISTING_RETENTION_DAYS = env_int("LISTING_RETENTION_DAYS", 180)
# All photos of one listing form together, in bytes (a phone's six photos fit).
LISTING_PHOTOS_MAX_TOTAL_SIZE = env_int("LISTING_PHOTOS_MAX_TOTAL_SIZE", 40 * 1024 * 1024)
# Any request body, in bytes: larger ones get 413 before anything reads them (the photos and the form fit).
REQUEST_BODY_MAX_SIZE = env_int("REQUEST_BODY_MAX_SIZE", LISTING_PHOTOS_MAX_TOTAL_SIZE + 5 * 1024 * 1024)
# Public forms: seconds a person needs at least before sending each form (faster posts are taken for bots).
# FORM_MINIMUM_FILL_SECONDS sets one value for every form (0 in browser tests).
FORM_MINIMUM_FILL_SECONDS = {
    form: env_int("FORM_MINIMUM_FILL_SECONDS", seconds)
    for form, seconds in {"listing": 5, "inquiry": 3, "report": 3, "wanted": 5}.items()
}
# Buyers' requests ("Wanted"): days a request stays on the site after it is approved, and posts per client.
WANTED_LIFETIME_DAYS = env_int("WANTED_LIFETIME_DAYS", 60)
WANTED_POSTS_PER_CLIENT_PER_HOUR = env_int("WANTED_POSTS_PER_CLIENT_PER_HOUR", 10)
# Text messages to farmers (their private link): a dotted path to a sender class (listings/sms.py).
# The console sender prints the message; a provider's sender is one small class with send(phone, text).
SMS_BACKEND = env("SMS_BACKEND", "listings.sms.ConsoleSmsSender")
# Rate limits of the public forms, per client address (or phone number) and time window.
LISTING_POSTS_PER_CLIENT_PER_HOUR = env_int("LISTING_POSTS_PER_CLIENT_PER_HOUR", 30)
LISTINGS_PER_PHONE_PER_DAY = env_int("LISTINGS_PER_PHONE_PER_DAY", 5)
# Photos sent one by one from the listing form (downscaled in the browser), before the form itself.
PHOTO_UPLOADS_PER_CLIENT_PER_HOUR = env_int("PHOTO_UPLOADS_PER_CLIENT_PER_HOUR", 120)
INQUIRIES_PER_CLIENT_PER_HOUR = env_int("INQUIRIES_PER_CLIENT_PER_HOUR", 10)
REPORTS_PER_CLIENT_PER_HOUR = env_int("REPORTS_PER_CLIENT_PER_HOUR", 10)
# Emails the site sends to the agency's address per hour (buyers' inquiries); the rest wait in the admin.
AGENCY_EMAILS_PER_HOUR = env_int("AGENCY_EMAILS_PER_HOUR", 60)
# Changes sent through one listing's private link per hour (price, sold, text and photos, ...).
PRIVATE_LINK_POSTS_PER_HOUR = env_int("PRIVATE_LINK_POSTS_PER_HOUR", 20)
# Trusted reverse proxies that add the client's address to X-Forwarded-For (0: use REMOTE_ADDR).
NUMBER_OF_PROXIES = env_int("NUMBER_OF_PROXIES", 0)
# Wagtail.
WAGTAIL_SITE_NAME = "Agrofarm"
WAGTAILADMIN_BASE_URL = env("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAILSEARCH_BACKENDS = {
    "default": {"BACKEND": "wagtail.search.backends.database"},
}
# Site search: as-you-type suggestions one client may ask for per minute (search/views.py).
SEARCH_SUGGESTIONS_PER_CLIENT_PER_MINUTE = env_int("SEARCH_SUGGESTIONS_PER_CLIENT_PER_MINUTE", 120)
# Searches one client may have counted per hour in the search reports (search/views.py, count_search).
SEARCH_COUNTS_PER_CLIENT_PER_HOUR = env_int("SEARCH_COUNTS_PER_CLIENT_PER_HOUR", 240)
# Marketplace figures: uses of the contact buttons one client may count per hour (figures/views.py).
CONTACT_CLICKS_PER_CLIENT_PER_HOUR = env_int("CONTACT_CLICKS_PER_CLIENT_PER_HOUR", 60)
WAGTAILAPI_LIMIT_MAX = env_int("WAGTAILAPI_LIMIT_MAX", 100)
WAGTAILIMAGES_EXTENSIONS = ["jpg", "jpeg", "png", "webp", "avif", "gif"]
# Largest photo file and pixel count accepted (editors' uploads and farmers' photos alike).
WAGTAILIMAGES_MAX_UPLOAD_SIZE = env_int("WAGTAILIMAGES_MAX_UPLOAD_SIZE", 10 * 1024 * 1024)
WAGTAILIMAGES_MAX_IMAGE_PIXELS = env_int("WAGTAILIMAGES_MAX_IMAGE_PIXELS", 40_000_000)
WAGTAILDOCS_EXTENSIONS = ["pdf", "docx", "xlsx", "odt", "ods", "csv", "txt"]
WAGTAIL_ALLOW_UNICODE_SLUGS = False
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAILLOCALIZE_JQUERY_LIBRARY_URL = None

# Machine translation in wagtail-localize's editor; without MACHINE_TRANSLATOR the button is not shown.
# "google": Google Cloud Translation (covers Georgian; `pip install google-cloud-translate`, credentials
# from GOOGLE_APPLICATION_CREDENTIALS). "libretranslate": a LibreTranslate server.
MACHINE_TRANSLATOR = env("MACHINE_TRANSLATOR").lower()
WAGTAILLOCALIZE_MACHINE_TRANSLATOR = None
if MACHINE_TRANSLATOR == "google":
    if not env("GOOGLE_CLOUD_TRANSLATE_PROJECT_ID"):
        raise ImproperlyConfigured("MACHINE_TRANSLATOR=google needs GOOGLE_CLOUD_TRANSLATE_PROJECT_ID")
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "wagtail_localize.machine_translators.google.GoogleCloudTranslator",
        "OPTIONS": {
            "PROJECT_ID": env("GOOGLE_CLOUD_TRANSLATE_PROJECT_ID"),
            "LOCATION": env("GOOGLE_CLOUD_TRANSLATE_LOCATION", "global"),
        },
    }
elif MACHINE_TRANSLATOR == "libretranslate":
    if not env("LIBRETRANSLATE_URL"):
        raise ImproperlyConfigured("MACHINE_TRANSLATOR=libretranslate needs LIBRETRANSLATE_URL")
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "wagtail_localize.machine_translators.libretranslate.LibreTranslator",
        "OPTIONS": {
            "LIBRETRANSLATE_URL": env("LIBRETRANSLATE_URL").rstrip("/"),
            "API_KEY": env("LIBRETRANSLATE_API_KEY"),
            "TIMEOUT": env_int("LIBRETRANSLATE_TIMEOUT", 10),
        },
    }
elif MACHINE_TRANSLATOR:
    raise ImproperlyConfigured(f"MACHINE_TRANSLATOR must be google or libretranslate, not {MACHINE_TRANSLATOR!r}")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"private_links": {"()": "core.log_filters.RedactPrivateLinks"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "filters": ["private_links"]}},
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", "WARNING")},
}
