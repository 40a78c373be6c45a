"""Every page type and translatable snippet, filled with every block type (images and nested structs
included), goes through wagtail-localize: its segments are extracted, machine-translated and published.
wagtail-localize has crashed on images nested in blocks; this shows it for each of our models. And only
prose goes to translators: facts (slugs, phones, emails, prices, dates, choices) are synchronised."""

import pytest
from django.db import models
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page, get_page_models
from wagtail_localize.machine_translators.dummy import DummyTranslator
from wagtail_localize.models import StringSegment, TranslationSource
from wagtail_localize.operations import translate_object
from wagtail_localize.strings import StringValue
from wagtail_localize.views.edit_translation import apply_machine_translation

from editorial.queue import translatable_snippet_models

from .conftest import locale, publish, translation_of, version_in
from .sample_content import fill_every_field, sample_text, some_instance_of

PAGE_MODELS = [model for model in get_page_models() if model is not Page]
FACT_NAMES = ("slug", "phone", "email", "price", "quantity", "date", "url")


def label(model):
    return model._meta.label


def georgian_page_of(model):
    """A Georgian page of this type: from the demo content, else made under a page that may hold it."""
    existing = model.objects.filter(locale__language_code="ka").first()
    if existing is not None:
        return existing
    for parent_model in model.allowed_parent_page_models():
        parent = parent_model.objects.filter(locale__language_code="ka").first()
        if parent is not None and model.can_create_at(parent):
            page = fill_every_field(model(title=sample_text(), slug=f"nimushi-{model._meta.model_name}", live=False))
            parent.add_child(instance=page)
            return page
    pytest.fail(f"no place in the demo site for a {label(model)}")


def extracted_segments(instance):
    source, _created = TranslationSource.update_or_create_from_instance(instance)
    return source, list(StringSegment.objects.filter(source=source).select_related("context", "string"))


def field_behind(model, path):
    """The model field a segment's context path starts from (following child relations)."""
    name, *rest = path.split(".")
    field = model._meta.get_field(name)
    if isinstance(field, models.ManyToOneRel) and rest:
        return field_behind(field.related_model, ".".join(rest[1:]))
    return field


def assert_only_prose(model, segments):
    for segment in segments:
        field = field_behind(model, segment.context.path)
        where = f"{label(model)}.{field.name}"
        assert isinstance(field, StreamField | RichTextField | models.TextField | models.CharField), where
        assert not isinstance(field, models.SlugField | models.EmailField | models.URLField), where
        assert not getattr(field, "choices", None), where
        assert not any(fact in field.name for fact in FACT_NAMES), f"{where} is a fact: make it a SynchronizedField"


def machine_translate_and_publish(instance, user, on_commit):
    with on_commit(execute=True):
        translate_object(instance, [locale("en")], user=user)
    translation = translation_of(instance, "en")
    apply_machine_translation(translation.pk, user, DummyTranslator({}))
    with on_commit(execute=True):
        translation.save_target(user=user, publish=True)
    return translation


def filled_georgian_page(model, on_commit):
    page = fill_every_field(georgian_page_of(model).specific)
    with on_commit(execute=True):
        publish(page)
    return page


def filled_georgian_snippet(model):
    snippet = fill_every_field(some_instance_of(model))
    snippet.save()
    return snippet


@pytest.mark.parametrize("model", PAGE_MODELS, ids=label)
def test_every_page_type_with_every_block_is_translated_and_published(
    model, client, admin_user, django_capture_on_commit_callbacks
):
    page = filled_georgian_page(model, django_capture_on_commit_callbacks)
    _source, segments = extracted_segments(page)
    assert segments, f"nothing to translate in {label(model)}"

    machine_translate_and_publish(page, admin_user, django_capture_on_commit_callbacks)
    english = version_in(page, "en")
    assert english.live and english.alias_of_id is None
    response = client.get(english.url)
    assert response.status_code == 200
    assert dummy_translation_of(page.title) in response.content.decode()


@pytest.mark.parametrize("model", PAGE_MODELS, ids=label)
def test_page_type_sends_only_prose_to_translators(model, django_capture_on_commit_callbacks):
    page = filled_georgian_page(model, django_capture_on_commit_callbacks)
    _source, segments = extracted_segments(page)
    assert_only_prose(model, segments)


@pytest.mark.parametrize("model", translatable_snippet_models(), ids=label)
def test_every_translatable_snippet_is_translated(model, admin_user, django_capture_on_commit_callbacks):
    snippet = filled_georgian_snippet(model)
    _source, segments = extracted_segments(snippet)
    assert segments, f"nothing to translate in {label(model)}"

    machine_translate_and_publish(snippet, admin_user, django_capture_on_commit_callbacks)
    english = model.objects.get(translation_key=snippet.translation_key, locale__language_code="en")
    stored = " ".join(str(value) for value in english.__dict__.values())
    assert any(dummy_translation_of(segment.string.data) in stored for segment in segments)


@pytest.mark.parametrize("model", translatable_snippet_models(), ids=label)
def test_snippet_sends_only_prose_to_translators(model):
    _source, segments = extracted_segments(filled_georgian_snippet(model))
    assert_only_prose(model, segments)


def dummy_translation_of(text):
    """What wagtail-localize's dummy machine translator makes of `text` (its words reversed)."""
    translated = DummyTranslator({}).translate(locale("ka"), locale("en"), [StringValue(text)])
    return next(iter(translated.values())).data
