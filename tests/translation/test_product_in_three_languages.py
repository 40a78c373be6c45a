"""The issue's journey: a product published in Georgian is at once at /en/ and /ru/ (Georgian text
marked as such, facts in the visitor's language); a translator translates it in wagtail-localize's
editor (or through a PO file) and publishes; English text and hreflang appear; the queue lets go."""

from decimal import Decimal

import polib
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from wagtail_localize.models import StringSegment

from editorial.queue import build_queue
from products.models import Category, FarmerPage, ProductPage
from products.units import Unit

from .conftest import locale, publish, translation_of, version_in

TITLE = "ტყემალი"
DESCRIPTION = "სახლში მომზადებული მწვანე ტყემალი, ნიქოზის ქლიავისგან."
ENGLISH = {TITLE: "Tkemali plum sauce", DESCRIPTION: "Homemade green tkemali from Nikozi plums."}
RUSSIAN = {TITLE: "Ткемали", DESCRIPTION: "Домашний зелёный ткемали из никозских слив."}


@pytest.fixture
def tkemali():
    farmer = FarmerPage.objects.filter(locale__language_code="ka").first()
    product = ProductPage(
        title=TITLE,
        slug="tkemali",
        description=f"<p>{DESCRIPTION}</p>",
        category=Category.objects.get(locale__language_code="ka", slug="khili"),
        price=Decimal("8.00"),
        unit=Unit.LITRE,
        live=False,
    )
    farmer.add_child(instance=product)
    return publish(product)


def head(html):
    return html.split("</head>")[0]


def product_url(product, code):
    return product.url.replace("/ka/", f"/{code}/", 1)


@pytest.mark.parametrize("code", ["en", "ru"])
def test_new_product_is_at_once_at_its_english_and_russian_address(client, tkemali, code):
    response = client.get(product_url(tkemali, code))
    html = response.content.decode()
    assert response.status_code == 200
    assert '<h1 lang="ka">ტყემალი</h1>' in html
    assert "სახლში მომზადებული მწვანე ტყემალი" in html
    assert "notice--original" in html
    assert f'<link rel="canonical" href="http://testserver{tkemali.url}">' in html
    assert "hreflang" not in head(html)


def test_untranslated_product_shows_its_facts_in_english(client, tkemali):
    html = client.get(product_url(tkemali, "en")).content.decode()
    assert "<dt>Category</dt>" in html and "Fruit" in html
    assert "litre" in html
    assert "8.00" in html


def test_editing_the_georgian_product_updates_the_untranslated_copies(client, tkemali):
    tkemali.description = "<p>ტყემალი ამოიწურა, ახალი პარტია აგვისტოში.</p>"
    tkemali.price = Decimal("9.50")
    publish(tkemali)
    for code in ("en", "ru"):
        html = client.get(product_url(tkemali, code)).content.decode()
        assert "ახალი პარტია აგვისტოში" in html
        assert "9.50" in html


def test_translator_translates_the_product_in_the_editor_and_publishes(
    client, translator, translator_client, tkemali, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = translator_client.post(
            f"/admin/localize/submit/page/{tkemali.pk}/", {"locales": [locale("en").pk]}
        )
    editor_url = response["Location"]
    assert editor_url == f"/admin/pages/{version_in(tkemali, 'en').pk}/edit/"

    translation = translation_of(tkemali, "en")
    for segment in StringSegment.objects.filter(source=translation.source).select_related("string"):
        # What the editor's "Save" does for each string the translator types.
        saved = translator_client.put(
            f"/admin/localize/translate/{translation.pk}/strings/{segment.pk}/edit/",
            f"value={ENGLISH[segment.string.data]}",
            content_type="application/x-www-form-urlencoded",
        )
        assert saved.status_code in (200, 201)
    with django_capture_on_commit_callbacks(execute=True):
        assert translator_client.post(editor_url, {"action": "publish"}).status_code == 302

    html = client.get(product_url(tkemali, "en")).content.decode()
    assert "<h1>Tkemali plum sauce</h1>" in html
    assert "Homemade green tkemali from Nikozi plums." in html
    assert "notice--original" not in html
    assert f'hreflang="ka" href="http://testserver{tkemali.url}"' in head(html)
    assert 'hreflang="en"' in head(html)
    assert "8.00" in html  # the price came along, untouched

    waiting = {code: [item.title for item in queue.items] for code, queue in _queues(translator).items()}
    assert TITLE not in waiting["en"]
    assert TITLE in waiting["ru"]


def test_translator_translates_the_product_through_a_po_file(
    client, translator_client, tkemali, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        translator_client.post(f"/admin/localize/submit/page/{tkemali.pk}/", {"locales": [locale("ru").pk]})
    translation = translation_of(tkemali, "ru")
    download = translator_client.get(f"/admin/localize/translate/{translation.pk}/pofile/download/")
    po = polib.pofile(download.content.decode())
    assert {entry.msgid for entry in po} == set(ENGLISH)  # no slug, price or unit: facts are not text
    for entry in po:
        entry.msgstr = RUSSIAN[entry.msgid]
    editor_url = f"/admin/pages/{version_in(tkemali, 'ru').pk}/edit/"
    po_file = SimpleUploadedFile("tkemali-ru.po", str(po).encode(), content_type="text/x-gettext-translation")
    translator_client.post(
        f"/admin/localize/translate/{translation.pk}/pofile/upload/", {"file": po_file, "next": editor_url}
    )
    with django_capture_on_commit_callbacks(execute=True):
        translator_client.post(editor_url, {"action": "publish"})

    html = client.get(product_url(tkemali, "ru")).content.decode()
    assert "<h1>Ткемали</h1>" in html
    assert "Домашний зелёный ткемали из никозских слив." in html
    assert 'hreflang="ru"' in head(html)


def _queues(user):
    return {queue.locale.language_code: queue for queue in build_queue(user)}
