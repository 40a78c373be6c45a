"""Quantities, minimum orders and prices read as a native speaker writes them, with every unit.

Russian chooses between three forms (1 банка, 2 банки, 5 банок; 11 банок, 21 банка) and a fraction takes the
genitive singular (1,5 банки); English has two (1 jar, 2 jars, 1.5 jars); Georgian keeps the singular after a
number (5 ქილა). Abbreviations (kg, l, шт., კგ) never change.
"""

from decimal import Decimal

import pytest
from django.utils import translation

from products.pricing import format_price, format_quantity
from products.units import Unit

COUNTS = ["1", "2", "5", "11", "21", "1.5"]

# unit: the words for 1, 2, 5, 11, 21 and 1,5 of it
RUSSIAN = {
    Unit.KILOGRAM: ["кг"] * 6,
    Unit.TONNE: ["т"] * 6,
    Unit.PIECE: ["шт."] * 6,
    Unit.LITRE: ["л"] * 6,
    Unit.BUNCH: ["пучок", "пучка", "пучков", "пучков", "пучок", "пучка"],
    Unit.BOX: ["ящик", "ящика", "ящиков", "ящиков", "ящик", "ящика"],
    Unit.SACK: ["мешок", "мешка", "мешков", "мешков", "мешок", "мешка"],
    Unit.JAR: ["банка", "банки", "банок", "банок", "банка", "банки"],
    Unit.HEAD: ["голова", "головы", "голов", "голов", "голова", "головы"],
    Unit.HOUR: ["час", "часа", "часов", "часов", "час", "часа"],
    Unit.DAY: ["день", "дня", "дней", "дней", "день", "дня"],
}
ENGLISH = {
    Unit.KILOGRAM: ["kg"] * 6,
    Unit.TONNE: ["t"] * 6,
    Unit.PIECE: ["piece"] + ["pieces"] * 5,
    Unit.LITRE: ["l"] * 6,
    Unit.BUNCH: ["bunch"] + ["bunches"] * 5,
    Unit.BOX: ["box"] + ["boxes"] * 5,
    Unit.SACK: ["sack"] + ["sacks"] * 5,
    Unit.JAR: ["jar"] + ["jars"] * 5,
    Unit.HEAD: ["head"] * 6,  # "20 head of sheep": livestock counts in head
    Unit.HOUR: ["hour"] + ["hours"] * 5,
    Unit.DAY: ["day"] + ["days"] * 5,
}
GEORGIAN = {
    Unit.KILOGRAM: "კგ", Unit.TONNE: "ტ", Unit.PIECE: "ცალი", Unit.LITRE: "ლ", Unit.BUNCH: "კონა",
    Unit.BOX: "ყუთი", Unit.SACK: "ტომარა", Unit.JAR: "ქილა", Unit.HEAD: "სული", Unit.HOUR: "საათი",
    Unit.DAY: "დღე",
}
# The label after a price: one unit, so the dictionary form or the abbreviation.
PER_UNIT = {
    "ru": {Unit.KILOGRAM: "кг", Unit.TONNE: "т", Unit.PIECE: "шт.", Unit.LITRE: "л", Unit.BUNCH: "пучок",
           Unit.BOX: "ящик", Unit.SACK: "мешок", Unit.JAR: "банка", Unit.HEAD: "гол.", Unit.HOUR: "час",
           Unit.DAY: "день"},
    "en": {Unit.KILOGRAM: "kg", Unit.TONNE: "t", Unit.PIECE: "pc", Unit.LITRE: "l", Unit.BUNCH: "bunch",
           Unit.BOX: "box", Unit.SACK: "sack", Unit.JAR: "jar", Unit.HEAD: "head", Unit.HOUR: "hour",
           Unit.DAY: "day"},
    "ka": GEORGIAN,
}
WRITTEN = {"ru": ["1", "2", "5", "11", "21", "1,5"], "en": ["1", "2", "5", "11", "21", "1.5"]}
PRICES = {
    "ru": [f"{number}\xa0₾" for number in ("1", "2", "5", "11", "21", "1,50")],
    "en": ["₾1", "₾2", "₾5", "₾11", "₾21", "₾1.50"],
}


def test_every_unit_has_its_forms_in_the_tests():
    assert set(RUSSIAN) == set(ENGLISH) == set(GEORGIAN) == set(Unit)


@pytest.mark.parametrize("unit", list(Unit))
@pytest.mark.parametrize(("language", "forms"), [("ru", RUSSIAN), ("en", ENGLISH)])
def test_quantities_take_the_plural_form_their_number_asks_for(language, forms, unit):
    with translation.override(language):
        written = [format_quantity(Decimal(count), unit, language) for count in COUNTS]
    expected = [f"{number} {word}" for number, word in zip(WRITTEN[language], forms[unit], strict=True)]
    assert written == expected


@pytest.mark.parametrize("unit", list(Unit))
def test_georgian_keeps_the_singular_after_a_number(unit):
    with translation.override("ka"):
        written = [format_quantity(Decimal(count), unit, "ka") for count in COUNTS]
    assert written == [f"{number} {GEORGIAN[unit]}" for number in ["1", "2", "5", "11", "21", "1,5"]]


@pytest.mark.parametrize("unit", list(Unit))
@pytest.mark.parametrize("language", ["ru", "en"])
def test_prices_per_unit_name_one_unit(language, unit):
    with translation.override(language):
        labels = [format_price(Decimal(count), unit, language) for count in COUNTS]
    assert labels == [f"{price} / {PER_UNIT[language][unit]}" for price in PRICES[language]]


def test_large_and_fractional_quantities_in_russian():
    with translation.override("ru"):
        assert format_quantity(Decimal("8000"), Unit.KILOGRAM, "ru") == "8\u202f000 кг"
        assert format_quantity(Decimal("2.25"), Unit.HOUR, "ru") == "2,25 часа"
        assert format_quantity(Decimal("0.5"), Unit.BOX, "ru") == "0,5 ящика"
        assert format_quantity(Decimal("104"), Unit.JAR, "ru") == "104 банки"
        assert format_quantity(Decimal("111"), Unit.DAY, "ru") == "111 дней"


@pytest.mark.parametrize(
    ("language", "quantity", "minimum"),
    [("ru", "120 банок", "1 банка"), ("en", "120 jars", "1 jar"), ("ka", "120 ქილა", "1 ქილა")],
)
def test_a_product_page_reads_its_quantities_correctly(client, language, quantity, minimum):
    html = client.get(f"/{language}/permerebi/nino-kapanadze/akatsiis-tapli/").content.decode()
    assert f"<dd>{quantity}</dd>" in html
    assert f"<dd>{minimum}</dd>" in html


def test_every_russian_product_page_uses_only_correct_forms(client):
    """No demo product page in Russian shows a number followed by the wrong form of its unit."""
    from products.models import ProductPage

    wrong = {"банка": "банок", "ящик": "ящиков", "пучок": "пучков", "час": "часов", "день": "дней"}
    for page in ProductPage.objects.filter(locale__language_code="ru", live=True).exclude(quantity_available=None):
        with translation.override("ru"):
            text = format_quantity(page.quantity_available, page.unit, "ru")
        number = int(page.quantity_available)
        singular = next((word for word in wrong if text.endswith(f" {word}")), None)
        if singular is not None:
            assert number % 10 == 1 and number % 100 != 11, text
