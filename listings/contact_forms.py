"""The forms visitors use on a product page: an inquiry for the agency, and a report for moderators."""

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.utils.translation import gettext_lazy as _

from core.protection import ProtectedForm
from listings.forms import FarmerTextField
from listings.models import ListingReport
from listings.phone_numbers import TelInput

REQUIRED = {"required": _("Please fill in this field.")}
TOO_LONG = _("Please write at most %(limit_value)d characters (now there are %(show_value)d).")

# Buyers write from anywhere: any international number, not only Georgian ones.
any_phone = RegexValidator(
    r"^\+?[0-9 ()./-]{6,24}$", _("Write a phone number of digits, for example +995 599 12 34 56.")
)


class InquiryForm(ProtectedForm):
    """A buyer's question about one offer: a name, a way to answer (phone or email) and the message."""

    form_name = "inquiry"

    name = FarmerTextField(
        label=_("Your name"),
        max_length=100,
        error_messages={**REQUIRED, "max_length": TOO_LONG},
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    phone = FarmerTextField(
        label=_("Phone"),
        required=False,
        max_length=24,
        validators=[any_phone],
        error_messages={"max_length": TOO_LONG},
        widget=TelInput(attrs={"autocomplete": "tel"}),
    )
    email = forms.EmailField(
        label=_("Email"), required=False, max_length=254, widget=forms.EmailInput(attrs={"autocomplete": "email"})
    )
    message = FarmerTextField(
        label=_("Message"),
        max_length=2000,
        error_messages={**REQUIRED, "max_length": TOO_LONG},
        help_text=_("What you would like to buy, how much and when. The agency forwards it to the farmer."),
        widget=forms.Textarea(attrs={"rows": 4}),
    )

    def clean(self):
        cleaned = super().clean()
        if not cleaned.get("phone") and not cleaned.get("email") and not self.has_error("phone"):
            if not self.has_error("email"):
                raise ValidationError(
                    _("Please give a phone number or an email address, so that we can answer you."), code="contact"
                )
        return cleaned


class ReportForm(ProtectedForm):
    """A visitor tells the moderators that a listing looks wrong."""

    form_name = "report"

    reason = forms.ChoiceField(
        label=_("What is wrong with this listing?"),
        choices=ListingReport.Reason.choices,
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Please choose what is wrong."),
            "invalid_choice": _("Please choose from the list."),
        },
    )
    message = FarmerTextField(
        label=_("Details (optional)"),
        required=False,
        max_length=2000,
        error_messages={"max_length": TOO_LONG},
        widget=forms.Textarea(attrs={"rows": 4}),
    )
