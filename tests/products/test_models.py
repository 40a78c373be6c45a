"""Slugs, synchronised facts, prices, months and phone links of the catalogue models."""

from decimal import Decimal

import pytest
from django.utils import translation
from django.utils.translation import pgettext

from products.models import Category, FarmerIndexPage, FarmerPage, ProductPage, Village
from products.models.pages import CataloguePageForm
from products.months import MonthsFormField, availability_strip, mask_to_months, months_to_mask
from products.pricing import format_price, format_quantity


def test_price_is_written_the_way_each_language_writes_it():
    assert format_price(Decimal("2.50"), "kg", "en") == "₾2.50 / kg"
    with translation.override("ka"):
        assert format_price(Decimal("2.50"), "kg", "ka") == f"2,50\xa0₾ / {pgettext('unit abbreviation', 'kg')}"
    with translation.override("ru"):
        assert format_price(Decimal("2.50"), "kg", "ru") == f"2,50\xa0₾ / {pgettext('unit abbreviation', 'kg')}"
    assert format_price(Decimal("1200"), "tonne", "ru").startswith("1\u202f200\xa0₾")
    assert format_price(Decimal("1200"), "tonne", "en") == "₾1,200 / t"
    assert format_price(None, "kg", "en") == "Price on request"
    assert format_quantity(Decimal("8000.00"), "kg", "en") == "8,000 kg"


def test_months_are_a_bit_mask_with_names_in_the_visitor_language():
    mask = months_to_mask([1, 7, 12])
    assert mask == 0b100001000001
    assert mask_to_months(mask) == [1, 7, 12]
    with translation.override("ru"):
        strip = availability_strip(mask)
    assert [m["available"] for m in strip].count(True) == 3
    assert strip[0]["name"] == "Январь"
    field = MonthsFormField(required=False)
    assert field.clean(["1", "7", "12"]) == mask
    assert field.prepare_value(mask) == [1, 7, 12]


def test_a_new_page_gets_an_ascii_slug_from_its_georgian_title():
    directory = FarmerIndexPage.objects.get(locale__language_code="ka")
    farmer = FarmerPage(title="ნანა ქურდაძე", village=Village.objects.get(slug="skra", locale__language_code="ka"))
    directory.add_child(instance=farmer)
    assert farmer.slug == "nana-kurdadze"
    twin = FarmerPage(title="ნანა ქურდაძე", village=farmer.village)
    directory.add_child(instance=twin)
    assert twin.slug == "nana-kurdadze-2"


def test_admin_form_replaces_the_guessed_slug_by_the_national_romanisation():
    directory = FarmerIndexPage.objects.get(locale__language_code="ka")
    village = Village.objects.get(slug="skra", locale__language_code="en")  # picked in English by mistake
    form_class = FarmerPage.get_edit_handler().get_form_class()
    assert issubclass(form_class, CataloguePageForm)
    form = form_class(
        {
            "title": "ნიქოზის ფერმა",
            "slug": "niqozis-ferma",
            "village": village.pk,
            "story": "",
            "phone": "",
            "email": "",
            "certifications-TOTAL_FORMS": "0",
            "certifications-INITIAL_FORMS": "0",
            "photos-TOTAL_FORMS": "0",
            "photos-INITIAL_FORMS": "0",
        },
        instance=FarmerPage(),
        parent_page=directory,
        for_user=None,
    )
    assert form.is_valid(), form.errors
    assert form.cleaned_data["slug"] == "nikozis-perma"
    assert form.cleaned_data["village"].locale.language_code == "ka"


def test_products_point_at_their_farmer_and_village_in_every_language():
    for product in ProductPage.objects.filter(slug="bio-vashli-goldeni"):
        assert product.farmer_id == product.get_parent().id
        assert product.village.slug == "nikozi" and product.village.locale.language_code == "ka"
        assert product.category.locale.language_code == "ka"
        assert product.price == Decimal("2.50")


def test_phone_links_use_the_international_number():
    farmer = FarmerPage(phone="599 12-34-56", phone_consent=True, has_whatsapp=True, has_viber=True)
    assert farmer.contact["tel"] == "+995599123456"
    assert farmer.contact["whatsapp"] == "https://wa.me/995599123456"
    assert farmer.contact["viber"] == "viber://chat?number=%2B995599123456"
    assert FarmerPage(phone="+995 599 123 456", phone_consent=False).contact is None


def test_facts_are_synchronised_and_never_sent_to_translators():
    from wagtail_localize.fields import SynchronizedField, get_translatable_fields

    for model, facts in (
        (ProductPage, {"price", "unit", "category", "months_available", "status", "expires_at", "slug"}),
        (FarmerPage, {"phone", "village", "phone_consent", "slug"}),
        (Category, {"slug", "kind", "parent"}),
        (Village, {"slug", "community"}),
    ):
        fields = {field.field_name: field for field in get_translatable_fields(model)}
        for name in facts:
            assert isinstance(fields[name], SynchronizedField), (model, name)


@pytest.mark.parametrize("code", ["ka", "en", "ru"])
def test_slugs_are_ascii_and_the_same_in_every_language(code):
    for product in ProductPage.objects.filter(locale__language_code=code):
        assert product.slug.isascii()
        assert set(
            ProductPage.objects.filter(translation_key=product.translation_key).values_list("slug", flat=True)
        ) == {product.slug}
