"""Prices in Georgian lari and quantities, written the way each language writes numbers.

Georgian and Russian: "2,50 ₾ / კგ", "1 200 ₾ / т"; English: "₾2.50 / kg". The number conventions are
locale data (like Django's formats.py), the unit labels come from the translation catalogues.
"""

from decimal import Decimal, InvalidOperation

from django.utils import translation
from django.utils.translation import get_language, gettext, pgettext

from .units import quantity_with_unit, unit_abbreviation

NBSP = "\u00a0"
NARROW_NBSP = "\u202f"

# language: (decimal separator, thousands separator, lari sign before the number)
NUMBER_CONVENTIONS = {
    "ka": (",", NARROW_NBSP, False),
    "ru": (",", NARROW_NBSP, False),
    "en": (".", ",", True),
}


def _conventions(language):
    return NUMBER_CONVENTIONS.get((language or get_language() or "ka")[:2], NUMBER_CONVENTIONS["ka"])


def format_number(value, language=None, cents=True):
    """2.5 → "2,50" (ka, ru) or "2.50" (en); whole numbers lose their decimals: 1200 → "1 200".

    Without `cents` (quantities) a fraction keeps only the digits it needs: 1.50 → "1,5".
    """
    try:
        amount = Decimal(value)
    except (InvalidOperation, TypeError, ValueError):
        return ""
    decimal_separator, thousands_separator, _sign_first = _conventions(language)
    if amount == amount.to_integral_value():
        text = f"{amount:,.0f}"
    elif cents:
        text = f"{amount:,.2f}"
    else:
        text = f"{amount:,.{-amount.normalize().as_tuple().exponent}f}"
    return text.replace(",", "\0").replace(".", decimal_separator).replace("\0", thousands_separator)


def format_money(amount, language=None):
    """An amount in lari: "2,50 ₾" or "₾2.50"."""
    number = format_number(amount, language)
    if _conventions(language)[2]:
        return f"₾{number}"
    return f"{number}{NBSP}₾"


def format_price(price, unit=None, language=None):
    """The price per unit in the visitor's language, or "Price on request" when there is none."""
    if price is None:
        return gettext("Price on request")
    money = format_money(price, language)
    if not unit:
        return money
    if language is None:
        return pgettext("price per unit", "%(price)s / %(unit)s") % {"price": money, "unit": unit_abbreviation(unit)}
    # The unit in the language asked for, not whichever happens to be active.
    with translation.override(language):
        return pgettext("price per unit", "%(price)s / %(unit)s") % {"price": money, "unit": unit_abbreviation(unit)}


def format_quantity(quantity, unit, language=None):
    """A quantity with its unit in the form the number asks for: "500 კგ", "2.5 t", "120 банок", "1,5 банки"."""
    if quantity is None:
        return ""
    written = format_number(quantity, language, cents=False)
    if language is None:
        return quantity_with_unit(quantity, written, unit)
    with translation.override(language):
        return quantity_with_unit(quantity, written, unit)
