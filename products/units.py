"""Units a product or service is sold by: fixed choices, with a full name and a short label per language."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


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


# Short labels after a price: "2,50 ₾ / კგ", "₾2.50 / kg".
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


def unit_abbreviation(unit):
    """The short label of `unit` in the active language ("kg" in English, "კგ" in Georgian)."""
    return str(UNIT_ABBREVIATIONS.get(unit, unit))
