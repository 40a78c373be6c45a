"""Fixtures for the search tests: the cache table of the shared cache, and more products on demand."""

import html
import re
from decimal import Decimal

import pytest
from django.core.management import call_command
from wagtail.models import Locale

from products.models import Category, FarmerPage, ProductPage


@pytest.fixture(scope="session", autouse=True)
def shared_cache_table(django_db_setup, django_db_blocker):
    """The "shared" cache is a database table without Redis (the suggestion rate limit counts there)."""
    with django_db_blocker.unblock():
        call_command("createcachetable", verbosity=0)


# What the results page gives js/search-count.js to send.
COUNT_MARK = re.compile(r'data-search-count="([^"]+)" data-query="([^"]*)" data-found="([01])"')


@pytest.fixture
def search(client):
    """GET /<language>/search/ (or the suggestion endpoint with `suggest=True`); with `counted=True`, then
    what the browser's js/search-count.js posts from the results page."""

    def get(language, query, suggest=False, counted=False, **params):
        path = f"/{language}/search/suggest/" if suggest else f"/{language}/search/"
        response = client.get(path, {"q": query, **params})
        mark = COUNT_MARK.search(response.content.decode()) if counted else None
        if mark:
            beacon = {"q": html.unescape(mark[2]), "language": language, "found": mark[3]}
            assert client.post(mark[1], beacon).status_code == 204
        return response

    return get


@pytest.fixture
def add_products(django_capture_on_commit_callbacks):
    """Publish `count` more Georgian products under a demo farmer, indexed as the admin would index them."""

    def add(count, title="სოფლის მაწონი", category_slug="rdzis-natsarmi", farmer_slug="manana-japaridze"):
        source = Locale.objects.get(language_code="ka")
        farmer = FarmerPage.objects.get(slug=farmer_slug, locale=source)
        category = Category.objects.get(slug=category_slug, locale=source)
        pages = []
        with django_capture_on_commit_callbacks(execute=True):
            for number in range(count):
                page = ProductPage(
                    title=f"{title} {number + 1}",
                    slug=f"bench-{farmer_slug}-{category_slug}-{number + 1}",
                    category=category,
                    price=Decimal("3.00"),
                    unit="jar",
                )
                farmer.add_child(instance=page)
                page.save_revision().publish()
                pages.append(page)
        return pages

    return add
