"""Helpers for the catalogue tests: the demo catalogue is loaded once per run by tests/conftest.py."""

import pytest
from django.test import Client

from home.romanisation import ascii_slug
from products.demo.data import PRODUCTS
from products.models import ProductIndexPage


def demo_product(en_title):
    """The demo row of the product with this English title: (farmer, category, …, texts)."""
    return next(row for row in PRODUCTS if row[-1][1][0] == en_title)


def product_url(code, en_title):
    row = demo_product(en_title)
    return f"/{code}/fermerebi/{row[0]}/{ascii_slug(row[-1][0][0])}/"


@pytest.fixture
def untranslated_gift_box():
    """A demo product left untranslated on purpose: English and Russian show the Georgian original."""
    row = demo_product("Churchkhela gift box")
    assert row[10] is False
    return row


@pytest.fixture(scope="session", autouse=True)
def catalogue_renditions(django_db_setup, django_db_blocker):
    """Make the photos' renditions once per run, outside the tests' rolled-back transactions.

    Every card and gallery uses the same six renditions (AVIF, WebP and JPEG at two sizes); without this,
    each test would encode them again, and AVIF takes most of a second per image.
    """
    with django_db_blocker.unblock():
        everything, ProductIndexPage.products_per_page = ProductIndexPage.products_per_page, 1000
        try:
            client = Client()
            for url in ("/ka/produktebi/", "/ka/fermerebi/"):
                assert client.get(url).status_code == 200
        finally:
            ProductIndexPage.products_per_page = everything
