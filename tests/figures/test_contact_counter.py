"""The contact buttons' counter: a count per day, page and kind, never who; junk gets a 4xx."""

import pytest
from django.test import override_settings

from figures.models import ContactClick, UnansweredSearchCount
from products.models import ProductPage


def product_with_whatsapp():
    return ProductPage.objects.live().filter(
        locale__language_code="ru", farmer__phone_consent=True, farmer__has_whatsapp=True
    ).exclude(farmer__phone="").first()


def test_a_click_is_counted_without_storing_who(client):
    product = product_with_whatsapp()
    before = sum(ContactClick.objects.filter(page=product).values_list("count", flat=True))
    client.cookies["sessionid"] = "visitor-cookie-value"
    for _index in range(2):
        response = client.post(
            "/contact-click/", {"page": product.pk, "kind": "whatsapp"}, REMOTE_ADDR="203.0.113.77",
            HTTP_USER_AGENT="Agent/77",
        )
        assert response.status_code == 204
    rows = ContactClick.objects.filter(page=product, kind="whatsapp")
    assert sum(rows.values_list("count", flat=True)) == before + 2
    row = rows.latest("day")
    assert (row.language, row.village_id, row.category_id) == ("ru", product.village_id, product.category_id)
    stored = " ".join(str(value) for value in ContactClick.objects.values_list().filter(pk=row.pk).get())
    assert "203.0.113" not in stored and "Agent/77" not in stored and "visitor-cookie" not in stored
    assert {field.name for field in ContactClick._meta.get_fields()} == {
        "id", "day", "page", "kind", "language", "village", "category", "count"
    }
    assert not response.cookies


@pytest.mark.parametrize(
    "data",
    [{}, {"page": "abc", "kind": "phone"}, {"page": "1" * 40, "kind": "phone"}, {"page": "1", "kind": "fax"},
     {"page": "999999", "kind": "phone"}, {"page": "-1", "kind": "viber"}],
)
def test_junk_is_refused_with_a_client_error(client, data):
    assert 400 <= client.post("/contact-click/", data).status_code < 500


def test_a_button_the_page_does_not_show_is_not_counted(client):
    product = ProductPage.objects.live().filter(farmer__has_viber=False).first()
    assert client.post("/contact-click/", {"page": product.pk, "kind": "viber"}).status_code == 400
    assert client.get("/contact-click/").status_code == 405


@override_settings(CONTACT_CLICKS_PER_CLIENT_PER_HOUR=2)
def test_a_flood_from_one_client_is_cut(client):
    product = product_with_whatsapp()
    codes = [client.post("/contact-click/", {"page": product.pk, "kind": "whatsapp"}).status_code for _ in range(3)]
    assert codes == [204, 204, 429]


def test_the_contact_links_carry_the_counter_and_work_without_it(client):
    product = product_with_whatsapp()
    html = client.get(product.get_url()).content.decode()
    assert f'data-contact-count="whatsapp" data-page="{product.pk}"' in html
    assert 'href="https://wa.me/' in html and "js/contact-count.js" in html


def test_a_search_that_finds_nothing_is_counted_per_day_and_language(client):
    before = sum(UnansweredSearchCount.objects.filter(language="en").values_list("count", flat=True))
    page = client.get("/en/search/", {"q": "qqzzxxwwvv"}).content.decode()
    assert 'data-query="qqzzxxwwvv" data-found="0"' in page
    # What js/search-count.js sends once the results page is shown.
    assert client.post("/search-count/", {"q": "qqzzxxwwvv", "language": "en", "found": "0"}).status_code == 204
    assert sum(UnansweredSearchCount.objects.filter(language="en").values_list("count", flat=True)) == before + 1
