"""Which pages and snippets still show their source-language text under another language.

An untranslated copy is either an alias (wagtail-localize's synchronised trees) or a translation
started in wagtail-localize whose live version was saved before any of its strings was translated:
"Translate this page" turns an alias into a real page at once, still holding the Georgian text,
and it must stay marked as Georgian (lang, note, canonical, no hreflang) until a translator
publishes translated text.
"""

from django.db.models import BooleanField, Case, CharField, Exists, ExpressionWrapper, F, OuterRef, Q, Subquery, When
from django.db.models.functions import Coalesce
from wagtail.models import Page
from wagtail_localize.models import StringTranslation, Translation, TranslationLog

# Open Graph wants a territory with the language.
OPEN_GRAPH_LOCALES = {"ka": "ka_GE", "en": "en_GB", "ru": "ru_RU"}


def _translation_into_own_locale():
    return Translation.objects.filter(
        enabled=True,
        source__object_id=OuterRef("translation_key"),
        target_locale_id=OuterRef("locale_id"),
    )


def untranslated_pages():
    """A filter for pages whose visitors read the source text: aliases and translations not published yet."""
    translated_before_publishing = StringTranslation.objects.filter(
        locale_id=OuterRef("locale_id"),
        context__object_id=OuterRef("translation_key"),
        has_error=False,
        created_at__lte=OuterRef("last_published_at"),
    )
    return Q(alias_of__isnull=False) | (
        Exists(_translation_into_own_locale()) & ~Exists(translated_before_publishing)
    )


def untranslated_snippets():
    """A filter for translatable snippets (of any model) saved before any of their strings was translated."""
    last_saved = (
        TranslationLog.objects.filter(
            source__object_id=OuterRef(OuterRef("translation_key")),
            locale_id=OuterRef(OuterRef("locale_id")),
        )
        .order_by("-created_at")
        .values("created_at")[:1]
    )
    translated_before_saving = StringTranslation.objects.filter(
        locale_id=OuterRef("locale_id"),
        context__object_id=OuterRef("translation_key"),
        has_error=False,
        created_at__lte=Subquery(last_saved),
    )
    return Exists(_translation_into_own_locale()) & ~Exists(translated_before_saving)


def _text_language():
    source_language = _translation_into_own_locale().values("source__locale__language_code")[:1]
    return Coalesce(F("alias_of__locale__language_code"), Subquery(source_language), F("locale__language_code"))


def with_text_language(pages):
    """Annotate `untranslated` and `text_language` (the language code of the text a visitor reads)."""
    return pages.annotate(
        untranslated=ExpressionWrapper(untranslated_pages(), output_field=BooleanField()),
        text_language=_text_language(),
    )


def with_source_language(pages):
    """Annotate `source_language`: for an untranslated copy the language its text is written in, else NULL.

    The one definition cards, lists and pages use to mark text with its own `lang` (base.html's note uses
    the same filter through `source_text_language`).
    """
    return pages.annotate(
        source_language=Case(When(untranslated_pages(), then=_text_language()), default=None, output_field=CharField())
    )


def source_text_language(page):
    """For an untranslated copy of a page, the language code its text is written in; else ""."""
    if not isinstance(page, Page) or page.pk is None:
        return ""
    found = (
        with_text_language(Page.objects.filter(pk=page.pk)).filter(untranslated=True).values("text_language").first()
    )
    return found["text_language"] if found else ""
