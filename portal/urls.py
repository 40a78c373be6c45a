from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps import views as sitemap_views
from wagtail.documents import urls as wagtaildocs_urls

from home import views as home_views
from home.sitemaps import MultilingualSitemap

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("robots.txt", home_views.robots_txt, name="robots_txt"),
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
    path("search/", include("search.urls")),
    path("", include("products.urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)
