"""The few private Wagtail and Django internals the site relies on, in one place.

Each has a test in tests/core/test_compat.py, so the next Wagtail LTS upgrade breaks here, loudly, and
nowhere else.
"""

from django.db.models import Q
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Locale, Page, PageViewRestriction, Site
from wagtail.query import PageQuerySet


def slug_is_available(slug, parent, page=None):
    """Whether no sibling under `parent` (other than `page`) uses `slug` (Wagtail's own check)."""
    return Page._slug_is_available(slug, parent, page)


def user_in_groups(task, user):
    """Whether `user` is in one of the groups of a group approval task."""
    return task._user_in_groups(user)


def refresh_image_file_metadata(image):
    """Recompute an image's width, height, size and hash after its file was replaced."""
    image._set_image_file_metadata()


class EntriesSitemap(Sitemap):
    """A Wagtail sitemap whose entries come from the public method `entries(items)`.

    Django builds a sitemap page in the private `Sitemap._urls(page, protocol, domain)`; adding hreflang
    alternates per entry means overriding it, here only.
    """

    def entries(self, items):
        """The url_info dicts ("location", "lastmod", "alternates"…) of `items`, one page of the sitemap."""
        raise NotImplementedError

    def _urls(self, page, protocol, domain):
        urls = self.entries(self.paginator.page(page).object_list)
        last_mods = {url_info.get("lastmod") for url_info in urls}
        if last_mods and None not in last_mods:
            self.latest_lastmod = max(last_mods)
        return urls


def remember_site(request, find):
    """Give Wagtail the request's Site found by `find(request)` (a cached lookup), as Site.find_for_request
    keeps it: request._wagtail_site."""
    request._wagtail_site = find(request)


def remember_route(request, route):
    """Give Wagtail the page route of this request (a RouteResult) found beforehand, as
    Page.route_for_request keeps it: request._wagtail_route_for_request."""
    request._wagtail_route_for_request = route


def find_site(request):
    """Wagtail's own lookup of the request's Site (a query)."""
    return Site.find_for_request(request)


def cache_locale_lookups(cached):
    """Route Locale.objects.get_for_language (a query each time Wagtail asks for the active locale) through
    `cached(language_code, lookup)`."""
    manager_class = type(Locale.objects)
    if getattr(manager_class, "_lookups_cached", False):
        return
    original = manager_class.get_for_language

    def get_for_language(self, language_code):
        return cached(language_code, lambda: original(self, language_code))

    manager_class.get_for_language = get_for_language
    manager_class._lookups_cached = True


def cache_private_sections(cached):
    """Wagtail asks the database for every private section (PageViewRestriction) each time a queryset calls
    .public() and each time a page is served; route both through `cached(lookup)`, a list of the private
    sections' tree paths (invalidated when a restriction changes)."""
    if getattr(PageQuerySet, "_private_sections_cached", False):
        return

    def private_paths():
        return cached(lambda: list(PageViewRestriction.objects.values_list("page__path", flat=True)))

    def private_q(self):
        q = Q()
        for path in private_paths():
            q |= Q(path__startswith=path)
        return q if q else Q(pk__in=[])

    original_view_restrictions = Page.get_view_restrictions

    def get_view_restrictions(self):
        if not private_paths():
            return PageViewRestriction.objects.none()
        return original_view_restrictions(self)

    PageQuerySet.private_q = private_q
    Page.get_view_restrictions = get_view_restrictions
    PageQuerySet._private_sections_cached = True
