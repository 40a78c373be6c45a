"""The demo catalogue: enough real-looking data in three languages to try every feature."""

from products.models import Category, FarmerPage, ProductPage, Village
from products.months import mask_to_months


def test_demo_has_eighty_offers_from_twenty_five_farmers_in_fifteen_villages():
    products = ProductPage.objects.filter(locale__language_code="ka", live=True)
    assert products.count() >= 80
    assert FarmerPage.objects.filter(locale__language_code="ka").count() >= 25
    assert products.values("village").distinct().count() >= 15
    assert Category.objects.filter(locale__language_code="ka").count() >= 10
    assert Category.objects.filter(locale__language_code="ka", kind="services").exists()


def test_demo_covers_what_gori_sells_in_every_season():
    products = ProductPage.objects.filter(locale__language_code="ka", live=True)
    for slug, at_least in [("rdzis-natsarmi", 8), ("bostneuli", 8), ("mtsvanili", 3), ("kvertskhi-da-prinveli", 2),
                           ("pirutqvi-da-khortsi", 5), ("nergebi-da-chitilebi", 4), ("baghis-movla", 3)]:
        assert products.filter(category__slug=slug).count() >= at_least, slug
    assert products.filter(category__kind="services").count() >= 8
    for month in range(1, 13):
        in_season = [page for page in products.only("months_available")
                     if month in (mask_to_months(page.months_available) or range(1, 13))]
        assert len(in_season) >= 30, month


def test_villages_are_real_communities_of_gori():
    from products.communities import COMMUNITY_NAMES

    for village in Village.objects.filter(locale__language_code="ka"):
        assert village.community in COMMUNITY_NAMES
        assert village.name == COMMUNITY_NAMES[village.community]["ka"]


def test_most_products_are_translated_and_a_few_are_left_for_the_fallback():
    for code in ("en", "ru"):
        pages = ProductPage.objects.filter(locale__language_code=code)
        assert pages.filter(alias_of__isnull=True).count() >= 40
        assert 2 <= pages.filter(alias_of__isnull=False).count() <= 3


def test_matsoni_and_honey_exist_in_every_language():
    titles = " ".join(ProductPage.objects.values_list("title", flat=True)).lower()
    for word in ("მაწონი", "matsoni", "мацони", "თაფლი", "honey", "мёд"):
        assert word in titles, word
