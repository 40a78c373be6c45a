"""Template helpers of trust between buyers and farmers: the link to "How to buy safely" beside contact buttons."""

from django import template
from django.utils.translation import get_language

from core.page_cache import cached_fragment

register = template.Library()


def _buying_safety_url(language_code):
    from products.models import ProductIndexPage

    catalogue = (
        ProductIndexPage.objects.live()
        .filter(locale__language_code=language_code, buying_safety_page__isnull=False)
        .select_related("buying_safety_page")
        .first()
    )
    if catalogue is None:
        return ""
    page = catalogue.buying_safety_page.localized
    return (page.url or "") if page.live else ""


@register.simple_tag
def buying_safety_url():
    """The address of "How to buy safely" in the page's language (kept per cache generation), or ""."""
    language_code = get_language()
    return cached_fragment("buying-safety-url", (language_code,), lambda: _buying_safety_url(language_code))
