"""Georgian phone numbers: what farmers type ("599 12-34-56", "0370 27 12 34", "+995599123456") → +995XXXXXXXXX.

A Georgian number has nine digits after the country code 995: mobiles start with 5 (5XX XX XX XX), landlines
with the area code, 3 or 4 (Tbilisi 32 2XX XX XX, Gori 370 XX XX XX, Kutaisi 431 XX XX XX). People also write
the old trunk prefixes 0 and 8 in front ("0 599…", "8 370…") and the international prefixes +, 00 or nothing.
"""

import re
import unicodedata

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

COUNTRY_CODE = "995"
SEPARATORS = re.compile(r"[\s\-.()/\u2010-\u2015\u2212]")
NATIONAL_NUMBER = re.compile(r"^(5\d{8}|3[2-9]\d{7}|4\d{8})$")


class PhoneNumberError(ValueError):
    """The text is not a Georgian phone number; `code` says why, for the message shown."""

    def __init__(self, code):
        super().__init__(code)
        self.code = code


def normalise_georgian_phone(text):
    """The number in the form +995XXXXXXXXX, or PhoneNumberError."""
    compact = SEPARATORS.sub("", unicodedata.normalize("NFKC", text or ""))
    if compact.startswith("+"):
        compact = compact[1:]
        if not compact.startswith(COUNTRY_CODE):
            raise PhoneNumberError("foreign")
    elif compact.startswith("00"):
        compact = compact[2:]
        if not compact.startswith(COUNTRY_CODE):
            raise PhoneNumberError("foreign")
    if not compact.isdigit() or not compact.isascii():
        raise PhoneNumberError("invalid")
    if len(compact) == 12 and compact.startswith(COUNTRY_CODE):
        national = compact[3:]
    elif len(compact) == 10 and compact[0] in "08":
        national = compact[1:]
    elif len(compact) == 9:
        national = compact
    elif len(compact) in (5, 6, 7):
        raise PhoneNumberError("local")
    else:
        raise PhoneNumberError("length")
    if not NATIONAL_NUMBER.match(national):
        raise PhoneNumberError("invalid")
    return f"+{COUNTRY_CODE}{national}"


def format_georgian_phone(number):
    """+995599123456 → "+995 599 12 34 56"; +995370271234 → "+995 370 27 12 34"; Tbilisi: "+995 32 212 34 56"."""
    national = number[4:] if number.startswith("+995") else number
    if national.startswith("32"):
        groups = [national[:2], national[2:5], national[5:7], national[7:]]
    else:
        groups = [national[:3], national[3:5], national[5:7], national[7:]]
    return " ".join(["+995", *groups])


class TelInput(forms.TextInput):
    """A phone number input: phones show the digit keypad."""

    input_type = "tel"


class GeorgianPhoneField(forms.CharField):
    """A phone number field that accepts what people type and cleans it to +995XXXXXXXXX."""

    default_error_messages = {
        "invalid": _("Write a Georgian phone number: a mobile like 599 12 34 56 or a landline like 370 27 12 34."),
        "length": _("A Georgian phone number has 9 digits, for example 599 12 34 56. Please check the number."),
        "local": _("Write the number with its area code, for example 370 27 12 34 for Gori."),
        "foreign": _("Only Georgian phone numbers (+995) can be used for listings."),
    }

    def __init__(self, **kwargs):
        kwargs.setdefault("max_length", 32)
        kwargs.setdefault("widget", TelInput(attrs={"autocomplete": "tel"}))
        super().__init__(**kwargs)

    def clean(self, value):
        value = super().clean(value)
        if value in self.empty_values:
            return value
        try:
            return normalise_georgian_phone(value)
        except PhoneNumberError as error:
            raise ValidationError(self.error_messages[error.code], code=error.code) from None
