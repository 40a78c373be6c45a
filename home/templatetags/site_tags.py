"""Site-wide pieces every page shows: navigation, language switcher, alternates, footer.

Each is computed once per request and kept across requests in the page cache's current generation
(core.page_cache.cached_fragment), so a warm page spends no query on them; any publish or snippet change
starts a new generation.
"""

from django import template
from django.conf import settings
from django.template.loader import render_to_string
from django.urls import translate_url
from django.utils.encoding import escape_uri_path, iri_to_uri
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from wagtail.models import Page, Site

from core.page_cache import cached_fragment
from core.text_language import untranslated_snippets, with_text_language
from home.models import SiteFooter

register = template.Library()


def _site_root(request):
    site = Site.find_for_request(request) if request else None
    return site.root_page if site else None


def _absolute(request, page):
    """The page's address on the host the visitor used (the Site record may name another)."""
    return request.build_absolute_uri(page.get_url(request))


def _page_versions(page, request):
    """Every live version of `page` in every locale (aliases included), plus each locale's home page."""
    root = _site_root(request)
    keys = [page.translation_key]
    if root is not None:
        keys.append(root.translation_key)
    versions = with_text_language(
        Page.objects.live()
        .filter(translation_key__in=keys)
        .select_related("locale")
        .only("id", "path", "depth", "url_path", "translation_key", "alias_of_id", "locale")
    )
    same_page, homes = {}, {}
    for version in versions:
        target = same_page if version.translation_key == page.translation_key else homes
        target[version.locale.language_code] = version
    return same_page, homes


def _host(request):
    return request.get_host() if request is not None else ""


@register.inclusion_tag("includes/language_switcher.html", takes_context=True)
def language_switcher(context):
    """Links to this page in each language; that language's home when the page has no version there."""
    request = context.get("request")
    page = context.get("page")
    current = get_language()
    if not isinstance(page, Page):
        if request is None:
            return {"links": _switcher_links(None, None, current)}
        # A view's address in each language, kept per address; the query string (a search) follows as it is.
        links = cached_fragment(
            "view-language-switcher",
            (_host(request), request.path, current),
            lambda: _switcher_links(None, request, current),
        )
        query = request.META.get("QUERY_STRING", "")
        if query:
            links = [{**link, "url": f"{link['url']}?{iri_to_uri(query)}"} for link in links]
        return {"links": links}
    links = cached_fragment(
        "language-switcher", (_host(request), page.pk, current), lambda: _switcher_links(page, request, current)
    )
    return {"links": links}


def _switcher_links(page, request, current):
    links = []
    same_page, homes = _page_versions(page, request) if isinstance(page, Page) else ({}, {})
    for code, name in settings.LANGUAGES:
        target = same_page.get(code) or homes.get(code)
        if target is not None:
            url = target.get_url(request)
        elif request is not None:
            url = translate_url(escape_uri_path(request.path), code)
        else:
            url = f"/{code}/"
        links.append({"code": code, "name": name, "url": url, "is_current": code == current})
    return links


@register.inclusion_tag("includes/alternate_links.html", takes_context=True)
def alternate_links(context):
    """Canonical link, and hreflang alternates for live real translations (never for aliases)."""
    request = context.get("request")
    page = context.get("page")
    if not isinstance(page, Page) or request is None:
        return {"canonical": None, "alternates": []}
    return cached_fragment("alternates", (_host(request), page.pk), lambda: _alternates(page, request))


def _alternates(page, request):
    same_page, _homes = _page_versions(page, request)
    current = next((v for v in same_page.values() if v.pk == page.pk), None)
    untranslated = current.untranslated if current is not None else bool(page.alias_of_id)
    if untranslated:
        source = same_page.get(current.text_language) if current is not None else None
        if source is None:
            source = page.alias_of if page.alias_of_id else page
        return {"canonical": _absolute(request, source), "alternates": []}
    alternates = []
    for code, _name in settings.LANGUAGES:
        version = same_page.get(code)
        if version is not None and not version.untranslated:
            alternates.append({"code": code, "url": _absolute(request, version)})
    default = same_page.get(settings.LANGUAGE_CODE)
    if len(alternates) > 1 and default is not None and not default.untranslated:
        alternates.append({"code": "x-default", "url": _absolute(request, default)})
    elif len(alternates) <= 1:
        alternates = []
    return {"canonical": _absolute(request, page), "alternates": alternates}


@register.inclusion_tag("includes/main_menu.html", takes_context=True)
def main_menu(context):
    """The top-level pages of the visitor's language marked "show in menus"."""
    request = context.get("request")
    root = _site_root(request)
    if root is None:
        return {"items": [], "home_url": f"/{get_language()}/"}
    language = get_language()

    def build():
        items = (
            Page.objects.live()
            .public()
            .in_menu()
            .filter(depth=root.depth + 1, locale__language_code=language)
            .order_by("path")
            .only("id", "title", "path", "depth", "url_path", "locale_id")
        )
        return [{"title": item.title, "url": item.get_url(request), "path": item.path} for item in items]

    items = cached_fragment("main-menu", (_host(request), root.pk, language), build)
    current = context.get("page")
    current_path = current.path if isinstance(current, Page) else ""
    return {
        "items": [{**item, "active": current_path.startswith(item["path"])} for item in items],
        "home_url": f"/{language}/",
    }


@register.simple_tag(takes_context=True)
def site_footer(context):
    """The footer snippet of the visitor's language, else (also while untranslated) the Georgian original."""
    request = context.get("request")
    current = get_language()
    html = cached_fragment(
        "footer", (_host(request), current), lambda: render_to_string("includes/footer.html", _footer(request, current))
    )
    return mark_safe(html)  # noqa: S308  (our own template's output)


def _footer(request, current):
    footers = {
        footer.locale.language_code: footer
        for footer in SiteFooter.objects.filter(locale__language_code__in=[current, settings.LANGUAGE_CODE])
        .exclude(untranslated_snippets())
        .select_related("locale")
    }
    footer = footers.get(current) or footers.get(settings.LANGUAGE_CODE)
    return {
        "footer": footer,
        "footer_lang": footer.locale.language_code if footer else current,
        "LANGUAGE_CODE": current,
        "request": request,
    }
