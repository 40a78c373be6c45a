"""A buyer walks home → catalogue → filter by village → product, in each language, with no WCAG violations."""

import pytest

from .conftest import axe_violations

pytestmark = pytest.mark.e2e

SEE_ALL = {"ka": "ყველა შეთავაზება", "en": "See all offers", "ru": "Все предложения"}
FILTER_OFFERS = {"ka": "შეთავაზებების გაფილტვრა", "en": "Filter offers", "ru": "Фильтр предложений"}
VILLAGE = {"ka": "ნიქოზი", "en": "Nikozi", "ru": "Никози"}


@pytest.fixture
def phone(browser):
    context = browser.new_context(viewport={"width": 360, "height": 740})
    context.set_default_navigation_timeout(180_000)
    context.set_default_timeout(60_000)
    yield context.new_page()
    context.close()


@pytest.mark.parametrize("code", ["ka", "en", "ru"])
def test_buyer_finds_a_product_by_village(site_url, phone, code):
    phone.goto(f"{site_url}/{code}/")
    assert axe_violations(phone) == []
    phone.locator("main a[href$='/produktebi/']").first.click()
    assert phone.url.startswith(f"{site_url}/{code}/produktebi/")
    assert axe_violations(phone) == []

    village = phone.locator("select[name=village]")
    assert not village.is_visible()  # on a phone the filters fold away, so the offers come first
    phone.locator("form.filters").get_by_role("button", name=FILTER_OFFERS[code]).click()
    village.select_option(label=VILLAGE[code])
    phone.locator("form.filters button[type=submit]").click()
    assert "village=" in phone.url
    cards = phone.locator("main .card")
    assert cards.count() > 0
    for index in range(cards.count()):
        assert VILLAGE[code] in cards.nth(index).inner_text()
    assert axe_violations(phone) == []

    cards.first.locator("h3 a").click()
    assert f"/{code}/fermerebi/" in phone.url
    assert phone.locator("html").get_attribute("lang") == code
    assert VILLAGE[code] in phone.locator("main").inner_text()  # the farmer card names the village
    schema = phone.locator("script[type='application/ld+json']").first.text_content()
    assert '"priceCurrency": "GEL"' in schema or '"priceCurrency":"GEL"' in schema
    assert axe_violations(phone) == []
