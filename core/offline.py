"""Installable and readable offline (issue 14): the web manifest, the service worker and the offline page.

The service worker (core/templates/core/service-worker.js) keeps the site's shell, the offline page of each
language, and the last public pages and photos a visitor opened, and shows those with an "offline" note when
the network is gone. It stores only what the server marks as shareable (the page cache's public responses):
the admin, private links, form posts and anything private or no-store never enter it.
"""

import hashlib
import json

from django.conf import settings
from django.http import JsonResponse
from django.shortcuts import render
from django.templatetags.static import static
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET

# Bump when the service worker's own logic changes (static files with hashed names change it by themselves).
SERVICE_WORKER_VERSION = "1"
SHELL_FILES = [
    "css/site.css",
    "js/fold.js",
    "js/search-suggest.js",
    "js/form-token.js",
    "js/offline.js",
    "img/favicon.svg",
    "img/icon-192.png",
    "fonts/noto-sans-georgian-georgian-400-normal.woff2",
]


def offline_path(language):
    return f"/{language}/offline/"


@require_GET
@cache_control(no_cache=True)
def service_worker(request):
    """/sw.js at the root, so it may look after every language's pages."""
    shell = [static(name) for name in SHELL_FILES]
    offline = {code: offline_path(code) for code, _name in settings.LANGUAGES}
    version = hashlib.sha256(json.dumps([SERVICE_WORKER_VERSION, shell]).encode()).hexdigest()[:12]
    response = render(
        request,
        "core/service-worker.js",
        {
            "version": version,
            "shell": json.dumps([*shell, *offline.values()]),
            "offline": json.dumps(offline),
            "default_language": json.dumps(settings.LANGUAGE_CODE),
            "static_prefix": json.dumps(settings.STATIC_URL),
            "photos_prefix": json.dumps(f"{settings.MEDIA_URL}images/"),
        },
        content_type="text/javascript; charset=utf-8",
    )
    return response


@require_GET
@cache_control(max_age=86400, public=True)
def manifest(request):
    """The web manifest in the page's language: the name on the phone's home screen, and where it opens."""
    language = get_language()
    data = {
        "name": _("Agrofarm — Gori farmers' market"),
        "short_name": _("Agrofarm"),
        "lang": language,
        "start_url": f"/{language}/",
        "scope": "/",
        "display": "standalone",
        "background_color": "#ffffff",
        "theme_color": "#1f6b2a",
        "icons": [
            {"src": static("img/icon-192.png"), "sizes": "192x192", "type": "image/png", "purpose": "any"},
            {"src": static("img/icon-512.png"), "sizes": "512x512", "type": "image/png", "purpose": "any maskable"},
        ],
    }
    return JsonResponse(data, content_type="application/manifest+json", json_dumps_params={"ensure_ascii": False})


@require_GET
def offline_page(request):
    """What the service worker shows for a page it has no copy of, in the language of the address."""
    return render(request, "core/offline.html")


