"""The forms farmers fill in: the listing form, and the forms of their private link.

Every message is an interface string, so a farmer reads it in the language of the page; a form with errors
is shown again with everything typed in it (and the photos already checked are kept on the server).
"""

import re
from decimal import Decimal

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from core.protection import ProtectedForm
from listings.models import ListingSubmission
from listings.phone_numbers import GeorgianPhoneField
from listings.photos import MAX_PHOTOS, ListingPhotosField, load_kept_photo, read_kept_photos
from products.models import CertificationKind
from products.months import MonthsFormField
from products.units import Unit

SUBMISSION_KEY = re.compile(r"^[A-Za-z0-9_-]{16,64}$")


def submission_key(value):
    """An idempotency key as the browser sent it, or "" when it is missing or not one of ours."""
    return value if isinstance(value, str) and SUBMISSION_KEY.match(value) else ""


# Control characters (other than line breaks and tabs) come from copy and paste and break databases.
CONTROL_CHARACTERS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200b\u2028\u2029\ufeff]")


def without_control_characters(text):
    return CONTROL_CHARACTERS.sub("", text or "")


LINE_BREAKS = re.compile("[\r\n\t]+")


class FarmerTextField(forms.CharField):
    """Text as people paste it: invisible control characters are dropped before the length is checked, and
    a one-line field keeps one line (a line break in a title would break the moderators' email headers)."""

    def to_python(self, value):
        if isinstance(value, str):
            value = without_control_characters(value)
            if not isinstance(self.widget, forms.Textarea):
                value = LINE_BREAKS.sub(" ", value)
        return super().to_python(value)


class LocalDecimalField(forms.DecimalField):
    """A number as Georgians and Russians write it too: "2,50", "1 200", "1.200,50", "2,50 ₾"."""

    def to_python(self, value):
        if isinstance(value, str):
            number = re.sub(r"[\s\u00a0\u202f'’₾]", "", value)
            if "," in number and "." in number:  # the last mark is the decimal one
                number = number.replace("," if number.rfind(".") > number.rfind(",") else ".", "")
            value = number.replace(",", ".")
        return super().to_python(value)


def price_field(label, help_text=""):
    """An optional price in lari per unit, as farmers and buyers type it (2,50 or 2.50), with its messages."""
    return LocalDecimalField(
        label=label,
        required=False,
        min_value=Decimal("0.01"),
        max_value=Decimal("99999999"),
        max_digits=10,
        decimal_places=2,
        help_text=help_text,
        widget=forms.TextInput(attrs={"inputmode": "decimal", "autocomplete": "off"}),
        error_messages={
            "invalid": _("Write the price as a number, for example 2.50."),
            "min_value": _("The price must be more than 0."),
            "max_value": _("This price is too large. Please check it."),
            "max_digits": _("This price is too large. Please check it."),
            "max_decimal_places": _("Write at most two digits after the decimal point (tetri)."),
            "max_whole_digits": _("This price is too large. Please check it."),
        },
    )


def text_field(label, max_length, required=True, help_text="", textarea=False, rows=5, validators=(), **attrs):
    """A one-line (or, with `textarea`, several-line) text field with the public forms' messages."""
    widget = forms.Textarea(attrs={"rows": rows, **attrs}) if textarea else forms.TextInput(attrs=attrs)
    return FarmerTextField(
        label=label,
        max_length=max_length,
        required=required,
        help_text=help_text,
        widget=widget,
        validators=list(validators),
        error_messages={
            "required": _("Please fill in this field."),
            "max_length": _("Please write at most %(limit_value)d characters (now there are %(show_value)d)."),
        },
    )


class PriceFields(forms.Form):
    """A price in lari (a comma works as well as a point) or "price on request", and the quantity."""

    price = price_field(
        _("Price in lari (₾)"),
        help_text=_("For one unit, for example 2.50. Leave it empty and tick the box below if buyers should ask."),
    )
    price_on_request = forms.BooleanField(label=_("Price on request: buyers ask me"), required=False)
    quantity = LocalDecimalField(
        label=_("Quantity available"),
        required=False,
        min_value=Decimal("0"),
        max_digits=12,
        decimal_places=2,
        help_text=_("How much you can sell, in the unit above. Leave it empty if you are not sure."),
        widget=forms.TextInput(attrs={"inputmode": "decimal", "autocomplete": "off"}),
        error_messages={
            "invalid": _("Write the quantity as a number, for example 500."),
            "min_value": _("The quantity cannot be negative."),
            "max_digits": _("This quantity is too large. Please check it."),
            "max_decimal_places": _("Write at most two digits after the decimal point."),
            "max_whole_digits": _("This quantity is too large. Please check it."),
        },
    )

    def clean(self):
        cleaned = super().clean()
        price, on_request = cleaned.get("price"), cleaned.get("price_on_request")
        if "price" in cleaned and price is None and not on_request:
            self.add_error("price", ValidationError(_("Write a price, or tick “Price on request”."), code="missing"))
        if price is not None and on_request:
            self.add_error(
                "price_on_request",
                ValidationError(_("Either write a price or tick “Price on request”, not both."), code="both"),
            )
        return cleaned


class ListingForm(PriceFields, ProtectedForm):
    """Everything a farmer tells us about themselves and their offer. Villages and categories come in the
    page's language (the Georgian name where a translation is missing); values are the Georgian rows' ids."""

    form_name = "listing"

    farmer_name = text_field(_("Your name or your farm's name"), 100, autocomplete="name")
    phone = GeorgianPhoneField(
        label=_("Phone number"),
        help_text=_("A Georgian mobile or landline number, for example 599 12 34 56."),
        error_messages={"required": _("Please write your phone number: buyers and the agency call you on it.")},
    )
    has_whatsapp = forms.BooleanField(label=_("I use WhatsApp on this number"), required=False)
    has_viber = forms.BooleanField(label=_("I use Viber on this number"), required=False)
    village = forms.TypedChoiceField(
        label=_("Village"), coerce=int, error_messages={"required": _("Please choose your village.")}
    )
    email = forms.EmailField(
        label=_("Email (optional)"),
        required=False,
        max_length=254,
        help_text=_("Only the agency sees it: it is never shown on the site."),
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )

    title = text_field(
        _("What do you offer?"),
        120,
        help_text=_("A short name, for example: Golden apples or Ploughing with a tractor."),
    )
    category = forms.TypedChoiceField(
        label=_("Category"), coerce=int, error_messages={"required": _("Please choose a category.")}
    )
    description = text_field(
        _("Description"),
        3000,
        required=False,
        textarea=True,
        help_text=_("Variety, how it is grown, packaging, anything a buyer should know."),
    )
    unit = forms.ChoiceField(
        label=_("Sold by"),
        choices=Unit.choices,
        initial=Unit.KILOGRAM,
        error_messages={"invalid_choice": _("Please choose a unit from the list.")},
    )
    months = MonthsFormField(
        label=_("Months available"),
        required=False,
        help_text=_("Tick the months when buyers can get it. Leave all empty if it is available all year."),
        error_messages={"invalid_choice": _("Please tick months from the list.")},
    )
    certificate = forms.ChoiceField(
        label=_("Certificate"),
        required=False,
        choices=[("", _("No certificate")), *CertificationKind.choices],
        error_messages={"invalid_choice": _("Please choose a certificate from the list.")},
    )
    certificate_number = text_field(
        _("Certificate number"), 60, required=False, help_text=_("So buyers and the agency can check it.")
    )
    offers_pickup = forms.BooleanField(label=_("Buyers can pick it up at my farm"), required=False, initial=True)
    offers_delivery = forms.BooleanField(label=_("I can deliver"), required=False)
    delivery_note = text_field(
        _("Delivery details"), 200, required=False, help_text=_("For example: to Gori and Tbilisi, from 100 kg.")
    )
    photos = ListingPhotosField(
        label=_("Photos (up to 6)"),
        help_text=_("Take them with your phone or choose them from the gallery. Each photo up to 10 MB."),
    )
    # Signed references to photos kept from an earlier try of this form; forged ones are ignored, stale ones
    # (too old, or of another form) make the form ask for those photos again.
    kept_photos = forms.Field(required=False, widget=forms.MultipleHiddenInput)
    phone_consent = forms.BooleanField(
        label=_("Show my phone number on my listing so buyers can call me"), required=False, initial=True
    )
    privacy_consent = forms.BooleanField(
        label=_("I have read the privacy notice and agree that the agency stores my listing and my details"),
        error_messages={"required": _("Please agree to the privacy notice: without it we cannot store your listing.")},
    )

    fieldsets = [
        (_("About you"), ["farmer_name", "phone", "has_whatsapp", "has_viber", "village", "email"]),
        (
            _("Your offer"),
            [
                "title",
                "category",
                "description",
                "price",
                "price_on_request",
                "unit",
                "quantity",
                "months",
                "certificate",
                "certificate_number",
                "offers_pickup",
                "offers_delivery",
                "delivery_note",
            ],
        ),
        (_("Photos"), ["photos"]),
        (_("Consent"), ["phone_consent", "privacy_consent"]),
    ]

    field_order = [name for _legend, names in fieldsets for name in names]

    def __init__(self, *args, taxonomy, **kwargs):
        super().__init__(*args, **kwargs)
        self.taxonomy = taxonomy
        self.fields["village"].choices = [("", _("Choose your village"))] + [
            (term.id, term.name) for term in taxonomy.villages_by_name()
        ]
        self.fields["category"].choices = [("", _("Choose a category"))] + [
            (term.id, ("— " * depth) + term.name) for term, depth in taxonomy.categories_in_tree_order()
        ]
        for name in ("village", "category"):
            self.fields[name].error_messages["invalid_choice"] = _("Please choose from the list.")
        self.kept, self.lost_photos = [], 0
        if self.is_bound:
            references = self.data.getlist("kept_photos") if hasattr(self.data, "getlist") else []
            self.kept, self.lost_photos = read_kept_photos(
                references[: 2 * MAX_PHOTOS], submission_key(self.data.get("submission_key"))
            )

    def clean(self):
        cleaned = super().clean()
        kept = [kept for kept in self.kept if kept.reference in (cleaned.get("kept_photos") or [])]
        new_photos = cleaned.get("photos") or []
        if self.lost_photos:
            # Sent without them, the listing would silently lack photos the farmer chose.
            self.add_error(
                "photos",
                ValidationError(
                    _(
                        "Photos you chose earlier are no longer kept: we keep them for 2 hours. "
                        "Please choose them again."
                    ),
                    code="kept_photos_lost",
                ),
            )
        if "photos" in cleaned and len(kept) + len(new_photos) > MAX_PHOTOS:
            self.add_error(
                "photos",
                ValidationError(
                    _("You can add at most %(limit)d photos in all. Please leave some out."),
                    code="too_many_photos",
                    params={"limit": MAX_PHOTOS},
                ),
            )
        cleaned["all_photos"] = [load_kept_photo(item) for item in kept] + list(new_photos)
        if cleaned.get("certificate_number") and not cleaned.get("certificate"):
            self.add_error("certificate", ValidationError(_("Which certificate is this number for?"), code="kind"))
        if cleaned.get("offers_delivery") is False and cleaned.get("offers_pickup") is False:
            self.add_error(
                "offers_pickup",
                ValidationError(_("Tell buyers how they get it: pickup at the farm, delivery or both."), code="none"),
            )
        return cleaned

    def fieldset_list(self):
        """(legend, bound fields) for the template, in the order the farmer fills them in."""
        return [(legend, [self[name] for name in names]) for legend, names in self.fieldsets]

    def submitted_data(self):
        """The cleaned values as JSON (all of them, as the farmer sent them after cleaning)."""
        data = {}
        for name, value in self.cleaned_data.items():
            if name in {"photos", "all_photos", "kept_photos", "website", "started"}:
                continue
            data[name] = str(value) if isinstance(value, Decimal) else value
        data["village_name"] = getattr(self.taxonomy.village(self.cleaned_data.get("village")), "name", "")
        data["category_name"] = getattr(self.taxonomy.category(self.cleaned_data.get("category")), "name", "")
        data["photos"] = [
            {"name": photo.name, "width": photo.width, "height": photo.height}
            for photo in self.cleaned_data.get("all_photos", [])
        ]
        return data


class AgencyListingForm(ListingForm):
    """The listing form as an agency worker fills it in the admin for a farmer who phoned or came in: the same
    fields and photos, the farmer's language (the private link and the slip are in it), and no bot defences."""

    language = forms.ChoiceField(
        label=_("The farmer's language"),
        choices=settings.LANGUAGES,
        initial=settings.LANGUAGE_CODE,
        help_text=_("The listing, its private link and the printed slip are in this language."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in self.protection_fields:
            self.fields.pop(name, None)
        self.fields["farmer_name"].label = _("The farmer's name or farm's name")
        self.fields["phone"].label = _("The farmer's phone number")
        self.fields["has_whatsapp"].label = _("The farmer uses WhatsApp on this number")
        self.fields["has_viber"].label = _("The farmer uses Viber on this number")
        self.fields["village"].choices = [("", _("Choose the village")), *list(self.fields["village"].choices)[1:]]
        self.fields["photos"].help_text = _("Photos the farmer brought or sent. Each photo up to 10 MB.")
        self.fields["phone_consent"].label = _("The farmer agrees that buyers see this phone number")
        self.fields["privacy_consent"].label = _(
            "I read the privacy notice to the farmer, and the farmer agrees that the agency stores the listing"
        )
        self.fields["privacy_consent"].error_messages["required"] = _(
            "Without the farmer's agreement to the privacy notice the listing cannot be stored."
        )

    def honeypot_filled(self):
        return False

    def sent_too_fast(self):
        return False

    def fieldset_list(self):
        sets = super().fieldset_list()
        _legend, fields = sets[0]
        return [(_("About the farmer"), [self["language"], *fields]), *sets[1:]]

    def submitted_data(self):
        data = super().submitted_data()
        data.pop("language", None)
        return data


# The private link ---------------------------------------------------------------------------------------------

class OfferUpdateForm(PriceFields):
    """Price, quantity and months: facts that change at once, without a new review."""

    months = MonthsFormField(
        label=_("Months available"),
        required=False,
        help_text=_("Leave all empty if it is available all year."),
        error_messages={"invalid_choice": _("Please tick months from the list.")},
    )


class ListingTextForm(forms.Form):
    """Name, description and photos of the offer: changes go to the agency for review before they show."""

    title = text_field(_("What do you offer?"), 120)
    description = text_field(_("Description"), 3000, required=False, textarea=True)
    remove_photos = forms.TypedMultipleChoiceField(
        label=_("Remove these photos"), required=False, coerce=int, widget=forms.CheckboxSelectMultiple
    )
    photos = ListingPhotosField(
        label=_("Add photos"), help_text=_("Up to 6 photos in all. Each photo up to 10 MB.")
    )

    def __init__(self, *args, current_photos=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.current_photos = list(current_photos)
        self.fields["remove_photos"].choices = [(image.pk, image.title) for image in self.current_photos]

    def clean(self):
        cleaned = super().clean()
        remaining = len(self.current_photos) - len(cleaned.get("remove_photos") or [])
        if len(cleaned.get("photos") or []) + remaining > MAX_PHOTOS:
            self.add_error(
                "photos",
                ValidationError(
                    _("You can add at most %(limit)d photos in all. Please leave some out."),
                    code="too_many_photos",
                    params={"limit": MAX_PHOTOS},
                ),
            )
        return cleaned


class WithdrawForm(forms.Form):
    confirm = forms.BooleanField(
        label=_("Yes, take my listing off the site"),
        error_messages={"required": _("Tick the box to confirm that you want to take the listing off the site.")},
    )


def submission_statuses_for_farmers():
    """The statuses a farmer can see, in their words."""
    status = ListingSubmission.Status
    return {
        status.RECEIVED: _("Waiting for review"),
        status.NEEDS_ATTENTION: _("Waiting for review"),
        status.WAITING: _("Waiting for review"),
        status.LIVE: _("Published"),
        status.REJECTED: _("Not published"),
        status.EXPIRED: _("Expired"),
        status.WITHDRAWN: _("Taken off the site"),
    }
