"""The translators' queue: per language, what visitors still read untranslated or out of date.

Untranslated: an alias page, a snippet with no version in the language, or a translation begun in
wagtail-localize but never saved with translated text (see core/text_language.py).
Out of date: a wagtail-localize translation whose source changed since it was last synced, or that
has strings nobody translated yet; or a translation made outside wagtail-localize whose source was
published after it.

The queue costs a fixed number of queries however much content there is: two for pages, one for
wagtail-localize's translations, one per translatable snippet model (and the user's languages).
"""

import json
from dataclasses import dataclass
from datetime import datetime
from urllib.parse import urlencode

from django.conf import settings
from django.contrib.admin.utils import quote
from django.core.serializers.json import DjangoJSONEncoder
from django.db.models import BooleanField, Count, Exists, ExpressionWrapper, F, IntegerField, OuterRef, Q, Subquery
from django.db.models.functions import Coalesce
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext, pgettext_lazy
from modelcluster.models import ClusterableModel, get_serializable_data_for_fields
from wagtail.models import Locale, Page, TranslatableMixin
from wagtail.snippets.models import get_snippet_models
from wagtail_localize.models import StringSegment, StringTranslation, Translation

from core.text_language import untranslated_pages, untranslated_snippets

from .permissions import writable_locales

UNTRANSLATED = "untranslated"
OUT_OF_DATE = "out_of_date"

TRANSLATE = pgettext_lazy("translators queue", "Translate")
EDIT = pgettext_lazy("translators queue", "Edit")
OPEN_EDITOR = _("Open in the translation editor")
NOT_TRANSLATED_YET = _("Not translated yet: visitors read the original")


@dataclass
class QueueItem:
    """One page or snippet waiting for a translator in one language."""

    status: str
    title: str
    title_language: str
    kind: str
    reason: str
    waiting_since: datetime | None
    action_url: str
    action_label: str
    sync_url: str = ""

    @property
    def sort_key(self):
        # Items without a date (snippets never translated) have waited since they were created: first.
        return (self.waiting_since is not None, self.waiting_since or datetime.min)


@dataclass
class LanguageQueue:
    locale: Locale
    items: list

    @property
    def untranslated_count(self):
        return sum(1 for item in self.items if item.status == UNTRANSLATED)

    @property
    def out_of_date_count(self):
        return sum(1 for item in self.items if item.status == OUT_OF_DATE)


def translatable_snippet_models():
    return [model for model in get_snippet_models() if issubclass(model, TranslatableMixin)]


def _page_kind(page):
    model = page.content_type.model_class()
    return model._meta.verbose_name if model is not None else page.content_type.model


def _with_next(url, next_url):
    return f"{url}?{urlencode({'next': next_url})}" if next_url else url


def _translate_page_url(source_page_id, locale):
    url = reverse("wagtail_localize:submit_page_translation", args=[source_page_id])
    return f"{url}?{urlencode({'select_locale': locale.language_code})}"


def _translate_snippet_url(snippet, locale):
    url = reverse(
        "wagtail_localize:submit_snippet_translation",
        args=[snippet._meta.app_label, snippet._meta.model_name, quote(snippet.pk)],
    )
    return f"{url}?{urlencode({'select_locale': locale.language_code})}"


def _snippet_edit_url(snippet):
    return reverse(snippet.snippet_viewset.get_url_name("edit"), args=[quote(snippet.pk)])


def _source_changed(source, instance):
    """wagtail-localize's own test for a changed source: its content differs from the synced copy."""
    if isinstance(instance, ClusterableModel):
        current = json.loads(instance.to_json())
    else:
        current = get_serializable_data_for_fields(instance)
    return json.loads(json.dumps(current, cls=DjangoJSONEncoder)) != json.loads(source.content_json)


def _untranslated_pages(locales):
    source_language = Translation.objects.filter(
        enabled=True, source__object_id=OuterRef("translation_key"), target_locale_id=OuterRef("locale_id")
    ).values("source__locale__language_code")[:1]
    pages = (
        Page.objects.live()
        .filter(locale__in=locales)
        .filter(untranslated_pages())
        .select_related("locale", "content_type")
        .annotate(
            waiting_since=Coalesce(F("alias_of__first_published_at"), F("first_published_at")),
            source_language=Coalesce(F("alias_of__locale__language_code"), Subquery(source_language)),
        )
        .order_by("waiting_since", "path")
        .only("id", "title", "locale", "content_type", "alias_of_id", "translation_key", "first_published_at")
    )
    items = []
    for page in pages:
        if page.alias_of_id:
            url, label = _translate_page_url(page.alias_of_id, page.locale), TRANSLATE
        else:
            url, label = reverse("wagtailadmin_pages:edit", args=[page.pk]), OPEN_EDITOR
        items.append(
            (
                page.locale_id,
                page.translation_key,
                QueueItem(
                    status=UNTRANSLATED,
                    title=page.title,
                    title_language=page.source_language or page.locale.language_code,
                    kind=_page_kind(page),
                    reason=NOT_TRANSLATED_YET,
                    waiting_since=page.waiting_since,
                    action_url=url,
                    action_label=label,
                ),
            )
        )
    return items


def _stale_page_translations(locales):
    """Real page translations made outside wagtail-localize whose source was published after them."""
    source = Page.objects.filter(
        translation_key=OuterRef("translation_key"), locale__language_code=settings.LANGUAGE_CODE, live=True
    )
    managed = Translation.objects.filter(
        enabled=True, source__object_id=OuterRef("translation_key"), target_locale_id=OuterRef("locale_id")
    )
    pages = (
        Page.objects.live()
        .filter(locale__in=locales, alias_of__isnull=True)
        .annotate(source_published_at=Subquery(source.values("last_published_at")[:1]), managed=Exists(managed))
        .filter(managed=False, source_published_at__gt=F("last_published_at"))
        .select_related("locale", "content_type")
        .order_by("source_published_at", "path")
        .only("id", "title", "locale", "content_type", "translation_key", "last_published_at")
    )
    return [
        (
            page.locale_id,
            page.translation_key,
            QueueItem(
                status=OUT_OF_DATE,
                title=page.title,
                title_language=page.locale.language_code,
                kind=_page_kind(page),
                reason=_("The original changed after this translation was published"),
                waiting_since=page.source_published_at,
                action_url=reverse("wagtailadmin_pages:edit", args=[page.pk]),
                action_label=EDIT,
            ),
        )
        for page in pages
    ]


def _localize_translations(locales):
    translated = StringTranslation.objects.filter(
        translation_of_id=OuterRef("string_id"),
        context_id=OuterRef("context_id"),
        locale_id=OuterRef(OuterRef("target_locale_id")),
        has_error=False,
    )
    missing = (
        StringSegment.objects.filter(source_id=OuterRef("source_id"))
        .exclude(Exists(translated))
        .order_by()
        .values("source_id")
        .annotate(count=Count("pk"))
        .values("count")
    )
    pages = Page.objects.filter(translation_key=OuterRef("source__object_id"))
    return list(
        Translation.objects.filter(enabled=True, target_locale__in=locales)
        .select_related("source", "source__locale", "source__specific_content_type", "target_locale")
        .annotate(
            missing_strings=Coalesce(Subquery(missing, output_field=IntegerField()), 0),
            source_published_at=Subquery(pages.filter(locale_id=OuterRef("source__locale_id")).values("last_published_at")[:1]),
            target_page_id=Subquery(pages.filter(locale_id=OuterRef("target_locale_id")).values("pk")[:1]),
        )
    )


def _out_of_date_reason(changed, missing_strings):
    if changed:
        return _("The original changed since the translation was last synced")
    return ngettext(
        "%(count)d string not translated yet", "%(count)d strings not translated yet", missing_strings
    ) % {"count": missing_strings}


def _out_of_date_page(translation, model, next_url):
    changed = (
        translation.source_published_at is not None
        and translation.source_published_at > translation.source.last_updated_at
    )
    if not changed and not translation.missing_strings:
        return None
    return QueueItem(
        status=OUT_OF_DATE,
        title=translation.source.object_repr,
        title_language=translation.source.locale.language_code,
        kind=model._meta.verbose_name,
        reason=_out_of_date_reason(changed, translation.missing_strings),
        waiting_since=translation.source_published_at if changed else translation.source.last_updated_at,
        action_url=reverse("wagtailadmin_pages:edit", args=[translation.target_page_id]),
        action_label=OPEN_EDITOR,
        sync_url=_sync_url(translation, next_url),
    )


def _sync_url(translation, next_url):
    return _with_next(reverse("wagtail_localize:update_translations", args=[translation.source_id]), next_url)


def build_queue(user, next_url=""):
    """The queue of every translation language `user` may write in, each oldest first."""
    locales = [locale for locale in writable_locales(user) if locale.language_code != settings.LANGUAGE_CODE]
    by_locale = {locale.pk: [] for locale in locales}
    listed = set()

    def add(locale_id, translation_key, item):
        if (locale_id, translation_key) not in listed:
            listed.add((locale_id, translation_key))
            by_locale[locale_id].append(item)

    for entry in _untranslated_pages(locales):
        add(*entry)

    snippet_translations = {}
    for translation in _localize_translations(locales):
        model = translation.source.specific_content_type.model_class()
        if model is None:
            continue
        if not issubclass(model, Page):
            snippet_translations.setdefault(model, []).append(translation)
        elif translation.target_page_id is not None:
            item = _out_of_date_page(translation, model, next_url)
            if item is not None:
                add(translation.target_locale_id, translation.source.object_id, item)

    for entry in _stale_page_translations(locales):
        add(*entry)

    for model in translatable_snippet_models():
        _add_snippets(model, locales, snippet_translations.get(model, []), add, next_url)

    queues = []
    for locale in locales:
        items = sorted(by_locale[locale.pk], key=lambda item: item.sort_key)
        queues.append(LanguageQueue(locale=locale, items=items))
    return queues


def _add_snippets(model, locales, translations, add, next_url):
    """Snippets of `model` missing, untranslated or out of date in each locale: one query."""
    source_language = settings.LANGUAGE_CODE
    versions = {}
    for snippet in (
        model.objects.filter(Q(locale__language_code=source_language) | Q(locale__in=locales))
        .select_related("locale")
        .annotate(untranslated=ExpressionWrapper(untranslated_snippets(), output_field=BooleanField()))
    ):
        versions[(snippet.translation_key, snippet.locale.language_code)] = snippet
    verbose_name = model._meta.verbose_name

    for translation in translations:
        source_snippet = versions.get((translation.source.object_id, translation.source.locale.language_code))
        target = versions.get((translation.source.object_id, translation.target_locale.language_code))
        if target is None or target.untranslated:
            continue
        changed = source_snippet is not None and _source_changed(translation.source, source_snippet)
        if changed or translation.missing_strings:
            add(
                translation.target_locale_id,
                translation.source.object_id,
                QueueItem(
                    status=OUT_OF_DATE,
                    title=str(target),
                    title_language=target.locale.language_code,
                    kind=verbose_name,
                    reason=_out_of_date_reason(changed, translation.missing_strings),
                    waiting_since=translation.source.last_updated_at,
                    action_url=_snippet_edit_url(target),
                    action_label=OPEN_EDITOR,
                    sync_url=_sync_url(translation, next_url),
                ),
            )

    for (translation_key, language_code), snippet in versions.items():
        if language_code != source_language:
            continue
        for locale in locales:
            target = versions.get((translation_key, locale.language_code))
            if target is None:
                url, label = _translate_snippet_url(snippet, locale), TRANSLATE
            elif target.untranslated:
                url, label = _snippet_edit_url(target), OPEN_EDITOR
            else:
                continue
            add(
                locale.pk,
                translation_key,
                QueueItem(
                    status=UNTRANSLATED,
                    title=str(snippet),
                    title_language=source_language,
                    kind=verbose_name,
                    reason=NOT_TRANSLATED_YET,
                    waiting_since=None,
                    action_url=url,
                    action_label=label,
                ),
            )
