"""Helpers for the catalogue tests: the demo catalogue is loaded once per run by tests/conftest.py."""

import pytest
from django.test import Client

from core.romanisation import ascii_slug
from products.demo.data import PRODUCTS
from products.models import ProductIndexPage


def demo_product(en_title):
    """The demo product (a DemoProduct row) with this English title."""
    return next(product for product in PRODUCTS if product.title("en") == en_title)


def product_url(code, en_title):
    product = demo_product(en_title)
    return f"/{code}/permerebi/{product.farmer}/{ascii_slug(product.title('ka'))}/"


@pytest.fixture
def untranslated_gift_box():
    """A demo product left untranslated on purpose: English and Russian show the Georgian original."""
    product = demo_product("Churchkhela gift box")
    assert product.translated is False
    return product


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
            for url in ("/ka/produktebi/", "/ka/permerebi/"):
                assert client.get(url).status_code == 200
        finally:
            ProductIndexPage.products_per_page = everything
