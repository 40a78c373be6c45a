"""People of the agency (one per group), a page published in Georgian from code, admin helpers."""

import json
from html import unescape

import pytest
from django.contrib.auth.models import Group
from django.core.cache import cache
from django.test import Client
from wagtail.models import Locale, Page, Site
from wagtail_localize.models import StringSegment, StringTranslation, Translation

from home.models import StandardPage

DUMMY_TRANSLATOR = {"CLASS": "wagtail_localize.machine_translators.dummy.DummyTranslator"}


@pytest.fixture(autouse=True)
def _forget_cached_site_paths():
    """The database is rolled back after each test, the cache is not: a cached site root path would outlive it."""
    yield
    cache.clear()


def _member_of(django_user_model, group_name):
    user = django_user_model.objects.create_user(
        username=group_name.lower(), email=f"{group_name.lower()}@agrofarm.ge", password="x-secret-42"
    )
    if group_name != "nobody":
        user.groups.add(Group.objects.get(name=group_name))
    return user


@pytest.fixture
def editor(django_user_model):
    return _member_of(django_user_model, "Editors")


@pytest.fixture
def moderator(django_user_model):
    return _member_of(django_user_model, "Moderators")


@pytest.fixture
def translator(django_user_model):
    return _member_of(django_user_model, "Translators")


def client_for(user):
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def editor_client(editor):
    return client_for(editor)


@pytest.fixture
def moderator_client(moderator):
    return client_for(moderator)


@pytest.fixture
def translator_client(translator):
    return client_for(translator)


def locale(code):
    return Locale.objects.get(language_code=code)


def georgian_home():
    return Site.objects.get(is_default_site=True).root_page.specific


def publish(page):
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def publish_georgian_page(slug, title, intro, body=None, parent=None):
    """A StandardPage created and published in code, as the listing form and loaders do."""
    page = StandardPage(title=title, slug=slug, intro=intro, body=body or [])
    (parent or georgian_home()).add_child(instance=page)
    return publish(page)


@pytest.fixture
def harvest_page():
    return publish_georgian_page(
        "mosavlis-dghe",
        "მოსავლის დღე ნიქოზში",
        "ნიქოზის ფერმერები ვაშლის მოსავალს ზეიმობენ.",
        body=[("paragraph", "<p>ბაზრობა შაბათს დილის ათ საათზე იწყება.</p>")],
    )


def version_in(page, code):
    return Page.objects.get(translation_key=page.translation_key, locale__language_code=code).specific


def editor_props(response):
    """The props wagtail-localize's translation editor is rendered with."""
    html = response.content.decode()
    marker = 'data-props="'
    start = html.index(marker) + len(marker)
    return json.loads(unescape(html[start : html.index('"', start)]))


def translation_of(page, code):
    return Translation.objects.get(source__object_id=page.translation_key, target_locale__language_code=code)


def translate_every_string(translation, translate, user=None):
    """Save a translation for every string segment, as a translator typing in the editor would."""
    for segment in StringSegment.objects.filter(source=translation.source).select_related("string", "context"):
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale=translation.target_locale,
            context=segment.context,
            defaults={"data": translate(segment.string.data), "translation_type": "manual", "last_translated_by": user},
        )
