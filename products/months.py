"""Months a product is available, stored as a 12-bit mask (January is bit 0).

One integer column filters "available this month" with a bitwise AND on SQLite and PostgreSQL alike.
Month names come from Django's own catalogues, so they are already in Georgian and Russian.
"""

from django import forms
from django.db import models
from django.utils.dates import MONTHS, MONTHS_3
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

ALL_YEAR = (1 << 12) - 1


def month_bit(month):
    """The bit of `month` (1–12)."""
    return 1 << (month - 1)


def months_to_mask(months):
    mask = 0
    for month in months:
        mask |= month_bit(int(month))
    return mask


def mask_to_months(mask):
    return [month for month in range(1, 13) if (mask or 0) & month_bit(month)]


def availability_strip(mask):
    """Twelve months in the active language, each saying whether the product is available then."""
    # Georgian has no capital letters: only the other languages get "Jan"/"Янв" instead of "jan"/"янв".
    georgian = (get_language() or "ka").startswith("ka")
    return [
        {
            "number": month,
            "name": str(MONTHS[month]),
            "short": str(MONTHS_3[month]) if georgian else str(MONTHS_3[month]).capitalize(),
            "available": bool(mask & month_bit(month)),
        }
        for month in range(1, 13)
    ]


class MonthsFormField(forms.TypedMultipleChoiceField):
    """Twelve checkboxes that read and write the bit mask."""

    widget = forms.CheckboxSelectMultiple

    def __init__(self, **kwargs):
        for unused in ("max_value", "min_value", "step_size", "max_length"):
            kwargs.pop(unused, None)
        kwargs.setdefault("choices", [(month, MONTHS[month]) for month in range(1, 13)])
        super().__init__(coerce=int, **kwargs)

    def prepare_value(self, value):
        if isinstance(value, int):
            return mask_to_months(value)
        return value

    def clean(self, value):
        return months_to_mask(super().clean(value) or [])

    def has_changed(self, initial, data):
        initial_mask = initial if isinstance(initial, int) else months_to_mask(initial or [])
        try:
            data_mask = months_to_mask(data or [])
        except (TypeError, ValueError):
            return True
        return initial_mask != data_mask


class MonthsField(models.PositiveSmallIntegerField):
    """A month bit mask edited as twelve checkboxes."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("default", 0)
        kwargs.setdefault("verbose_name", _("months available"))
        super().__init__(*args, **kwargs)

    def formfield(self, **kwargs):
        return super().formfield(**{"form_class": MonthsFormField, "required": not self.blank, **kwargs})
