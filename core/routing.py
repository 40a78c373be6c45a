"""Page routing kept across requests: the root of each language's tree remembers which page an address
leads to, so a deep page (home → farmers → farmer → product) is found in one query instead of two a level.

Only plain page addresses are remembered (not the sub-routes of routable pages); the memory is the page
cache's generation, so a move, a slug change or an unpublish starts afresh.
"""

from django.contrib.contenttypes.models import ContentType
from django.http import Http404

from .page_cache import cached_fragment


class CachedRoutesMixin:
    """For the root page of a language tree (HomePage)."""

    def route(self, request, path_components):
        if path_components:
            target = cached_fragment(
                "route", (self.pk, "/".join(path_components)), lambda: self._route_target(request, path_components)
            )
            if target:
                content_type_id, page_id = target
                model = ContentType.objects.get_for_id(content_type_id).model_class()
                page = model.objects.filter(pk=page_id, live=True).first() if model is not None else None
                if page is not None:
                    return page.route(request, [])
        return super().route(request, path_components)

    def _route_target(self, request, path_components):
        try:
            page, args, kwargs = super().route(request, path_components)
        except Http404:
            return ""
        if args or kwargs or page.url_path != f"{self.url_path}{'/'.join(path_components)}/":
            return ""
        return (page.content_type_id, page.pk)
