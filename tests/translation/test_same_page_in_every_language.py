"""A page published in one language exists at once in the other two, marked as untranslated."""

import re

import pytest
from wagtail.models import Page
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield
from wagtail_localize.operations import translate_object

from home.models import SiteFooter, StandardPage

from .conftest import georgian_home, locale, publish, publish_georgian_page, translate_every_string, translation_of

NOTE = "Not translated yet: this page is shown in its original language (Georgian)."


def head(html):
    return html.split("</head>")[0]


@pytest.mark.parametrize("code", ["en", "ru"])
def test_page_published_in_code_is_at_once_reachable_in_english_and_russian(client, harvest_page, code):
    response = client.get(f"/{code}/mosavlis-dghe/")
    html = response.content.decode()
    assert response.status_code == 200
    assert f'<html lang="{code}">' in html
    assert '<div lang="ka">' in html
    assert "ნიქოზის ფერმერები ვაშლის მოსავალს ზეიმობენ." in html
    assert "notice--original" in html


def test_untranslated_copy_says_so_in_the_visitors_language(client, harvest_page):
    assert NOTE in client.get("/en/mosavlis-dghe/").content.decode()
    assert NOTE not in client.get("/ka/mosavlis-dghe/").content.decode()


@pytest.mark.parametrize("code", ["en", "ru"])
def test_untranslated_copy_is_canonical_to_the_original_without_hreflang(client, harvest_page, code):
    html = head(client.get(f"/{code}/mosavlis-dghe/").content.decode())
    assert '<link rel="canonical" href="http://testserver/ka/mosavlis-dghe/">' in html
    assert "hreflang" not in html


def test_original_lists_no_alternates_while_nothing_is_translated(client, harvest_page):
    html = head(client.get("/ka/mosavlis-dghe/").content.decode())
    assert '<link rel="canonical" href="http://testserver/ka/mosavlis-dghe/">' in html
    assert "hreflang" not in html


def test_untranslated_copies_stay_out_of_the_sitemap(client, harvest_page):
    sitemap = client.get("/sitemap.xml").content.decode()
    assert "http://testserver/ka/mosavlis-dghe/" in sitemap
    assert "/en/mosavlis-dghe/" not in sitemap
    assert "/ru/mosavlis-dghe/" not in sitemap


def test_republishing_the_original_updates_its_untranslated_copies(client, harvest_page):
    harvest_page.intro = "ბაზრობა გადაიდო მომავალ შაბათამდე."
    publish(harvest_page)
    for code in ("en", "ru"):
        html = client.get(f"/{code}/mosavlis-dghe/").content.decode()
        assert "ბაზრობა გადაიდო მომავალ შაბათამდე." in html
        assert "ვაშლის მოსავალს ზეიმობენ" not in html


def test_each_language_gets_exactly_one_copy_even_when_published_again(harvest_page):
    publish(harvest_page)
    publish(harvest_page)
    copies = Page.objects.filter(translation_key=harvest_page.translation_key).exclude(pk=harvest_page.pk)
    assert sorted(copies.values_list("locale__language_code", flat=True)) == ["en", "ru"]
    assert all(copy.alias_of_id == harvest_page.pk for copy in copies)


def test_a_draft_made_in_code_stays_out_of_other_languages_until_published(client):
    draft = StandardPage(title="მომავალი ბაზრობა", slug="momavali-bazroba", intro="დრაფტი", live=False)
    georgian_home().add_child(instance=draft)
    draft.save_revision()
    assert client.get("/en/momavali-bazroba/").status_code == 404
    publish(draft)
    assert client.get("/en/momavali-bazroba/").status_code == 200


def test_child_of_an_untranslated_page_is_reachable_under_its_parents_copy(client, harvest_page):
    publish_georgian_page("programa", "პროგრამა", "ღონისძიების პროგრამა.", parent=harvest_page)
    response = client.get("/ru/mosavlis-dghe/programa/")
    assert response.status_code == 200
    assert "ღონისძიების პროგრამა." in response.content.decode()


def test_page_created_and_published_in_the_admin_gets_one_copy_per_language(admin_client):
    home = georgian_home()
    data = nested_form_data(
        {
            "title": "შემოდგომის ბაზრობა",
            "slug": "shemodgomis-bazroba",
            "intro": "ბაზრობა გორის ცენტრალურ მოედანზე.",
            "body": streamfield([]),
            "comments": inline_formset([]),
            "action-publish": "publish",
        }
    )
    response = admin_client.post(f"/admin/pages/add/home/standardpage/{home.pk}/", data)
    assert response.status_code == 302
    source = StandardPage.objects.get(slug="shemodgomis-bazroba", locale__language_code="ka")
    assert source.live
    copies = Page.objects.filter(translation_key=source.translation_key, alias_of=source)
    assert sorted(copies.values_list("locale__language_code", flat=True)) == ["en", "ru"]
    assert all(copy.live for copy in copies)


def test_a_published_copy_of_a_page_gets_its_own_untranslated_copies(client, harvest_page):
    harvest_page.copy(update_attrs={"slug": "mosavlis-dghe-2", "title": "მოსავლის დღე 2"}, keep_live=True)
    assert client.get("/en/mosavlis-dghe-2/").status_code == 200


def test_translation_begun_but_not_yet_published_still_reads_as_georgian(
    client, harvest_page, admin_user, django_capture_on_commit_callbacks
):
    # "Translate this page" turns the English copy into a real page at once, still with Georgian text.
    with django_capture_on_commit_callbacks(execute=True):
        translate_object(harvest_page, [locale("en")], user=admin_user)
    english = Page.objects.get(translation_key=harvest_page.translation_key, locale__language_code="en")
    assert english.alias_of_id is None and english.live

    html = client.get("/en/mosavlis-dghe/").content.decode()
    assert '<div lang="ka">' in html and NOTE in html
    assert '<link rel="canonical" href="http://testserver/ka/mosavlis-dghe/">' in html
    assert "hreflang" not in head(html)
    assert "/en/mosavlis-dghe/" not in client.get("/sitemap.xml").content.decode()


def test_published_translation_shows_english_with_hreflang_both_ways(
    client, harvest_page, admin_user, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        translate_object(harvest_page, [locale("en")], user=admin_user)
    translation = translation_of(harvest_page, "en")
    english = {
        "მოსავლის დღე ნიქოზში": "Harvest day in Nikozi",
        "ნიქოზის ფერმერები ვაშლის მოსავალს ზეიმობენ.": "Nikozi farmers celebrate the apple harvest.",
        "ბაზრობა შაბათს დილის ათ საათზე იწყება.": "The fair opens on Saturday at ten in the morning.",
    }
    translate_every_string(translation, lambda text: english.get(text, text))
    with django_capture_on_commit_callbacks(execute=True):
        translation.save_target(user=admin_user, publish=True)

    html = client.get("/en/mosavlis-dghe/").content.decode()
    assert "Nikozi farmers celebrate the apple harvest." in html
    assert '<div lang="ka">' not in html and NOTE not in html
    links = head(html)
    assert '<link rel="canonical" href="http://testserver/en/mosavlis-dghe/">' in links
    assert 'hreflang="ka" href="http://testserver/ka/mosavlis-dghe/"' in links
    assert 'hreflang="en" href="http://testserver/en/mosavlis-dghe/"' in links
    assert 'hreflang="ru"' not in links  # Russian is still an untranslated copy
    assert 'hreflang="en"' in head(client.get("/ka/mosavlis-dghe/").content.decode())
    assert "http://testserver/en/mosavlis-dghe/" in client.get("/sitemap.xml").content.decode()


def _footer_language(html):
    return re.search(r'<div class="wrap site-footer__inner"(?: lang="(\w+)")?>', html).group(1)


def test_footer_without_an_english_version_shows_the_georgian_one_marked_as_such(client):
    SiteFooter.objects.filter(locale__language_code="en").delete()
    georgian = SiteFooter.objects.get(locale__language_code="ka")
    html = client.get("/en/").content.decode()
    assert georgian.agency_name in html
    assert _footer_language(html) == "ka"


def test_new_footer_shows_in_every_language(client):
    SiteFooter.objects.all().delete()
    SiteFooter.objects.create(locale=locale("ka"), agency_name="გორის განვითარების სააგენტო", phone="+995 370 27 00 00")
    for code in ("ka", "en", "ru"):
        html = client.get(f"/{code}/").content.decode()
        assert "გორის განვითარების სააგენტო" in html
        assert "+995 370 27 00 00" in html
        assert _footer_language(html) == (None if code == "ka" else "ka")


def test_footer_submitted_for_translation_stays_georgian_until_translated(client, admin_user):
    SiteFooter.objects.exclude(locale__language_code="ka").delete()
    georgian = SiteFooter.objects.get(locale__language_code="ka")
    translate_object(georgian, [locale("en")], user=admin_user)
    assert SiteFooter.objects.filter(locale__language_code="en").exists()
    assert _footer_language(client.get("/en/").content.decode()) == "ka"

    translation = translation_of(georgian, "en")
    english = {georgian.agency_name: "Gori Development Agency"}
    translate_every_string(translation, lambda text: english.get(text, text))
    translation.save_target(user=admin_user)
    html = client.get("/en/").content.decode()
    assert "Gori Development Agency" in html
    assert _footer_language(html) is None
