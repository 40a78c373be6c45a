"""Editors list and filter products in the admin, and manage categories and villages."""

import pytest
from django.contrib.auth import get_user_model

from products.models import Category, FarmerIndexPage, FarmerPage, Village


@pytest.fixture
def editor_client(client):
    user = get_user_model().objects.create_superuser("editor", "editor@example.ge", "pass-word-123")
    client.force_login(user)
    return client


def test_product_listing_filters_by_status_category_village_and_farmer(editor_client):
    category = Category.objects.get(slug="vashli", locale__language_code="ka")
    village = Village.objects.get(slug="nikozi", locale__language_code="ka")
    farmer = FarmerPage.objects.get(slug="giorgi-beridze", locale__language_code="ka")
    response = editor_client.get(
        "/admin/products/",
        {"offer_status": "available", "category": category.pk, "village": village.pk, "farmer": farmer.pk},
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "ბიო ვაშლი „გოლდენი“" in html
    assert "ატამი" not in html.split("<tbody")[1] if "<tbody" in html else True


def test_category_and_village_snippets_are_listed(editor_client):
    for url in ("/admin/snippets/products/category/", "/admin/snippets/products/village/?q=Nik"):
        assert editor_client.get(url).status_code == 200


def test_editors_can_start_a_farmer_and_a_product_on_their_behalf(editor_client):
    directory = FarmerIndexPage.objects.get(locale__language_code="ka")
    farmer = FarmerPage.objects.get(slug="giorgi-beridze", locale__language_code="ka")
    assert editor_client.get(f"/admin/pages/add/products/farmerpage/{directory.pk}/").status_code == 200
    assert editor_client.get(f"/admin/pages/add/products/productpage/{farmer.pk}/").status_code == 200
