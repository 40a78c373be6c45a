"""A translator downloads a translation as a PO file, fills it in elsewhere, uploads it and publishes."""

import polib
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from wagtail.models import Page
from wagtail_localize.operations import translate_object

from home.models import StandardPage

from .conftest import locale, translation_of, version_in

ENGLISH = {
    "მოსავლის დღე ნიქოზში": "Harvest day in Nikozi",
    "ნიქოზის ფერმერები ვაშლის მოსავალს ზეიმობენ.": "Nikozi farmers celebrate the apple harvest.",
    "ბაზრობა შაბათს დილის ათ საათზე იწყება.": "The fair opens on Saturday at ten in the morning.",
}


@pytest.fixture
def started_translation(translator_client, harvest_page, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        translator_client.post(f"/admin/localize/submit/page/{harvest_page.pk}/", {"locales": [locale("en").pk]})
    return translation_of(harvest_page, "en")


def download(client, translation):
    response = client.get(f"/admin/localize/translate/{translation.pk}/pofile/download/")
    assert response.status_code == 200
    return response


def upload(client, translation, content, next_url):
    po_file = SimpleUploadedFile("harvest-day-en.po", content, content_type="text/x-gettext-translation")
    return client.post(
        f"/admin/localize/translate/{translation.pk}/pofile/upload/", {"file": po_file, "next": next_url}
    )


def test_po_file_holds_every_georgian_string_to_translate(translator_client, started_translation):
    response = download(translator_client, started_translation)
    assert response["Content-Type"] == "text/x-gettext-translation"
    assert response["Content-Disposition"].endswith("-en.po")
    po = polib.pofile(response.content.decode())
    assert {entry.msgid for entry in po} == set(ENGLISH)
    assert all(entry.msgstr == "" for entry in po)
    assert "mosavlis-dghe" not in {entry.msgid for entry in po}  # the slug is a fact, not text


def test_uploaded_po_file_is_published_as_the_english_page(
    client, translator_client, harvest_page, started_translation, django_capture_on_commit_callbacks
):
    po = polib.pofile(download(translator_client, started_translation).content.decode())
    for entry in po:
        entry.msgstr = ENGLISH[entry.msgid]
    edit_url = f"/admin/pages/{version_in(harvest_page, 'en').pk}/edit/"

    response = upload(translator_client, started_translation, str(po).encode(), edit_url)
    assert response.status_code == 302 and response["Location"] == edit_url
    with django_capture_on_commit_callbacks(execute=True):
        assert translator_client.post(edit_url, {"action": "publish"}).status_code == 302

    html = client.get("/en/mosavlis-dghe/").content.decode()
    assert "<h1>Harvest day in Nikozi</h1>" in html
    assert "Nikozi farmers celebrate the apple harvest." in html
    assert "The fair opens on Saturday at ten in the morning." in html
    assert 'hreflang="en"' in html and 'lang="ka"' not in html.split("<main")[1]


def test_po_file_of_another_translation_is_refused(translator_client, harvest_page, started_translation, admin_user):
    po = polib.pofile(download(translator_client, started_translation).content.decode())
    for entry in po:
        entry.msgstr = ENGLISH[entry.msgid]
    po.metadata["X-WagtailLocalize-TranslationID"] = "00000000-0000-0000-0000-000000000000"
    upload(translator_client, started_translation, str(po).encode(), "/admin/")
    downloaded_again = polib.pofile(download(translator_client, started_translation).content.decode())
    assert all(entry.msgstr == "" for entry in downloaded_again)


def test_a_file_that_is_not_po_is_refused_without_an_error_page(translator_client, started_translation):
    response = upload(translator_client, started_translation, b"\xff\xfe not a po file", "/admin/")
    assert response.status_code == 302


def test_translator_cannot_download_a_translation_into_georgian(translator_client, admin_user):
    english_home = Page.objects.get(depth=2, locale__language_code="en")
    page = StandardPage(title="M4EG progress report", slug="m4eg-report", intro="What the plan achieved.")
    english_home.add_child(instance=page)
    page.save_revision().publish()
    translate_object(page, [locale("ka")], user=admin_user)
    translation = translation_of(page, "ka")
    response = translator_client.get(f"/admin/localize/translate/{translation.pk}/pofile/download/")
    assert response.status_code != 200
