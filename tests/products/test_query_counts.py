"""The catalogue, product, farmer and home pages run as many queries for 50 products as for 5."""

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

from products import catalogue
from products.models import FarmerPage, ProductIndexPage

from .conftest import product_url


@pytest.fixture
def more_products():
    """Enough products for 50 on a page: the demo's 48 and 60 generated ones, under the same farmers."""
    call_command("seed_catalogue", products=60, verbosity=0)


def queries_for(client, url):
    client.get(url)  # warm up: renditions are made on the first view
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


def counts_at(client, url, set_size):
    set_size(50)
    client.get(url)
    set_size(5)
    small = queries_for(client, url)
    set_size(50)
    large = queries_for(client, url)
    return small, large


@pytest.mark.parametrize("query", ["", "?village=nikozi&sort=price_asc", "?category=khili&in_season=1&certified=on"])
def test_catalogue_query_count_does_not_grow_with_the_page(
    client, more_products, monkeypatch, django_assert_num_queries, query
):
    url = f"/en/produktebi/{query}"
    small, large = counts_at(client, url, lambda n: monkeypatch.setattr(ProductIndexPage, "products_per_page", n))
    assert small == large
    with django_assert_num_queries(small):
        client.get(url)


def test_product_page_query_count_does_not_grow_with_more_offers(client, more_products, monkeypatch):
    url = product_url("en", "Organic Golden Delicious apples")
    small, large = counts_at(client, url, lambda n: monkeypatch.setattr(catalogue, "RELATED_LIMIT", n))
    assert small == large


def test_farmer_page_query_count_does_not_grow_with_the_page(client, more_products, monkeypatch):
    url = "/ru/permerebi/giorgi-beridze/"
    small, large = counts_at(client, url, lambda n: monkeypatch.setattr(FarmerPage, "products_per_page", n))
    assert small == large


def test_home_page_query_count_does_not_grow_with_more_featured_products(client, more_products, monkeypatch):
    small, large = counts_at(client, "/ka/", lambda n: monkeypatch.setattr(catalogue, "CARD_LIMIT_HOME", n))
    assert small == large


def test_seeded_products_join_the_tree_correctly(client, more_products):
    from wagtail.models import Page

    assert all(not problems for problems in Page.find_problems())
    html = client.get("/en/produktebi/?village=nikozi").content.decode()
    assert "offers found" in html
