"""Addresses follow the romanisation table (core/romanisation.py), and corrected ones still answer.

Product and farmer slugs are made from the Georgian title; the few written by hand are listed here with
the Georgian words they romanise, so a slug like "fermerebi" (ფ is p) or "gavyidot" (ყ is q) cannot come back.
"""

import pytest
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Page

from core.romanisation import ascii_slug
from home.demo import renamed_slugs
from news.models import NewsTopic
from products.communities import COMMUNITY_NAMES
from products.models import Category, Village

LANGUAGES = ("ka", "en", "ru")

# Slugs shorter than their page's title, with the Georgian they are made from.
HAND_WRITTEN = {
    "produktebi": "პროდუქტები",
    "gaqidva": "გაყიდვა",
    "chvens-shesakheb": "ჩვენს შესახებ",
    "konpidentsialurobis-politika": "კონფიდენციალურობის პოლიტიკა",
    "rogor-gavqidot-usaprtkhod": "როგორ გავყიდოთ უსაფრთხოდ",
    "ganvitarebis-gegma": "განვითარების გეგმა",
    "gegma-damtkitsebulia": "გეგმა დამტკიცებულია",
    "samatsivre-kvleva": "სამაცივრე კვლევა",
    "agrofarm-amokmedda": "Agrofarm ამოქმედდა",
    "onlain-gaqidvebi": "ონლაინ გაყიდვები",
    "sartsqavi-arkhebi-tirdznisshi": "სარწყავი არხები ტირძნისში",
    "akhalgazrda-permerebis-konsultatsia": "ახალგაზრდა ფერმერების კონსულტაცია",
    "vashlis-mosavali-2026": "ვაშლის მოსავალი 2026",
    "shemodgomis-bazroba-gorshi": "შემოდგომის ბაზრობა გორში",
    "biotreningebi-karaletshi": "ბიოტრენინგები ქარალეთში",
    "gegmis-progresi-2026": "გეგმის პროგრესი 2026",
    # snippets: categories and news topics shortened from their names
    "churchkhela": "ჩურჩხელა",
    "momsakhureba": "მომსახურება",
    "kombaini": "კომბაინი",
    "kakali": "კაკალი",
    "tqemali": "ტყემალი",
    "bazari": "ბაზარი",
}


@pytest.mark.parametrize(("slug", "georgian"), HAND_WRITTEN.items())
def test_hand_written_slugs_follow_the_table(slug, georgian):
    assert ascii_slug(georgian) == slug


def test_every_page_slug_is_its_georgian_title_or_a_listed_hand_written_one():
    pages = Page.objects.filter(locale__language_code="ka", depth__gt=2)
    assert pages.count() > 80
    wrong = [
        (page.slug, page.title)
        for page in pages
        if page.slug != ascii_slug(page.title) and page.slug not in HAND_WRITTEN
    ]
    assert wrong == []


@pytest.mark.parametrize("model", [Category, NewsTopic])
def test_snippet_slugs_are_their_georgian_name_or_a_listed_hand_written_one(model):
    wrong = [
        (row.slug, row.name)
        for row in model.objects.filter(locale__language_code="ka")
        if row.slug != ascii_slug(row.name) and row.slug not in HAND_WRITTEN
    ]
    assert wrong == []


def test_village_slugs_are_the_english_names_of_the_agencys_list():
    """Place names are the one written exception (docs/glossary.md): they keep the spelling of
    ../shared/data/gori-communities.csv, the one road signs and maps use ("tkviavi", not "tqviavi")."""
    for village in Village.objects.filter(locale__language_code="ka"):
        assert village.slug == COMMUNITY_NAMES[village.community]["en"].lower()


def test_no_slug_holds_a_letter_the_table_never_writes():
    """f, w, x, y and a lone c never come out of the Georgian table; "agrofarm" is the brand, written so."""
    for slug in Page.objects.filter(depth__gt=2).values_list("slug", flat=True).distinct():
        letters = slug.replace("agrofarm", "").replace("ch", "")
        assert not set(letters) & set("fwxyc"), slug


def _give_back_the_old_slugs():
    """Turn the demo site into one loaded before the slugs were corrected (every language)."""
    for old_path, new_slug in renamed_slugs.RENAMED_SLUGS:
        old_slug = old_path.rsplit("/", 1)[-1]
        for page in Page.objects.filter(slug=new_slug):
            page.slug = old_slug
            page.save(clean=False)
    Redirect.objects.all().delete()


RENAMED_ADDRESSES = [
    ("fermerebi/", "permerebi/"),
    ("fermerebi/giorgi-beridze/bio-vashli-goldeni/", "permerebi/giorgi-beridze/bio-vashli-goldeni/"),
    ("fermerebi/liakhvi-apiary/", "permerebi/meputkreoba-liakhvi/"),
    ("siakhleebi/agrofarm-amoqmedda/", "siakhleebi/agrofarm-amokmedda/"),
    ("siakhleebi/biotreiningebi-karaletshi/", "siakhleebi/biotreningebi-karaletshi/"),
    ("konfidentsialurobis-politika/", "konpidentsialurobis-politika/"),
    ("rogor-gavyidot-usafrtkhod/", "rogor-gavqidot-usaprtkhod/"),
]


def test_old_addresses_redirect_permanently_to_the_renamed_pages(client):
    # One renaming for every address (each renaming rewrites the paths of hundreds of pages).
    _give_back_the_old_slugs()
    for code in LANGUAGES:
        for old, _new in RENAMED_ADDRESSES:
            assert client.get(f"/{code}/{old}").status_code == 200, (code, old)

    assert renamed_slugs.rename() == len(renamed_slugs.RENAMED_SLUGS) * len(LANGUAGES)

    for code in LANGUAGES:
        for old, new in RENAMED_ADDRESSES:
            response = client.get(f"/{code}/{old}")
            assert (response.status_code, response.get("Location")) == (301, f"/{code}/{new}"), (code, old)
            assert client.get(f"/{code}/{new}").status_code == 200, (code, new)


def test_renaming_again_changes_nothing():
    assert renamed_slugs.rename() == 0
    assert Page.objects.filter(slug__in=["fermerebi", "liakhvi-apiary"]).count() == 0


def test_the_editor_opens_a_renamed_page_with_its_new_slug():
    _give_back_the_old_slugs()
    renamed_slugs.rename()
    farmers = Page.objects.get(locale__language_code="ka", slug="permerebi")
    assert farmers.get_latest_revision_as_object().slug == "permerebi"
