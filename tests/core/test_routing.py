"""Routing kept across requests: after a first visit a page is found without asking the database, and every
change to where pages live (publish, slug, move, unpublish) shows on the next request."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page

from products.models import ProductPage


@pytest.mark.parametrize(
    "url", ["/ka/", "/en/konpidentsialurobis-politika/", "/ru/produktebi/", "product"]
)
def test_a_page_visited_once_is_served_again_without_a_query(client, url):
    # Its parts are kept fragments and its address a kept route: nothing is left to ask the database.
    if url == "product":
        url = ProductPage.objects.live().filter(locale__language_code="en").first().url
    first = client.get(url)
    with CaptureQueriesContext(connection) as queries:
        second = client.get(url)
    assert second.status_code == 200
    assert second.context["page"].pk == first.context["page"].pk
    assert [query["sql"] for query in queries.captured_queries] == []


def test_the_same_address_in_each_language_keeps_its_own_page(client):
    # Slugs are shared by the translations of a page: only the language prefix tells them apart.
    product = ProductPage.objects.live().filter(locale__language_code="ka", alias_of__isnull=True).first()
    path = product.url.removeprefix("/ka/")
    for code in ("ka", "en", "ru", "ka", "en", "ru"):
        version = ProductPage.objects.get(translation_key=product.translation_key, locale__language_code=code)
        response = client.get(f"/{code}/{path}")
        assert response.status_code == 200
        assert response.context["page"].pk == version.pk


def test_a_new_slug_is_followed_at_once_and_the_old_address_no_longer_serves_the_page(client):
    page = Page.objects.get(url_path__endswith="/konpidentsialurobis-politika/", locale__language_code="en").specific
    assert client.get("/en/konpidentsialurobis-politika/").status_code == 200
    page.slug = "privacy"
    page.save_revision().publish()
    assert client.get("/en/privacy/").status_code == 200
    old = client.get("/en/konpidentsialurobis-politika/")
    # Wagtail's redirects app sends the old address to the new one; it never serves the page there itself.
    assert old.status_code in (301, 302, 404)
    if old.status_code != 404:
        assert old["Location"].endswith("/en/privacy/")


def test_an_unpublished_page_is_gone_on_the_next_request(client):
    product = ProductPage.objects.live().filter(locale__language_code="en").first()
    assert client.get(product.url).status_code == 200
    product.unpublish()
    assert client.get(product.url).status_code == 404


def test_a_moved_page_is_served_at_its_new_address_only(client):
    product = ProductPage.objects.live().filter(locale__language_code="ka", alias_of__isnull=True).first()
    old_url = product.url
    assert client.get(old_url).status_code == 200
    other_farmer = (
        type(product.get_parent().specific).objects.live().filter(locale=product.locale).exclude(
            pk=product.get_parent().pk
        ).first()
    )
    product.move(other_farmer, pos="last-child")
    product.refresh_from_db()
    assert product.url != old_url
    assert client.get(product.url).status_code == 200
    assert client.get(old_url).status_code in (301, 302, 404)


def test_the_sub_pages_of_a_routable_page_are_routed_each_time(client):
    # The news index answers its own address and, below it, its feeds and archives: none is kept as a page.
    for _ in range(2):
        assert client.get("/en/siakhleebi/").status_code == 200
        feed = client.get("/en/siakhleebi/feed/")
        assert feed.status_code == 200
        assert "xml" in feed["Content-Type"]
    assert client.get("/en/siakhleebi/1999/").status_code in (200, 404)
    assert client.get("/en/siakhleebi/no-such-page/").status_code == 404
