"""The translators' queue lists, per language, what is untranslated or out of date, oldest first, with
a link straight into wagtail-localize; the dashboard shows the counts."""

import re
from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from django.utils.translation import override
from wagtail.models import Page
from wagtail_localize.models import TranslationSource
from wagtail_localize.operations import translate_object

from editorial.queue import OUT_OF_DATE, UNTRANSLATED, build_queue
from home.models import SiteFooter, StandardPage
from products.models import Village

from .conftest import locale, publish, publish_georgian_page, translate_every_string, translation_of, version_in


def items_in(user, code):
    queue = next(queue for queue in build_queue(user) if queue.locale.language_code == code)
    return queue.items


def item_titled(user, code, title):
    return next((item for item in items_in(user, code) if item.title == title), None)


def translate_into_english(page, user, on_commit):
    with on_commit(execute=True):
        translate_object(page, [locale("en")], user=user)
    translation = translation_of(page, "en")
    translate_every_string(translation, lambda text: f"EN {text}")
    with on_commit(execute=True):
        translation.save_target(user=user, publish=True)
    return translation


def test_queue_has_a_section_per_translation_language(translator, editor):
    for user in (translator, editor):
        assert [queue.locale.language_code for queue in build_queue(user)] == ["en", "ru"]


def test_new_page_waits_in_english_and_russian_with_a_translate_link(translator, harvest_page):
    for code in ("en", "ru"):
        item = item_titled(translator, code, "მოსავლის დღე ნიქოზში")
        assert item.status == UNTRANSLATED
        assert item.title_language == "ka"
        assert item.action_url == f"/admin/localize/submit/page/{harvest_page.pk}/?select_locale={code}"


def test_queue_page_links_straight_to_the_translate_action(translator_client, harvest_page):
    html = translator_client.get("/admin/translators-queue/").content.decode()
    assert f'href="/admin/localize/submit/page/{harvest_page.pk}/?select_locale=en"' in html
    assert '<a href="/admin/localize/submit/page/' in html and 'lang="ka">მოსავლის დღე ნიქოზში</a>' in html


def test_translate_link_preselects_the_language(translator_client, harvest_page):
    html = translator_client.get(f"/admin/localize/submit/page/{harvest_page.pk}/?select_locale=ru").content.decode()
    assert re.search(rf'name="locales" value="{locale("ru").pk}"[^>]* checked>', html)
    assert not re.search(rf'name="locales" value="{locale("en").pk}"[^>]* checked>', html)


def test_oldest_waiting_comes_first(translator):
    newer = publish_georgian_page("akhali", "ახალი ამბავი", "ახალი.")
    older = publish_georgian_page("dzveli", "ძველი ამბავი", "ძველი.")
    Page.objects.filter(pk=older.pk).update(first_published_at=timezone.now() - timedelta(days=30))
    titles = [item.title for item in items_in(translator, "en")]
    assert titles.index("ძველი ამბავი") < titles.index("ახალი ამბავი")
    assert newer  # published now, waits less


def test_translation_in_progress_links_into_the_editor(translator, harvest_page, admin_user):
    translate_object(harvest_page, [locale("en")], user=admin_user)
    item = item_titled(translator, "en", "მოსავლის დღე ნიქოზში")
    assert item.status == UNTRANSLATED
    assert item.action_url == f"/admin/pages/{version_in(harvest_page, 'en').pk}/edit/"


def test_published_translation_leaves_the_english_queue_only(
    translator, harvest_page, admin_user, django_capture_on_commit_callbacks
):
    translate_into_english(harvest_page, admin_user, django_capture_on_commit_callbacks)
    assert item_titled(translator, "en", "მოსავლის დღე ნიქოზში") is None
    assert item_titled(translator, "ru", "მოსავლის დღე ნიქოზში").status == UNTRANSLATED


def test_changed_original_brings_the_translation_back_until_synced_and_translated(
    translator, harvest_page, admin_user, django_capture_on_commit_callbacks
):
    translation = translate_into_english(harvest_page, admin_user, django_capture_on_commit_callbacks)
    harvest_page.intro = "ბაზრობა კვირას გაიმართება."
    publish(harvest_page)

    item = item_titled(translator, "en", "მოსავლის დღე ნიქოზში")
    assert item.status == OUT_OF_DATE
    assert item.action_url == f"/admin/pages/{version_in(harvest_page, 'en').pk}/edit/"
    assert item.sync_url.startswith(f"/admin/localize/update/{translation.source_id}/")

    translation.source.update_from_db()
    with override("en"):
        item = item_titled(translator, "en", "მოსავლის დღე ნიქოზში")
    assert item.status == OUT_OF_DATE
    assert item.reason == "1 string not translated yet"

    translate_every_string(translation, lambda text: f"EN {text}")
    assert item_titled(translator, "en", "მოსავლის დღე ნიქოზში") is None


def test_translation_made_by_hand_is_out_of_date_when_the_original_changes(translator):
    about = Page.objects.get(locale__language_code="ka", slug="chvens-shesakheb").specific
    about.intro = "Agrofarm — გორის ფერმერების ბაზარი."
    publish(about)
    for code in ("en", "ru"):
        item = item_titled(translator, code, version_in(about, code).title)
        assert item.status == OUT_OF_DATE
        assert item.action_url == f"/admin/pages/{version_in(about, code).pk}/edit/"


def test_footer_missing_in_russian_waits_with_a_translate_link(translator):
    SiteFooter.objects.filter(locale__language_code="ru").delete()
    georgian = SiteFooter.objects.get(locale__language_code="ka")
    item = item_titled(translator, "ru", str(georgian))
    assert item.status == UNTRANSLATED
    assert item.action_url == f"/admin/localize/submit/snippet/home/sitefooter/{georgian.pk}/?select_locale=ru"
    assert item_titled(translator, "en", str(georgian)) is None


def test_footer_whose_original_changed_is_out_of_date(translator, admin_user):
    SiteFooter.objects.filter(locale__language_code="ru").delete()
    georgian = SiteFooter.objects.get(locale__language_code="ka")
    translate_object(georgian, [locale("ru")], user=admin_user)
    translation = translation_of(georgian, "ru")
    translate_every_string(translation, lambda text: f"RU {text}")
    translation.save_target(user=admin_user)
    russian = SiteFooter.objects.get(locale__language_code="ru")
    assert item_titled(translator, "ru", str(russian)) is None

    georgian.address = "გორი, სტალინის გამზირი 14"
    georgian.save()
    item = item_titled(translator, "ru", str(russian))
    assert item.status == OUT_OF_DATE
    assert item.action_url == f"/admin/snippets/home/sitefooter/edit/{russian.pk}/"


def add_waiting_work(number, user, on_commit):
    """`number` items of each kind: new pages, changed originals of hand-made and of wagtail-localize
    translations, snippets missing in Russian."""
    for position in range(number):
        publish_georgian_page(f"akhali-{number}-{position}", f"ახალი გვერდი {position}", "ტექსტი.")
        translated = publish_georgian_page(f"targmnili-{number}-{position}", f"ნათარგმნი {position}", "ტექსტი.")
        translate_into_english(translated, user, on_commit)
        translated.intro = "შეცვლილი ტექსტი."
        publish(translated)
    for page in StandardPage.objects.filter(locale__language_code="ka", alias_of__isnull=True)[:number]:
        publish(page)
    Village.objects.filter(
        locale__language_code="ru",
        translation_key__in=Village.objects.filter(locale__language_code="ka").values("translation_key")[:number],
    ).delete()


def test_queue_costs_the_same_queries_with_more_content(translator, admin_user, django_capture_on_commit_callbacks):
    add_waiting_work(1, admin_user, django_capture_on_commit_callbacks)
    build_queue(translator)  # warm the content-type cache
    with CaptureQueriesContext(connection) as few:
        small = build_queue(translator)

    add_waiting_work(3, admin_user, django_capture_on_commit_callbacks)
    with CaptureQueriesContext(connection) as many:
        large = build_queue(translator)

    count = {queue.locale.language_code: len(queue.items) for queue in large}
    assert count["en"] > len(small[0].items) and count["ru"] > len(small[1].items)
    assert {item.status for queue in large for item in queue.items} == {UNTRANSLATED, OUT_OF_DATE}
    assert len(many) == len(few), [query["sql"][:120] for query in many.captured_queries]


def test_dashboard_shows_the_counts_to_translators(translator_client, harvest_page):
    html = translator_client.get("/admin/").content.decode()
    assert 'id="translators-queue-section"' in html
    assert 'href="/admin/translators-queue/#queue-en"' in html
    assert 'href="/admin/translators-queue/#queue-ru"' in html


def test_menu_leads_translators_and_editors_to_the_queue(translator_client, editor_client, moderator_client):
    assert "/admin/translators-queue/" in translator_client.get("/admin/").content.decode()
    assert "/admin/translators-queue/" in editor_client.get("/admin/").content.decode()
    assert "/admin/translators-queue/" not in moderator_client.get("/admin/").content.decode()


@pytest.mark.parametrize("code", ["en", "ru"])
def test_queue_page_shows_counts_per_language(translator_client, harvest_page, code):
    response = translator_client.get("/admin/translators-queue/")
    assert response.status_code == 200
    assert f'id="queue-{code}"' in response.content.decode()


def test_sync_link_returns_to_the_queue(
    translator_client, harvest_page, admin_user, django_capture_on_commit_callbacks
):
    translate_into_english(harvest_page, admin_user, django_capture_on_commit_callbacks)
    harvest_page.intro = "ბაზრობა კვირას გაიმართება."
    publish(harvest_page)
    source = TranslationSource.objects.get(object_id=harvest_page.translation_key)
    html = translator_client.get("/admin/translators-queue/").content.decode()
    assert f"/admin/localize/update/{source.pk}/?next=%2Fadmin%2Ftranslators-queue%2F" in html
