"""Units a product or service is sold by: fixed choices, with a full name and a short label per language."""

from decimal import Decimal

from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import npgettext_lazy, pgettext_lazy


class Unit(models.TextChoices):
    KILOGRAM = "kg", _("kilogram")
    TONNE = "tonne", _("tonne")
    PIECE = "piece", _("piece")
    LITRE = "litre", _("litre")
    BUNCH = "bunch", _("bunch")
    BOX = "box", _("box")
    SACK = "sack", _("sack")
    JAR = "jar", _("jar")
    HEAD = "head", _("head of livestock")
    HOUR = "hour", _("hour")
    DAY = "day", _("day")


# Short labels after a price: "2,50 ₾ / კგ", "₾2.50 / kg", "3 ₾ / шт.".
UNIT_ABBREVIATIONS = {
    Unit.KILOGRAM: pgettext_lazy("unit abbreviation", "kg"),
    Unit.TONNE: pgettext_lazy("unit abbreviation", "t"),
    Unit.PIECE: pgettext_lazy("unit abbreviation", "pc"),
    Unit.LITRE: pgettext_lazy("unit abbreviation", "l"),
    Unit.BUNCH: pgettext_lazy("unit abbreviation", "bunch"),
    Unit.BOX: pgettext_lazy("unit abbreviation", "box"),
    Unit.SACK: pgettext_lazy("unit abbreviation", "sack"),
    Unit.JAR: pgettext_lazy("unit abbreviation", "jar"),
    Unit.HEAD: pgettext_lazy("unit abbreviation", "head"),
    Unit.HOUR: pgettext_lazy("unit abbreviation", "hour"),
    Unit.DAY: pgettext_lazy("unit abbreviation", "day"),
}

# UN/CEFACT common codes for schema.org's unitCode, where one exists.
UNIT_CODES = {
    Unit.KILOGRAM: "KGM",
    Unit.TONNE: "TNE",
    Unit.PIECE: "H87",
    Unit.LITRE: "LTR",
    Unit.BOX: "BX",
    Unit.SACK: "SA",
    Unit.JAR: "JR",
    Unit.HEAD: "HEA",
    Unit.HOUR: "HUR",
    Unit.DAY: "DAY",
}

# A number of units: "120 банок", "2 jars", "500 კგ". The unit is the context, so each language gives its own
# plural forms (Russian one/few/many; Georgian keeps the singular after a number; abbreviations never change).
# "count" picks the plural form, "quantity" is the number as the language writes it.
QUANTITY_FORMS = {
    Unit.KILOGRAM: npgettext_lazy("kg", "%(quantity)s kg", "%(quantity)s kg", "count"),
    Unit.TONNE: npgettext_lazy("tonne", "%(quantity)s t", "%(quantity)s t", "count"),
    Unit.PIECE: npgettext_lazy("piece", "%(quantity)s piece", "%(quantity)s pieces", "count"),
    Unit.LITRE: npgettext_lazy("litre", "%(quantity)s l", "%(quantity)s l", "count"),
    Unit.BUNCH: npgettext_lazy("bunch", "%(quantity)s bunch", "%(quantity)s bunches", "count"),
    Unit.BOX: npgettext_lazy("box", "%(quantity)s box", "%(quantity)s boxes", "count"),
    Unit.SACK: npgettext_lazy("sack", "%(quantity)s sack", "%(quantity)s sacks", "count"),
    Unit.JAR: npgettext_lazy("jar", "%(quantity)s jar", "%(quantity)s jars", "count"),
    Unit.HEAD: npgettext_lazy("head of livestock", "%(quantity)s head", "%(quantity)s head", "count"),
    Unit.HOUR: npgettext_lazy("hour", "%(quantity)s hour", "%(quantity)s hours", "count"),
    Unit.DAY: npgettext_lazy("day", "%(quantity)s day", "%(quantity)s days", "count"),
}

# gettext's plural rules see whole numbers only. A fraction takes the form a language uses after 2:
# Russian's genitive singular ("1,5 банки", "2,5 часа"), English's plural ("1.5 jars"), Georgian's singular.
FRACTION_PLURAL_COUNT = 2


def unit_abbreviation(unit):
    """The short label of `unit` in the active language ("kg" in English, "კგ" in Georgian)."""
    return str(UNIT_ABBREVIATIONS.get(unit, unit))


def plural_count(quantity):
    """The whole number that picks the plural form for `quantity` (fractions as explained above)."""
    amount = Decimal(quantity)
    if amount != amount.to_integral_value():
        return FRACTION_PLURAL_COUNT
    return int(amount)


def quantity_with_unit(quantity, written_quantity, unit):
    """`written_quantity` (the number as the language writes it) followed by `unit` in the right form."""
    forms = QUANTITY_FORMS.get(unit)
    if forms is None:
        return f"{written_quantity} {unit}"
    return forms % {"count": plural_count(quantity), "quantity": written_quantity}
