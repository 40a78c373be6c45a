from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps import views as sitemap_views
from wagtail.documents import urls as wagtaildocs_urls

from core import offline as core_offline
from core import views as core_views
from figures import views as figures_views
from figures.api import api_router
from home import views as home_views
from home.sitemaps import MultilingualSitemap
from search import views as search_views

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("robots.txt", home_views.robots_txt, name="robots_txt"),
    path("form-token/", core_views.form_token, name="form_token"),
    # Uses of the contact buttons, counted without knowing who (figures/views.py).
    path("contact-click/", figures_views.contact_click, name="contact_click"),
    # Searches, counted by the results page in the browser (search/views.py), cached pages too.
    path("search-count/", search_views.count_search, name="search_count"),
    # Open data: read-only, no personal data, cached like pages (figures/api.py).
    path("api/v2/", api_router.urls),
    path("sw.js", core_offline.service_worker, name="service_worker"),
    path(
        "sitemap.xml",
        sitemap_views.sitemap,
        {"sitemaps": {"pages": MultilingualSitemap}, "template_name": "home/sitemap.xml"},
        name="sitemap",
    ),
]

if settings.DEBUG:
    from django.conf.urls.static import static
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Every public page lives under /ka/, /en/ or /ru/; "/" is redirected by LocaleMiddleware
# using the browser's Accept-Language, falling back to Georgian.
urlpatterns += i18n_patterns(
    path("manifest.webmanifest", core_offline.manifest, name="manifest"),
    path("offline/", core_offline.offline_page, name="offline"),
    path("search/", include("search.urls")),
    path("", include("listings.urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)
