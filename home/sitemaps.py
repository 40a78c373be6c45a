"""sitemap.xml for every language tree, each page with hreflang alternates for its real translations.

Wagtail's own sitemap lists only the default site's root tree and no alternates
(https://github.com/wagtail/wagtail/issues/6583). Untranslated copies (aliases, and translations
not yet published with translated text) are left out: they repeat the source text under another address.
"""

from urllib.parse import urlsplit, urlunsplit

from django.conf import settings
from django.db.models import Q
from wagtail.models import Page

from core.compat import EntriesSitemap
from core.text_language import untranslated_pages


class MultilingualSitemap(EntriesSitemap):
    def items(self):
        roots = self.get_wagtail_site().root_page.get_translations(inclusive=True).only("path")
        in_a_language_tree = Q()
        for root in roots:
            in_a_language_tree |= Q(path__startswith=root.path)
        pages = list(
            Page.objects.live()
            .public()
            .filter(in_a_language_tree)
            .exclude(untranslated_pages())
            .select_related("locale")
            .order_by("path")
            .defer_streamfields()
            .specific()
        )
        # Each page's translations are in the same list: alternates cost no further query.
        self._versions = {}
        for page in pages:
            page.sitemap_location = self.on_this_host(page.get_url(self.request))
            self._versions.setdefault(page.translation_key, []).append(page)
        return pages

    def location(self, page):
        return page.sitemap_location

    def on_this_host(self, url):
        """The address on the host the sitemap was asked for, as canonical links and hreflang use."""
        parts = urlsplit(url)
        return self.request.build_absolute_uri(urlunsplit(("", "", parts.path, parts.query, "")))

    def alternates_for(self, page):
        versions = self._versions.get(page.translation_key, [])
        if len(versions) < 2:
            return []
        order = {code: position for position, (code, _name) in enumerate(settings.LANGUAGES)}
        versions = sorted(versions, key=lambda version: order.get(version.locale.language_code, len(order)))
        alternates = [
            {"lang_code": version.locale.language_code, "location": version.sitemap_location} for version in versions
        ]
        default = next((v for v in versions if v.locale.language_code == settings.LANGUAGE_CODE), None)
        if default is not None:
            alternates.append({"lang_code": "x-default", "location": default.sitemap_location})
        return alternates

    def entries(self, items):
        urls = []
        for item in items:
            for url_info in item.get_sitemap_urls(self.request):
                url_info["location"] = self.on_this_host(url_info["location"])
                if url_info["location"] == item.sitemap_location:
                    url_info["alternates"] = self.alternates_for(item)
                urls.append(url_info)
        return urls
