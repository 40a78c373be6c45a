"""One definition of "untranslated": a translation started but not yet translated reads as Georgian everywhere."""

import re
from html import escape

import pytest
from wagtail.models import Locale
from wagtail_localize.operations import translate_object

from products.models import ProductPage


@pytest.fixture
def started_translation(admin_user, django_capture_on_commit_callbacks):
    """An untranslated demo product after "Translate this page" into English, before any string is translated."""
    source = ProductPage.objects.filter(locale__language_code="en", alias_of__isnull=False).first().alias_of.specific
    with django_capture_on_commit_callbacks(execute=True):
        translate_object(source, [Locale.objects.get(language_code="en")], user=admin_user)
    english = ProductPage.objects.get(translation_key=source.translation_key, locale__language_code="en")
    assert english.alias_of_id is None and english.title == source.title
    return english


def test_its_catalogue_card_marks_the_georgian_title(client, started_translation):
    html = client.get("/en/produktebi/", {"category": started_translation.category.slug}).content.decode()
    card = re.search(r'<h3( lang="\w+")?><a href="[^"]+">' + re.escape(escape(started_translation.title)), html)
    assert card is not None
    assert card.group(1) == ' lang="ka"'


def test_its_page_shows_the_note_and_marks_the_text_georgian(client, started_translation):
    html = client.get(started_translation.get_url()).content.decode()
    assert "Not translated yet" in html
    assert '<div lang="ka">' in html
    assert '<link rel="alternate" hreflang' not in html
