"""The form buyers post their requests through ("Wanted"): the listing form's defences and its kind of
messages, in the language of the page."""

import re
from decimal import Decimal

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from core.protection import ProtectedForm
from listings.forms import FarmerTextField, LocalDecimalField, price_field, text_field
from listings.models import BuyerRequest
from products.months import MonthsFormField
from products.units import Unit

# Requests are read by farmers and moderators; links and markup in them are almost always spam.
LINK_OR_MARKUP = re.compile(r"(https?://|www\.|<\s*/?\s*[a-z!]|\[url|javascript:)", re.IGNORECASE)
PHONE = re.compile(r"^\+?[0-9 ()\-]{6,24}$")


def no_links_or_markup(value):
    if LINK_OR_MARKUP.search(value or ""):
        raise ValidationError(_("Please write plain text, without web links or HTML."), code="link")


def _text(label, max_length, required=True, help_text="", textarea=False, **attrs):
    """The listing form's text field, refusing links and markup."""
    return text_field(
        label, max_length, required, help_text, textarea, rows=4, validators=[no_links_or_markup], **attrs
    )


class BuyerRequestForm(ProtectedForm):
    """What a buyer wants, how much, from where and when, a price idea, and how farmers reach them."""

    form_name = "wanted"

    product = _text(
        _("What do you want to buy?"), 120, help_text=_("For example: apples for juice, walnuts in shell, lamb.")
    )
    category = forms.TypedChoiceField(
        label=_("Category"), coerce=int, error_messages={"required": _("Please choose a category.")}
    )
    quantity = LocalDecimalField(
        label=_("Quantity"),
        min_value=Decimal("0.01"),
        max_value=Decimal("99999999"),
        max_digits=12,
        decimal_places=2,
        widget=forms.TextInput(attrs={"inputmode": "decimal", "autocomplete": "off"}),
        error_messages={
            "required": _("Please write how much you want to buy."),
            "invalid": _("Write the quantity as a number, for example 500."),
            "min_value": _("The quantity must be more than 0."),
            "max_value": _("This quantity is too large. Please check it."),
            "max_digits": _("This quantity is too large. Please check it."),
            "max_decimal_places": _("Write at most two digits after the decimal point."),
            "max_whole_digits": _("This quantity is too large. Please check it."),
        },
    )
    unit = forms.ChoiceField(
        label=_("Unit"),
        choices=Unit.choices,
        initial=Unit.KILOGRAM,
        error_messages={"invalid_choice": _("Please choose a unit from the list.")},
    )
    village = forms.TypedChoiceField(label=_("From which village"), coerce=int, required=False, empty_value=None)
    months = MonthsFormField(
        label=_("When do you need it?"),
        required=False,
        help_text=_("Tick the months. Leave all empty if any time suits you."),
        error_messages={"invalid_choice": _("Please tick months from the list.")},
    )
    price = price_field(_("Your price idea in lari (₾) per unit (optional)"))
    note = _text(
        _("Details (optional)"), 1000, required=False, textarea=True,
        help_text=_("Variety, size, packaging, delivery, how you pay."),
    )
    buyer_kind = forms.ChoiceField(
        label=_("You are"),
        choices=[("", _("Choose one")), *BuyerRequest.BuyerKind.choices],
        error_messages={
            "required": _("Please say who is buying."),
            "invalid_choice": _("Please choose from the list."),
        },
    )
    buyer_name = _text(_("Your name or your company's name"), 120, autocomplete="organization")
    phone = forms.CharField(
        label=_("Phone number"),
        required=False,
        max_length=32,
        widget=forms.TextInput(attrs={"type": "tel", "autocomplete": "tel", "inputmode": "tel"}),
        help_text=_("With the country code if it is not a Georgian number, for example +374 10 123456."),
        error_messages={"max_length": _("This phone number is too long. Please check it.")},
    )
    email = forms.EmailField(
        label=_("Email"),
        required=False,
        max_length=254,
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
        error_messages={"invalid": _("Please write a valid email address, for example name@example.com.")},
    )
    contact_consent = forms.BooleanField(
        label=_("Show my phone number and email with my request so farmers can contact me"),
        required=False,
        initial=True,
    )
    privacy_consent = forms.BooleanField(
        label=_("I have read the privacy notice and agree that the agency stores my request and my details"),
        error_messages={"required": _("Please agree to the privacy notice: without it we cannot store your request.")},
    )

    fieldsets = [
        (_("What you want to buy"), ["product", "category", "quantity", "unit", "village", "months", "price", "note"]),
        (_("About you"), ["buyer_kind", "buyer_name", "phone", "email", "contact_consent"]),
        (_("Consent"), ["privacy_consent"]),
    ]
    field_order = [name for _legend, names in fieldsets for name in names]

    def __init__(self, *args, taxonomy, **kwargs):
        super().__init__(*args, **kwargs)
        self.taxonomy = taxonomy
        self.fields["category"].choices = [("", _("Choose a category"))] + [
            (term.id, ("— " * depth) + term.name) for term, depth in taxonomy.categories_in_tree_order()
        ]
        self.fields["village"].choices = [("", _("Any village"))] + [
            (term.id, term.name) for term in taxonomy.villages_by_name()
        ]
        for name in ("village", "category"):
            self.fields[name].error_messages["invalid_choice"] = _("Please choose from the list.")

    def clean_phone(self):
        phone = FarmerTextField().to_python(self.cleaned_data.get("phone") or "").strip()
        if phone and (not PHONE.match(phone) or sum(ch.isdigit() for ch in phone) < 6):
            raise ValidationError(
                _("Write the phone number with digits only, for example +995 599 12 34 56."), code="phone"
            )
        return phone

    def clean(self):
        cleaned = super().clean()
        if not cleaned.get("phone") and not cleaned.get("email") and "phone" not in self.errors \
                and "email" not in self.errors:
            self.add_error("phone", ValidationError(
                _("Write a phone number or an email, so farmers or the agency can reach you."), code="no_contact"
            ))
        return cleaned

    def fieldset_list(self):
        return [(legend, [self[name] for name in names]) for legend, names in self.fieldsets]
