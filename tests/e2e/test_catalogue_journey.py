"""A buyer walks home → catalogue → filter by village → product, in each language, with no WCAG violations."""

import pytest

from .conftest import axe_violations

pytestmark = pytest.mark.e2e

SEE_ALL = {"ka": "ყველა შეთავაზების ნახვა", "en": "See all offers", "ru": "Все предложения"}
FILTER_OFFERS = {"ka": "შეთავაზებების გაფილტვრა", "en": "Filter offers", "ru": "Фильтр предложений"}
VILLAGE_LABEL = {"ka": "სოფელი", "en": "Village", "ru": "Село"}
SHOW_OFFERS = {"ka": "შეთავაზებების ჩვენება", "en": "Show offers", "ru": "Показать предложения"}
VILLAGE = {"ka": "ნიქოზი", "en": "Nikozi", "ru": "Никози"}


@pytest.mark.parametrize("code", ["ka", "en", "ru"])
def test_buyer_finds_a_product_by_village(site_url, phone, code):
    phone.goto(f"{site_url}/{code}/")
    assert axe_violations(phone) == []
    phone.get_by_role("main").get_by_role("link", name=SEE_ALL[code], exact=True).click()
    assert phone.url.startswith(f"{site_url}/{code}/produktebi/")
    assert axe_violations(phone) == []

    filters = phone.get_by_role("form", name=FILTER_OFFERS[code])
    village = filters.get_by_label(VILLAGE_LABEL[code], exact=True)
    assert not village.is_visible()  # on a phone the filters fold away, so the offers come first
    filters.get_by_role("button", name=FILTER_OFFERS[code]).click()
    village.select_option(label=VILLAGE[code])
    filters.get_by_role("button", name=SHOW_OFFERS[code]).click()
    assert "village=" in phone.url
    offers = phone.get_by_role("main").get_by_role("article")
    assert offers.count() > 0
    for offer in offers.all():
        assert VILLAGE[code] in offer.inner_text()
    assert axe_violations(phone) == []

    offers.first.get_by_role("heading").get_by_role("link").click()
    assert f"/{code}/permerebi/" in phone.url
    assert phone.locator("html").get_attribute("lang") == code
    assert VILLAGE[code] in phone.locator("main").inner_text()  # the farmer card names the village
    schema = phone.locator("script[type='application/ld+json']").first.text_content()
    assert '"priceCurrency": "GEL"' in schema or '"priceCurrency":"GEL"' in schema
    assert axe_violations(phone) == []


def test_the_results_page_counts_the_search_from_the_browser(site_url, phone):
    # Pages come from caches (the app's, nginx's): the visitor's browser tells the agency's reports.
    with phone.expect_request(lambda request: request.url.endswith("/search-count/")) as sent:
        phone.goto(f"{site_url}/en/search/?q=honey")
    beacon = sent.value
    assert beacon.method == "POST"
    assert sorted(beacon.post_data.split("&")) == ["found=1", "language=en", "q=honey"]
    assert beacon.response().status == 204
