"""Template helpers every app uses: JSON-LD written safely, the language of a page's text, language names,
the meta description."""

import html
import json
import re
from contextvars import ContextVar
from functools import lru_cache, partial

from django import template
from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.middleware.csrf import get_token
from django.urls import get_script_prefix, reverse
from django.utils.html import format_html, strip_tags
from django.utils.safestring import mark_safe
from django.utils.text import Truncator
from django.utils.translation import get_language, get_language_info
from django.utils.translation import gettext as _
from wagtail.models import Page, Site

from core.page_cache import cached_fragment
from core.protection import client_fingerprint, signed_start_time
from core.text_language import source_text_language

register = template.Library()

# Where a page's description comes from, first non-empty wins: the editor's search description, then the
# page's own opening text (standard, index and news pages' intro, the home page's hero, a farmer's story,
# a product's description). Names, not imports: core knows no page model.
DESCRIPTION_FIELDS = ("search_description", "intro", "hero_text", "story", "description")
# Search engines show about this many characters.
DESCRIPTION_LENGTH = 155

# A kept {% fragment %} reads the same for every visitor but for a blank public form's token and start time:
# while a fragment is drawn, form_visitor_inputs leaves this mark, and the outermost fragment puts each
# request's own inputs in its place. How many fragments are being drawn, one inside another:
VISITOR_INPUTS_MARK = "<!--form-visitor-inputs-->"
_fragments_drawn = ContextVar("fragments_drawn", default=0)

# The same escapes as Django's json_script: the data can never close the script element.
_SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


@register.simple_tag
def json_ld(data):
    """Structured data for <script type="application/ld+json">, with <, > and & escaped."""
    return mark_safe(json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False).translate(_SCRIPT_ESCAPES))


@register.simple_tag(takes_context=True)
def source_language(context):
    """For an untranslated copy of a page, the language code its text is written in."""
    page = context.get("page")
    if getattr(page, "pk", None) is None:
        return source_text_language(page)
    return cached_fragment("source-language", (page.pk,), lambda: source_text_language(page) or "")


@register.filter
def language_name(code):
    """The name of a language in the visitor's language ("Georgian", "грузинский", "ქართული")."""
    try:
        return get_language_info(code)["name_translated"]
    except KeyError:
        return code


@register.inclusion_tag("core/includes/form_protection.html", takes_context=True)
def form_protection(context, form):
    """CSRF token, signed start time and honeypot of a public form."""
    return {"form": form, "request": context.get("request")}


@register.simple_tag(takes_context=True)
def form_visitor_inputs(context, form=None):
    """A public form's two per-visitor inputs, its CSRF token and signed start time. On a page an anonymous
    visitor asked for they are empty (form-token.js fetches the visitor's own when they start typing; without
    JavaScript the form comes back once with them): such a page reads the same whether the page cache stores
    it, serves it or is off, and no visitor ever gets another's token. A signed-in visitor's page, and a form
    sent back, carry their own. Without `form` (a blank form whose fields are a kept {% fragment %}) no form
    object is needed; with one, the start time it was sent back with is kept."""
    if form is None and _fragments_drawn.get():
        return mark_safe(VISITOR_INPUTS_MARK)
    request = context.get("request")
    anonymous_page = request is not None and settings.SESSION_COOKIE_NAME not in request.COOKIES
    if request is None or (anonymous_page and request.method in ("GET", "HEAD")):
        return _empty_visitor_inputs(get_script_prefix())
    client = client_fingerprint(request)
    return format_html(
        '<input type="hidden" name="csrfmiddlewaretoken" value="{}">\n<input type="hidden" name="started" value="{}">',
        get_token(request),
        form.started_value(client) if form is not None else signed_start_time(client=client),
    )


@lru_cache(maxsize=8)
def _empty_visitor_inputs(script_prefix):
    """The inputs of a public form on a page any anonymous visitor may be given: the same for all of them."""
    return format_html(
        '<input type="hidden" name="csrfmiddlewaretoken" value="" data-form-token="{}">\n'
        '<input type="hidden" name="started" value="">',
        reverse("form_token"),
    )


def _description_of(page):
    for name in DESCRIPTION_FIELDS:
        text = _plain_description(str(getattr(page, name, "") or ""))
        if text:
            return text
    return ""


@lru_cache(maxsize=512)
def _plain_description(markup):
    """A field's text without tags, on one line, cut for search engines (kept: every request asks again)."""
    return Truncator(" ".join(html.unescape(strip_tags(markup)).split())).chars(DESCRIPTION_LENGTH)


@register.simple_tag(takes_context=True)
def meta_description(context, source_lang=""):
    """The text of <meta name="description">, always in the visitor's language.

    The page's own text (DESCRIPTION_FIELDS); for an untranslated copy (`source_lang` differs from the
    language shown), a page without text, or a view without a page, the home page's in this language,
    and failing that the site's name.
    """
    page = context.get("page")
    language = context.get("LANGUAGE_CODE")
    if isinstance(page, Page) and not (source_lang and source_lang != language):
        text = _description_of(page)
        if text:
            return text
    request = context.get("request")
    host = request.get_host() if request is not None else ""
    return cached_fragment("home-description", (host, language), lambda: _home_description(request))


def _home_description(request):
    site = Site.find_for_request(request)
    if site is not None:
        home = site.root_page.localized.specific
        if not source_text_language(home):
            text = _description_of(home)
            if text:
                return text
    return str(_("Agrofarm — Gori farmers' market"))


@register.filter
def picture_version(image):
    """What a rendered `{% picture %}` of `image` depends on (its file and focal point), for the card lists
    to cache the tag's output: `{% wagtailcache 600 "card-picture" image|picture_version %}`. Making a
    picture's srcset of six renditions costs more Python than the rest of a card."""
    parts = (image.pk, image.file.name, image.focal_point_x, image.focal_point_y, image.focal_point_width,
             image.focal_point_height)
    return ":".join(str(part) for part in parts)


@register.tag("fragment")
def do_fragment(parser, token):
    """{% fragment "name" part … %}…{% endfragment %}: the block's HTML kept until anything a visitor could
    see changes (core.page_cache's generation), per host, language and the parts given. For the dear parts of
    a page whose page is rendered anyway (the page cache is off, or bypassed by a cookie); never in previews.
    A blank form's {% form_visitor_inputs %} inside is drawn afresh for each request.
    """
    bits = token.split_contents()
    if len(bits) < 2:
        raise template.TemplateSyntaxError("{% fragment %} needs a name")
    nodelist = parser.parse(("endfragment",))
    parser.delete_first_token()
    return FragmentNode(nodelist, [parser.compile_filter(bit) for bit in bits[1:]])


class FragmentNode(template.Node):
    def __init__(self, nodelist, parts):
        self.nodelist = nodelist
        self.parts = parts

    def render(self, context):
        request = context.get("request")
        if request is None or getattr(request, "is_preview", False):
            return self.nodelist.render(context)
        name, *parts = [part.resolve(context) for part in self.parts]
        kept = cached_fragment(name, [request.get_host(), get_language(), *parts], partial(self._draw, context))
        if isinstance(kept, str):  # no public form inside
            return kept
        if _fragments_drawn.get():  # inside a fragment being drawn: the outermost one fills the gaps
            return VISITOR_INPUTS_MARK.join(kept)
        return form_visitor_inputs(context).join(kept)

    def _draw(self, context):
        """The block's HTML; with a public form inside, the text around the form's per-visitor inputs (a
        tuple: each request puts its own in the gaps, without searching the HTML for them)."""
        drawn = _fragments_drawn.set(_fragments_drawn.get() + 1)
        try:
            html = _compact(self.nodelist.render(context))
        finally:
            _fragments_drawn.reset(drawn)
        return tuple(html.split(VISITOR_INPUTS_MARK)) if VISITOR_INPUTS_MARK in html else html


# The indentation and blank lines templates leave: a run of white space that holds a line break reads as one
# space in HTML (but in <pre>), so it is sent as one line break. A kept fragment is drawn once and sent many
# times: a tenth of a product page.
_LINE_BREAK_RUNS = re.compile(r"\n\s+")


def _compact(html):
    return html if "<pre" in html else _LINE_BREAK_RUNS.sub("\n", html)
