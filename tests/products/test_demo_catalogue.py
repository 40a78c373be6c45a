"""The demo catalogue: enough real-looking data in three languages to try every feature."""

from products.models import Category, FarmerPage, ProductPage, Village


def test_demo_has_forty_products_from_fifteen_farmers_in_ten_villages():
    products = ProductPage.objects.filter(locale__language_code="ka", live=True)
    assert products.count() >= 40
    assert FarmerPage.objects.filter(locale__language_code="ka").count() >= 15
    assert products.values("village").distinct().count() >= 10
    assert Category.objects.filter(locale__language_code="ka").count() >= 10
    assert Category.objects.filter(locale__language_code="ka", kind="services").exists()


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
