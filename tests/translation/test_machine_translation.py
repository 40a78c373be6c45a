"""Machine translation comes from the environment; without it, wagtail-localize's editor offers none.
Facts (phones, emails, slugs) are never sent to a translator, machine or human."""

import importlib.util
import json
import os
import subprocess
import sys

import pytest
from django.conf import settings
from django.test import override_settings
from wagtail_localize.machine_translators.dummy import DummyTranslator
from wagtail_localize.models import StringTranslation
from wagtail_localize.operations import translate_object

from home.models import SiteFooter

from .conftest import DUMMY_TRANSLATOR, editor_props, locale, translation_of, version_in

SENT_TO_MACHINE = []
RECORDING_TRANSLATOR = {"CLASS": f"{__name__}.RecordingTranslator"}


class RecordingTranslator(DummyTranslator):
    """The dummy translator, remembering every string it was asked to translate."""

    def translate(self, source_locale, target_locale, strings):
        strings = list(strings)
        SENT_TO_MACHINE.extend(string.data for string in strings)
        return super().translate(source_locale, target_locale, strings)


@pytest.fixture
def english_translation(harvest_page, admin_user, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        translate_object(harvest_page, [locale("en")], user=admin_user)
    return translation_of(harvest_page, "en")


def machine_translate(client, translation, next_url):
    return client.post(f"/admin/localize/translate/{translation.pk}/machine_translate/", {"next": next_url})


def test_without_a_machine_translator_the_editor_has_no_button(translator_client, english_translation, harvest_page):
    english = version_in(harvest_page, "en")
    props = editor_props(translator_client.get(f"/admin/pages/{english.pk}/edit/"))
    assert props["machineTranslator"] is None
    response = machine_translate(translator_client, english_translation, "/admin/")
    # wagtail-localize answers 404, which LocaleMiddleware turns into a redirect to /ka/admin/... (also 404).
    assert response.status_code == 404 or response["Location"].startswith("/ka/admin/")
    assert not StringTranslation.objects.filter(locale=locale("en")).exists()


@override_settings(WAGTAILLOCALIZE_MACHINE_TRANSLATOR=DUMMY_TRANSLATOR)
def test_configured_machine_translator_shows_its_button(translator_client, english_translation, harvest_page):
    english = version_in(harvest_page, "en")
    props = editor_props(translator_client.get(f"/admin/pages/{english.pk}/edit/"))
    assert props["machineTranslator"]["name"] == "Dummy translator"
    assert props["machineTranslator"]["url"] == f"/admin/localize/translate/{english_translation.pk}/machine_translate/"


@override_settings(WAGTAILLOCALIZE_MACHINE_TRANSLATOR=DUMMY_TRANSLATOR)
def test_machine_translation_then_publishing_shows_the_machine_text(
    client, translator_client, english_translation, harvest_page, django_capture_on_commit_callbacks
):
    english = version_in(harvest_page, "en")
    edit_url = f"/admin/pages/{english.pk}/edit/"
    response = machine_translate(translator_client, english_translation, edit_url)
    assert response.status_code == 302 and response["Location"] == edit_url
    machine_made = StringTranslation.objects.filter(locale=locale("en"), translation_type="machine")
    assert machine_made.count() == 3

    with django_capture_on_commit_callbacks(execute=True):
        translator_client.post(edit_url, {"action": "publish"})
    html = client.get("/en/mosavlis-dghe/").content.decode()
    assert "<h1>ნიქოზში დღე მოსავლის</h1>" in html  # the dummy translator reverses the words
    assert 'hreflang="en"' in html


@override_settings(WAGTAILLOCALIZE_MACHINE_TRANSLATOR=RECORDING_TRANSLATOR)
def test_facts_are_never_sent_to_the_machine(translator_client, admin_user, harvest_page, english_translation):
    SENT_TO_MACHINE.clear()
    SiteFooter.objects.filter(locale__language_code="ru").delete()
    georgian = SiteFooter.objects.get(locale__language_code="ka")
    georgian.phone = "+995 370 27 00 00"
    georgian.save()
    translate_object(georgian, [locale("ru")], user=admin_user)
    machine_translate(translator_client, translation_of(georgian, "ru"), "/admin/")
    assert georgian.agency_name in SENT_TO_MACHINE
    machine_translate(translator_client, english_translation, "/admin/")
    assert harvest_page.title in SENT_TO_MACHINE
    assert not any("+995" in text or "info@agrofarm.ge" in text for text in SENT_TO_MACHINE)
    assert harvest_page.slug not in SENT_TO_MACHINE
    assert SiteFooter.objects.get(locale__language_code="ru").phone == georgian.phone


def _settings_in_a_fresh_process(**environment):
    env = {"PATH": os.environ["PATH"], "DJANGO_SETTINGS_MODULE": "portal.settings.test", **environment}
    code = (
        "import django, json; django.setup(); from django.conf import settings; "
        "print(json.dumps(getattr(settings, 'WAGTAILLOCALIZE_MACHINE_TRANSLATOR', None)))"
    )
    return subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True)


def test_no_machine_translator_unless_configured():
    result = _settings_in_a_fresh_process()
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) is None


def test_libretranslate_from_the_environment():
    result = _settings_in_a_fresh_process(
        MACHINE_TRANSLATOR="libretranslate",
        LIBRETRANSLATE_URL="https://translate.example.ge/",
        LIBRETRANSLATE_API_KEY="key-42",
    )
    config = json.loads(result.stdout)
    assert config["CLASS"] == "wagtail_localize.machine_translators.libretranslate.LibreTranslator"
    assert config["OPTIONS"]["LIBRETRANSLATE_URL"] == "https://translate.example.ge"
    assert config["OPTIONS"]["API_KEY"] == "key-42"


def test_google_from_the_environment():
    result = _settings_in_a_fresh_process(MACHINE_TRANSLATOR="google", GOOGLE_CLOUD_TRANSLATE_PROJECT_ID="agrofarm")
    config = json.loads(result.stdout)
    assert config["CLASS"] == "wagtail_localize.machine_translators.google.GoogleCloudTranslator"
    assert config["OPTIONS"] == {"PROJECT_ID": "agrofarm", "LOCATION": "global"}


@pytest.mark.parametrize(
    ("environment", "complaint"),
    [
        ({"MACHINE_TRANSLATOR": "google"}, "GOOGLE_CLOUD_TRANSLATE_PROJECT_ID"),
        ({"MACHINE_TRANSLATOR": "libretranslate"}, "LIBRETRANSLATE_URL"),
        ({"MACHINE_TRANSLATOR": "deepl"}, "MACHINE_TRANSLATOR must be google or libretranslate"),
    ],
)
def test_incomplete_machine_translation_settings_stop_the_start(environment, complaint):
    result = _settings_in_a_fresh_process(**environment)
    assert result.returncode != 0
    assert complaint in result.stderr


@pytest.mark.skipif(importlib.util.find_spec("google") is not None, reason="google-cloud-translate is installed")
def test_check_fails_when_the_google_client_is_not_installed():
    env = {
        "PATH": os.environ["PATH"],
        "DJANGO_SETTINGS_MODULE": "portal.settings.test",
        "MACHINE_TRANSLATOR": "google",
        "GOOGLE_CLOUD_TRANSLATE_PROJECT_ID": "agrofarm",
    }
    result = subprocess.run(
        [sys.executable, "manage.py", "check"], cwd=settings.BASE_DIR, env=env, capture_output=True, text=True
    )
    assert result.returncode != 0
    assert "editorial.E001" in result.stderr
