"""What keeps bots out of the public forms without bothering people: a honeypot field and a minimum fill time.

A form that a bot filled (the hidden field has a value, or it came back complete sooner than a person could
type it, or its timestamp is missing or forged) is answered with the normal thank-you, and nothing is stored.
Clients are recognised only by a salted HMAC of their IP address: the address itself is never stored.
"""

import hashlib
import hmac
import time

from django import forms
from django.conf import settings
from django.core import signing
from django.utils.translation import gettext_lazy as _

TIMESTAMP_SALT = "products.form-protection.started"


def minimum_fill_seconds(form_name):
    """How long a person needs at least before sending `form_name` ("listing", "inquiry", "report")."""
    defaults = {"listing": 5, "inquiry": 3, "report": 3}
    return getattr(settings, "FORM_MINIMUM_FILL_SECONDS", {}).get(form_name, defaults.get(form_name, 3))


def signed_start_time(now=None):
    """The moment a form was shown, signed so a bot cannot backdate it."""
    return signing.dumps(round(now if now is not None else time.time(), 3), salt=TIMESTAMP_SALT)


def client_ip(request):
    """The visitor's address: REMOTE_ADDR, or the entry the last of NUMBER_OF_PROXIES trusted proxies added."""
    proxies = getattr(settings, "NUMBER_OF_PROXIES", 0)
    if proxies:
        forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if part.strip()]
        if len(forwarded) >= proxies:
            return forwarded[-proxies]
    return request.META.get("REMOTE_ADDR", "")


def client_fingerprint(request):
    """A salted HMAC of the client's IP address: enough to count requests per client, useless to find them."""
    key = hashlib.sha256(f"products.client-fingerprint:{settings.SECRET_KEY}".encode()).digest()
    return hmac.new(key, client_ip(request).encode(), hashlib.sha256).hexdigest()[:40]


class ProtectedForm(forms.Form):
    """A public form with a honeypot field and a signed start time. `form_name` picks the minimum fill time."""

    form_name = "form"

    # Hidden from people by the stylesheet (.form-trap); bots that fill every field fill this one too.
    website = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )
    started = forms.CharField(required=False, widget=forms.HiddenInput)

    protection_fields = ("website", "started")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if not self.is_bound:
            self.initial["started"] = signed_start_time()

    def _started_at(self):
        try:
            return float(signing.loads(self.data.get("started", ""), salt=TIMESTAMP_SALT))
        except (signing.BadSignature, TypeError, ValueError):
            return None

    def honeypot_filled(self):
        """The hidden field has text: only bots fill it in."""
        return self.is_bound and bool((self.data.get("website") or "").strip())

    def sent_too_fast(self):
        """The signed start time is missing, forged, or more recent than a person could fill the form in.

        Checked only on forms that are otherwise valid: a person who sends a half-filled form at once
        sees what is missing instead of a thank-you for something that was never stored.
        """
        started = self._started_at()
        return started is None or time.time() - started < minimum_fill_seconds(self.form_name)

    def visible_fields(self):
        return [field for field in super().visible_fields() if field.name not in self.protection_fields]

    @property
    def trap_field(self):
        return self["website"]
