"""Trust on every card: "Met by the agency", member since, live offers, and "How to buy safely" by every contact."""

import re

import pytest

from products.demo.data import MET_BY_AGENCY
from products.models import FarmerPage, ProductPage

LANGUAGES = ("ka", "en", "ru")
MET_MARK = {"ka": "სააგენტომ მოინახულა", "en": "Met by the agency", "ru": "Лично знаком агентству"}
BUYING_SAFELY = {"ka": "როგორ ვიყიდოთ უსაფრთხოდ", "en": "How to buy safely", "ru": "Как покупать безопасно"}


def page(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return response.content.decode()


@pytest.mark.parametrize("code", LANGUAGES)
def test_the_catalogue_filter_keeps_only_offers_of_farmers_the_agency_met(client, code):
    html = page(client, f"/{code}/produktebi/?met_by_agency=on")
    met_offers = ProductPage.objects.live().filter(
        locale__language_code=code, farmer__met_by_agency_on__isnull=False
    )
    cards = re.findall(r'<article class="card product-card">.*?</article>', html, re.S)
    assert cards and len(cards) == min(met_offers.count(), 24)
    assert all(MET_MARK[code] in card for card in cards)
    assert "met_by_agency" in html and MET_MARK[code] in html


@pytest.mark.parametrize("code", LANGUAGES)
def test_a_farmer_page_shows_the_mark_member_since_and_live_offers(client, code):
    farmer = FarmerPage.objects.live().get(slug="giorgi-beridze", locale__language_code=code)
    html = page(client, farmer.url)
    assert MET_MARK[code] in html
    assert "2026" in html  # the date of the visit and the month the farmer joined
    live = ProductPage.objects.live().filter(farmer=farmer).count()
    counted = {"ka": f"საიტზე ახლა {live} შეთავაზებაა", "en": f"{live} offers on the site now",
               "ru": f"{live} предложени"}
    assert counted[code] in html


def test_a_farmer_the_agency_has_not_met_has_no_mark(client):
    farmer = FarmerPage.objects.live().get(slug="nino-kapanadze", locale__language_code="en")
    assert "nino-kapanadze" not in MET_BY_AGENCY
    assert MET_MARK["en"] not in page(client, farmer.url)


@pytest.mark.parametrize("code", LANGUAGES)
def test_the_product_page_shows_the_mark_and_links_buying_safely_beside_the_contact(client, code):
    product = ProductPage.objects.live().filter(
        locale__language_code=code, farmer__slug="giorgi-beridze"
    ).first()
    html = page(client, product.url)
    assert MET_MARK[code] in html
    contact = re.search(r'<ul class="contact">.*?</ul>', html, re.S).group(0)
    assert f"/{code}/rogor-viqidot-usaprtkhod/" in contact and BUYING_SAFELY[code] in contact
