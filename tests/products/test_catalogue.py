"""The catalogue page: filters in every language, sorting, pagination, bad input and the untranslated fallback."""

import re
from decimal import Decimal
from html import unescape

import pytest
from django.utils import timezone

from products.models import ProductIndexPage, ProductPage
from products.months import month_bit

from .conftest import demo_product

LANGUAGES = ("ka", "en", "ru")


def titles_on(html):
    return [unescape(title) for title in re.findall(r'<h3(?: lang="\w+")?><a href="[^"]+">([^<]+)</a></h3>', html)]


def catalogue(client, code, query=""):
    response = client.get(f"/{code}/produktebi/{query}")
    assert response.status_code == 200
    return response.content.decode()


def live_products(code):
    return ProductPage.objects.live().filter(locale__language_code=code)


@pytest.fixture
def everything_on_one_page(monkeypatch):
    monkeypatch.setattr(ProductIndexPage, "products_per_page", 100)


def test_catalogue_lists_every_live_product_of_each_language(client, everything_on_one_page):
    for code in LANGUAGES:
        html = catalogue(client, code)
        assert len(titles_on(html)) == live_products(code).count() >= 40
        assert f'<html lang="{code}">' in html


@pytest.mark.parametrize("code", LANGUAGES)
def test_catalogue_filters_by_village_in_every_language(client, everything_on_one_page, code):
    titles = set(titles_on(catalogue(client, code, "?village=nikozi")))
    expected = set(live_products(code).filter(village__slug="nikozi").values_list("title", flat=True))
    assert titles == expected and len(titles) == 7  # Giorgi Beridze's four offers and Nino Kapanadze's three
    assert demo_product("Nikozi peaches").title(code) in titles
    assert demo_product("Field-grown tomatoes").title(code) not in titles  # grown in Karaleti


@pytest.mark.parametrize("code", LANGUAGES)
def test_catalogue_category_filter_includes_its_subcategories(client, everything_on_one_page, code):
    titles = set(titles_on(catalogue(client, code, "?category=khili")))
    expected = live_products(code).filter(category__slug__in=["khili", "vashli", "atami", "kliavi"])
    assert titles == set(expected.values_list("title", flat=True))
    assert titles and not titles & set(
        live_products(code).filter(category__slug="tapli").values_list("title", flat=True)
    )


def test_catalogue_filters_goods_or_services(client, everything_on_one_page):
    services = set(titles_on(catalogue(client, "en", "?kind=services")))
    assert services == {
        "Ploughing with a tractor",
        "Wheat and barley harvesting by combine",
        "Deep ploughing and cultivation",
        "Combine hire by the day",
        "Produce transport by truck",
        "Orchard spraying",
        "Pruning fruit trees",
        "Grafting fruit trees",
    }
    goods = set(titles_on(catalogue(client, "en", "?kind=goods")))
    assert "Village matsoni" in goods and not goods & services


def test_catalogue_filters_by_price_range_and_leaves_out_price_on_request(client, everything_on_one_page):
    titles = set(titles_on(catalogue(client, "en", "?price_min=2&price_max=3")))
    expected = live_products("en").filter(price__gte=2, price__lte=3)
    assert titles == set(expected.values_list("title", flat=True))
    assert "Aubergines" not in titles  # price on request


def test_catalogue_swaps_a_reversed_price_range(client, everything_on_one_page):
    assert titles_on(catalogue(client, "en", "?price_min=3&price_max=2")) == titles_on(
        catalogue(client, "en", "?price_min=2&price_max=3")
    )


def test_catalogue_filters_certified_offers(client, everything_on_one_page):
    titles = set(titles_on(catalogue(client, "en", "?certified=on")))
    assert titles == {
        "Organic Golden Delicious apples",
        "Atenuri qvevri wine",
        "Village matsoni",
        "Export Red Delicious apples",
        "Organic chestnut honey",
        "Organic mountain flower honey",
    }


def test_catalogue_shows_only_what_is_available_this_month(client, everything_on_one_page):
    titles = set(titles_on(catalogue(client, "en", "?in_season=1")))
    bit = month_bit(timezone.localdate().month)
    expected = {p.title for p in live_products("en") if p.months_available & bit}
    assert titles == expected and titles


def test_catalogue_sorts_by_price_with_sold_out_offers_last(client, everything_on_one_page):
    titles = titles_on(catalogue(client, "en", "?sort=price_asc"))
    products = {p.title: p for p in live_products("en")}
    available = [products[t] for t in titles if products[t].status == "available"]
    prices = [p.price for p in available if p.price is not None]
    assert prices == sorted(prices)
    assert all(products[t].status == "sold_out" for t in titles[len(available) :])
    descending = [products[t].price for t in titles_on(catalogue(client, "en", "?sort=price_desc"))]
    assert descending[0] == max(p for p in descending if p is not None) == Decimal("2500.00")  # the dairy cow


def test_catalogue_counts_results_and_keeps_filters_in_page_links(client, monkeypatch):
    monkeypatch.setattr(ProductIndexPage, "products_per_page", 5)
    html = catalogue(client, "en", "?kind=goods&sort=price_asc")
    count = live_products("en").exclude(category__kind="services").count()
    assert f"{count} offers found" in html
    assert len(titles_on(html)) == 5
    assert 'href="?kind=goods&amp;sort=price_asc&amp;page=2"' in html
    second = catalogue(client, "en", "?kind=goods&sort=price_asc&page=2")
    assert not set(titles_on(second)) & set(titles_on(html))


def test_filtered_catalogue_is_a_shareable_link_that_works_without_javascript(client):
    html = catalogue(client, "en", "?village=nikozi")
    assert '<form id="filters" class="filters folded" method="get" action="/en/produktebi/"' in html
    assert '<option value="nikozi" selected>Nikozi</option>' in html
    assert "<script" not in html.split("</head>")[1]


def test_empty_result_offers_ways_out(client):
    html = catalogue(client, "en", "?village=nikozi&category=khvna")
    assert "0 offers found" in html
    assert "No offers match these filters." in html
    assert 'href="?category=khvna">Remove filter: Nikozi</a>' in html
    assert "Clear all filters" in html


BAD_VALUES = [
    "?price_min=abc",
    "?category=99999",
    "?village=atlantis",
    "?page=-1",
    "?page=abc",
    "?page=99999",
    "?sort=cheapest",
    "?kind=everything",
    "?price_min=" + "9" * 10_000,
    "?category=" + "x" * 10_000,
    "?village=nikozi' OR 1=1 --",
    "?price_max=1;DROP TABLE wagtailcore_page",
    "?price_min=ათი",
    "?price_max=NaN",
    "?price_min=-5",
    "?price_min=%00",
]


@pytest.mark.parametrize("query", BAD_VALUES)
def test_bad_filter_values_are_ignored_with_a_visible_note(client, query):
    response = client.get(f"/en/produktebi/{query}")
    html = response.content.decode()
    assert response.status_code == 200
    assert 'class="notice notice--error"' in html
    assert "was ignored" in html or "There is no page" in html
    assert "9" * 100 not in html and "x" * 100 not in html  # the bad value is not echoed back
    per_page, count = ProductIndexPage.products_per_page, live_products("en").count()
    last_page = count % per_page or per_page  # a page past the end shows the last one
    assert len(titles_on(html)) == (last_page if query == "?page=99999" else min(per_page, count))


def test_a_bad_filter_does_not_spoil_the_good_ones(client, everything_on_one_page):
    html = catalogue(client, "en", "?village=nikozi&price_min=abc")
    assert "was ignored" in html
    assert len(titles_on(html)) == 7


@pytest.mark.parametrize("code", ["en", "ru"])
def test_untranslated_product_is_listed_with_its_original_text_marked(
    client, everything_on_one_page, code, untranslated_gift_box
):
    georgian_title = untranslated_gift_box.title("ka")
    html = catalogue(client, code)
    card = re.search(
        r'<article class="card product-card">(?:(?!</article>).)*' + georgian_title + r".*?</article>", html, re.S
    ).group(0)
    assert f'<h3 lang="ka"><a href="/{code}/permerebi/vakhtang-kavtaradze/' in card
    village, category = {
        "en": ("Mejvriskhevi", "Churchkhela and sweets"),
        "ru": ("Меджврисхеви", "Чурчхела и сладости"),
    }[code]
    assert f'<span class="product-card__village">{village}</span>' in card
    assert f'<span class="product-card__category">{category}</span>' in card
    assert "₾40 / " in card if code == "en" else "40\xa0₾ / " in card


def test_translated_cards_carry_no_extra_lang(client, everything_on_one_page):
    html = catalogue(client, "en")
    assert (
        '<h3><a href="/en/permerebi/giorgi-beridze/bio-vashli-goldeni/">Organic Golden Delicious apples</a></h3>'
        in html
    )
    assert html.count('<h3 lang="ka">') == 3  # the three demo products left untranslated


def test_a_link_shared_with_a_tracking_parameter_shows_the_kept_catalogue(client):
    # Facebook adds ?fbclid=… to every link it shows: each visitor's catalogue is the kept one, drawn once.
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    plain = client.get("/en/produktebi/?category=khili").content.decode()
    with CaptureQueriesContext(connection) as queries:
        shared = client.get("/en/produktebi/?category=khili&fbclid=IwAR0abc&utm_source=facebook")
    assert shared.status_code == 200
    assert len(queries) == 0
    main = re.compile(r'<main id="main".*</main>', re.S)
    assert main.search(shared.content.decode()).group() == main.search(plain).group()
