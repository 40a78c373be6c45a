"""Editors write and publish, Moderators approve and publish, Translators translate into English and
Russian only: each can do what the job needs and nothing of the rest, including the translate and
copy actions Wagtail and wagtail-localize have had security advisories about."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.models import Page
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield
from wagtail_localize.models import TranslationSource
from wagtail_localize.operations import translate_object

from editorial.queue import translatable_snippet_models
from home.models import SiteFooter, StandardPage
from news.models import NewsIndexPage, NewsPage
from products.models import Category, FarmerPage, ProductPage

from .conftest import georgian_home, locale, publish, version_in


def denied(response):
    """Wagtail answers a forbidden admin action with 403, or by sending the user back to the dashboard."""
    return response.status_code == 403 or (response.status_code == 302 and response["Location"] == "/admin/")


def new_page_form(title, slug, publish_it=True):
    fields = {
        "title": title,
        "slug": slug,
        "intro": "შესავალი",
        "body": streamfield([]),
        "comments": inline_formset([]),
    }
    if publish_it:
        fields["action-publish"] = "publish"
    return nested_form_data(fields)


def submit_for_translation(client, page, *codes):
    return client.post(
        f"/admin/localize/submit/page/{page.pk}/",
        {"locales": [locale(code).pk for code in codes]},
    )


@pytest.fixture
def english_original(admin_user):
    """A page written first in English (the agency's M4EG report), not yet in Georgian."""
    english_home = Page.objects.get(depth=2, locale__language_code="en")
    page = StandardPage(title="M4EG progress report", slug="m4eg-report", intro="What the plan achieved this year.")
    english_home.add_child(instance=page)
    return publish(page)


def test_groups_exist_with_english_names():
    assert set(Group.objects.values_list("name", flat=True)) >= {"Editors", "Moderators", "Translators"}


# Editors


def test_editor_creates_and_publishes_a_georgian_page(editor_client):
    response = editor_client.post(
        f"/admin/pages/add/home/standardpage/{georgian_home().pk}/", new_page_form("ახალი გვერდი", "akhali-gverdi")
    )
    assert response.status_code == 302
    page = StandardPage.objects.get(slug="akhali-gverdi", locale__language_code="ka")
    assert page.live
    assert version_in(page, "en").alias_of_id == page.pk


def test_editor_copies_a_page_and_publishes_the_copy(editor_client, harvest_page):
    response = editor_client.post(
        f"/admin/pages/{harvest_page.pk}/copy/",
        {
            "new_title": "მოსავლის დღე ქარელში",
            "new_slug": "mosavlis-dghe-kareli",
            "new_parent_page": georgian_home().pk,
            "publish_copies": "on",
        },
    )
    assert response.status_code == 302
    copy = StandardPage.objects.get(slug="mosavlis-dghe-kareli", locale__language_code="ka")
    assert copy.live
    assert version_in(copy, "ru").alias_of_id == copy.pk


def test_editor_edits_the_georgian_footer(editor_client):
    footer = SiteFooter.objects.get(locale__language_code="ka")
    assert editor_client.get(f"/admin/snippets/home/sitefooter/edit/{footer.pk}/").status_code == 200


def test_editor_may_translate(editor_client, harvest_page):
    response = submit_for_translation(editor_client, harvest_page, "en")
    assert response.status_code == 302
    assert version_in(harvest_page, "en").alias_of_id is None


def test_editor_sees_the_translators_queue(editor_client):
    assert editor_client.get("/admin/translators-queue/").status_code == 200


# Moderators


def test_moderator_does_not_edit_the_agencys_own_pages(moderator_client, harvest_page):
    """Least privilege (issue 12): Moderators work in the farmers' directories and approve news; the agency's
    own pages are the Editors'."""
    data = new_page_form(harvest_page.title, harvest_page.slug)
    data["intro"] = "ბაზრობა კვირას გაიმართება."
    assert denied(moderator_client.post(f"/admin/pages/{harvest_page.pk}/edit/", data))
    harvest_page.refresh_from_db()
    assert harvest_page.intro == "ნიქოზის ფერმერები ვაშლის მოსავალს ზეიმობენ."


def test_moderator_does_not_translate(moderator_client, harvest_page):
    assert denied(submit_for_translation(moderator_client, harvest_page, "en"))
    assert version_in(harvest_page, "en").alias_of_id == harvest_page.pk
    assert denied(moderator_client.get("/admin/translators-queue/"))


def test_moderator_cannot_add_footers(moderator_client):
    assert denied(moderator_client.get("/admin/snippets/home/sitefooter/add/"))


# Translators


def test_translator_translates_a_georgian_page_into_english(translator_client, harvest_page):
    response = submit_for_translation(translator_client, harvest_page, "en")
    assert response.status_code == 302
    english = version_in(harvest_page, "en")
    assert english.alias_of_id is None
    assert response["Location"] == f"/admin/pages/{english.pk}/edit/"
    editor = translator_client.get(response["Location"])
    assert editor.status_code == 200
    assert b"js-translation-editor" in editor.content


def test_translator_publishes_the_english_translation(
    translator_client, harvest_page, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        submit_for_translation(translator_client, harvest_page, "en")
    english = version_in(harvest_page, "en")
    with django_capture_on_commit_callbacks(execute=True):
        response = translator_client.post(f"/admin/pages/{english.pk}/edit/", {"action": "publish"})
    assert response.status_code == 302
    english.refresh_from_db()
    assert english.live and english.live_revision.user.username == "translators"


def test_translator_cannot_edit_or_publish_a_georgian_page(translator_client, harvest_page):
    assert denied(translator_client.get(f"/admin/pages/{harvest_page.pk}/edit/"))
    response = translator_client.post(
        f"/admin/pages/{harvest_page.pk}/edit/",
        new_page_form("გადაწერილი სათაური", "mosavlis-dghe"),
    )
    assert denied(response)
    harvest_page.refresh_from_db()
    assert harvest_page.title == "მოსავლის დღე ნიქოზში"


def test_translator_cannot_unpublish_a_georgian_page(translator_client, harvest_page):
    assert denied(translator_client.post(f"/admin/pages/{harvest_page.pk}/unpublish/"))
    harvest_page.refresh_from_db()
    assert harvest_page.live


def test_translator_cannot_create_pages(translator_client):
    english_home = Page.objects.get(depth=2, locale__language_code="en")
    for parent in (georgian_home(), english_home):
        response = translator_client.post(
            f"/admin/pages/add/home/standardpage/{parent.pk}/", new_page_form("Spam", "spam")
        )
        assert denied(response)
    assert not Page.objects.filter(slug="spam").exists()


def test_translator_cannot_copy_pages(translator_client, harvest_page):
    english_home = Page.objects.get(depth=2, locale__language_code="en")
    for parent in (georgian_home(), english_home):
        response = translator_client.post(
            f"/admin/pages/{harvest_page.pk}/copy/",
            {"new_title": "Copy", "new_slug": "copy", "new_parent_page": parent.pk, "publish_copies": "on"},
        )
        assert denied(response)
    assert not Page.objects.filter(slug="copy").exists()


def test_translator_is_offered_only_english_and_russian(translator_client, english_original):
    html = translator_client.get(f"/admin/localize/submit/page/{english_original.pk}/").content.decode()
    assert f'value="{locale("ru").pk}"' in html
    assert f'value="{locale("ka").pk}"' not in html


def test_translator_cannot_create_a_georgian_page_by_translating(translator_client, english_original):
    response = submit_for_translation(translator_client, english_original, "ka")
    assert response.status_code == 200  # the form again, with an error
    assert version_in(english_original, "ka").alias_of_id == english_original.pk  # still the untranslated copy


def test_superuser_may_translate_into_georgian(admin_client, english_original, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        assert submit_for_translation(admin_client, english_original, "ka").status_code == 302
    georgian = version_in(english_original, "ka")
    assert georgian.live and georgian.alias_of_id is None


def test_translator_cannot_copy_an_unpublished_page_into_english(translator_client):
    draft = StandardPage(title="შიდა შენიშვნა", slug="shida-shenishvna", intro="არ გამოქვეყნდეს.", live=False)
    georgian_home().add_child(instance=draft)
    draft.save_revision()
    assert denied(submit_for_translation(translator_client, draft, "en"))
    assert not Page.objects.filter(translation_key=draft.translation_key, locale__language_code="en").exists()


def test_translator_cannot_sync_translations_into_georgian(translator_client, english_original, admin_user):
    translate_object(english_original, [locale("ka")], user=admin_user)
    source = TranslationSource.objects.get(object_id=english_original.translation_key)
    response = translator_client.post(f"/admin/localize/update/{source.pk}/", {"publish_translations": "on"})
    assert denied(response)


def test_translator_syncs_english_translations_of_a_georgian_page(translator_client, harvest_page, admin_user):
    translate_object(harvest_page, [locale("en")], user=admin_user)
    source = TranslationSource.objects.get(object_id=harvest_page.translation_key)
    response = translator_client.post(f"/admin/localize/update/{source.pk}/", {"publish_translations": "on"})
    assert response.status_code == 302


def test_translator_cannot_edit_the_georgian_footer_but_can_the_english_one(translator_client):
    georgian = SiteFooter.objects.get(locale__language_code="ka")
    english = SiteFooter.objects.get(locale__language_code="en")
    assert denied(translator_client.get(f"/admin/snippets/home/sitefooter/edit/{georgian.pk}/"))
    assert denied(translator_client.post(f"/admin/snippets/home/sitefooter/edit/{georgian.pk}/", {"agency_name": "X"}))
    georgian.refresh_from_db()
    assert georgian.agency_name != "X"
    assert translator_client.get(f"/admin/snippets/home/sitefooter/edit/{english.pk}/").status_code == 200


def test_translator_cannot_add_or_delete_footers(translator_client):
    english = SiteFooter.objects.get(locale__language_code="en")
    assert denied(translator_client.get("/admin/snippets/home/sitefooter/add/"))
    assert denied(translator_client.post(f"/admin/snippets/home/sitefooter/delete/{english.pk}/"))
    assert SiteFooter.objects.filter(pk=english.pk).exists()


def test_translator_translates_the_footer_into_russian_not_georgian(translator_client):
    SiteFooter.objects.filter(locale__language_code="ru").delete()
    georgian = SiteFooter.objects.get(locale__language_code="ka")
    url = f"/admin/localize/submit/snippet/home/sitefooter/{georgian.pk}/"
    response = translator_client.post(url, {"locales": [locale("ru").pk]})
    assert response.status_code == 302
    assert SiteFooter.objects.filter(locale__language_code="ru", translation_key=georgian.translation_key).exists()


def test_new_language_tree_opens_to_translators_only(translator, editor):
    english_home = Page.objects.get(depth=2, locale__language_code="en")
    assert english_home.permissions_for_user(translator).can_publish()
    assert not georgian_home().permissions_for_user(translator).can_edit()
    assert not english_home.permissions_for_user(translator).can_add_subpage()
    assert english_home.permissions_for_user(editor).can_publish()


def test_a_person_outside_the_groups_has_no_admin(client, django_user_model):
    outsider = django_user_model.objects.create_user(username="outsider", password="x-secret-42")
    client.force_login(outsider)
    assert client.get("/admin/").status_code == 302
    assert client.get("/admin/translators-queue/").status_code == 302


@pytest.mark.parametrize("model", translatable_snippet_models(), ids=lambda model: model._meta.label)
def test_every_translatable_snippet_is_written_by_editors_and_translated_by_translators(model, editor, translator):
    add, change = (f"{model._meta.app_label}.{action}_{model._meta.model_name}" for action in ("add", "change"))
    assert editor.has_perm(add) and editor.has_perm(change)
    assert translator.has_perm(change) and not translator.has_perm(add)


def test_translator_edits_the_english_category_but_not_the_georgian_one(translator_client):
    georgian = Category.objects.filter(locale__language_code="ka").first()
    english = georgian.get_translation(locale("en"))
    assert denied(translator_client.get(f"/admin/snippets/products/category/edit/{georgian.pk}/"))
    assert translator_client.get(f"/admin/snippets/products/category/edit/{english.pk}/").status_code == 200


# Moderation: the workflows' tasks belong to Moderators


@pytest.fixture
def news_post_in_review(editor):
    index = NewsIndexPage.objects.filter(locale__language_code="ka").first()
    post = NewsPage(title="ფერმერთა შეხვედრა ქარელში", slug="fermerta-shekhvedra", intro="შეხვედრა.", live=False)
    index.add_child(instance=post)
    post.save_revision(user=editor)
    post.get_workflow().start(post, editor)
    return post


@pytest.fixture
def listing_in_review(editor):
    farmer = FarmerPage.objects.filter(locale__language_code="ka").first()
    product = ProductPage(
        title="ნიგოზი",
        slug="nigozi-akhali",
        description="<p>ახალი მოსავალი.</p>",
        category=Category.objects.filter(locale__language_code="ka").first(),
        live=False,
    )
    farmer.add_child(instance=product)
    product.save_revision(user=editor)
    product.get_workflow().start(product, editor)
    return product


def approve(client, page, on_commit):
    url = reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "approve", page.current_workflow_task_state.pk])
    with on_commit(execute=True):
        return client.post(url)


@pytest.mark.parametrize("in_review", ["news_post_in_review", "listing_in_review"])
def test_moderator_approves_and_the_page_appears_in_every_language(
    request, in_review, client, moderator_client, django_capture_on_commit_callbacks
):
    page = request.getfixturevalue(in_review)
    response = approve(moderator_client, page, django_capture_on_commit_callbacks)
    assert response.status_code in (200, 302)
    page.refresh_from_db()
    assert page.live
    for code in ("en", "ru"):
        assert client.get(page.url.replace("/ka/", f"/{code}/", 1)).status_code == 200


@pytest.mark.parametrize("in_review", ["news_post_in_review", "listing_in_review"])
@pytest.mark.parametrize("user_client", ["translator_client", "editor_client"])
def test_only_moderators_approve(request, in_review, user_client, django_capture_on_commit_callbacks):
    page = request.getfixturevalue(in_review)
    response = approve(request.getfixturevalue(user_client), page, django_capture_on_commit_callbacks)
    assert denied(response)
    page.refresh_from_db()
    assert not page.live
    assert page.current_workflow_state.status == "in_progress"
