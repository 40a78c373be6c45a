"""Buyers' requests on pages of the catalogue (products' templates load this; products never imports listings)."""

from django import template
from django.utils.translation import get_language

from core.page_cache import cached_fragment
from listings.models import WantedPage
from listings.wanted import requests_for_category
from products.taxonomy import Taxonomy

register = template.Library()


def _wanted_page_url(language_code):
    page = WantedPage.objects.live().filter(locale__language_code=language_code).first()
    return (page.url or "") if page else ""


@register.simple_tag(takes_context=True)
def buyers_wanted(context, category_id):
    """{"requests": the newest few for this category, "count", "url": the Wanted page filtered by it}."""
    request = context.get("request")
    language = get_language()
    taxonomy = Taxonomy.for_request(request, language)
    # Kept per generation: approving, editing or expiring a request bumps it (listings.wanted), and the day
    # is part of the key, so a page of the catalogue spends no query on them once warm.
    requests, count = cached_fragment(
        "buyers-wanted", (language, category_id), lambda: requests_for_category(category_id, taxonomy)
    )
    base = cached_fragment("wanted-page-url", (language,), lambda: _wanted_page_url(language))
    term = taxonomy.category(category_id)
    return {
        "requests": requests,
        "count": count,
        "url": f"{base}?category={term.slug}" if base and term else base,
        "category": term,
    }
