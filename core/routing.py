"""Page routing kept across requests: an address remembers the page it leads to, so Wagtail serves a page
without a query to find it (each request would otherwise load the language's home page, then walk the tree
or look the page up).

Only plain page addresses are remembered (not the sub-routes of routable pages, nor addresses that lead
nowhere); the memory is the page cache's generation, so a publish, a move, a slug change or an unpublish
starts afresh. What is kept is the page as routing found it, before any request touched it; each request
gets its own copy from the cache.
"""

from django.http import Http404
from django.utils.translation import get_language
from wagtail.models import Locale
from wagtail.url_routing import RouteResult
from wagtail.views import serve as wagtail_serve

from . import compat
from .page_cache import cached_fragment, kept_fragment

ROUTE = "route"


def _route_key(request, path_components):
    return (request.get_host(), get_language(), "/".join(path_components))


class CachedRoutesMixin:
    """For the root page of a language tree (HomePage): routing below it is kept per address."""

    def route(self, request, path_components):
        if self.locale_id != Locale.get_active().pk:  # another language's tree, asked for by name
            return super().route(request, path_components)
        key = _route_key(request, path_components)
        page = cached_fragment(ROUTE, key, lambda: self._plain_route(request, path_components))
        if page:
            return RouteResult(page)
        return super().route(request, path_components)

    def _plain_route(self, request, path_components):
        try:
            page, args, kwargs = super().route(request, path_components)
        except Http404:
            return ""
        if args or kwargs or page.url_path != f"{self.url_path}{''.join(f'{part}/' for part in path_components)}":
            return ""
        # Routing leaves each page it walked through on the next as its parent: the page keeps its own parent
        # (pages ask for it) but not the rest of the way up, which every request would unpickle for nothing.
        parent = page.__dict__.get("_cached_parent_obj")
        if parent is not None:
            parent.__dict__.pop("_cached_parent_obj", None)
        return page


class KnownRoutesMiddleware:
    """Hands Wagtail's page view the page a kept route leads to, before Wagtail looks for it."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if view_func is wagtail_serve:
            path = view_kwargs.get("path", view_args[0] if view_args else "")
            page = kept_fragment(ROUTE, _route_key(request, [part for part in path.split("/") if part]))
            if page:
                compat.remember_route(request, RouteResult(page))
