"""What keeps bots out of the public forms without bothering people: a honeypot field and a minimum fill time.

A form that a bot filled (the hidden field has a value, or it came back complete sooner than a person could
type it, or its timestamp is missing or forged) is answered with the normal thank-you, and nothing is stored.
Clients are recognised only by a salted HMAC of their IP address: the address itself is never stored.
"""

import hashlib
import hmac
import ipaddress
import time

from django import forms
from django.conf import settings
from django.core import signing
from django.utils.translation import gettext_lazy as _

TIMESTAMP_SALT = "products.form-protection.started"
# A signed start time older than this is not accepted (a harvested one cannot be replayed for ever); the person
# gets the form back, filled in, with a fresh one.
START_TIME_MAX_AGE = 24 * 3600
START_MISSING, START_EXPIRED, START_OF_ANOTHER_CLIENT = "missing", "expired", "another client"


def minimum_fill_seconds(form_name):
    """How long a person needs at least before sending `form_name` ("listing", "inquiry", "report")."""
    return settings.FORM_MINIMUM_FILL_SECONDS.get(form_name, 3)


def form_token_refused(request):
    """Whether this post came back through core.views.csrf_failure (no valid CSRF token)."""
    return getattr(request, "form_token_refused", False)


def signed_start_time(now=None, *, client):
    """The moment a form was shown to one client (a `client_fingerprint`), signed so a bot can neither backdate
    it nor fetch one and send it from many addresses."""
    return signing.dumps([round(now if now is not None else time.time(), 3), _client_tag(client)], salt=TIMESTAMP_SALT)


def _client_tag(client):
    # The page shows the signed value (signing is not encryption): it carries a digest of the fingerprint,
    # not the fingerprint the rate limits count by.
    return hashlib.sha256(f"form-start:{client}".encode()).hexdigest()[:16]


def client_ip(request):
    """The visitor's address: REMOTE_ADDR, or the entry the last of NUMBER_OF_PROXIES trusted proxies added."""
    proxies = settings.NUMBER_OF_PROXIES
    if proxies:
        forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if part.strip()]
        if len(forwarded) >= proxies:
            return forwarded[-proxies]
    return request.META.get("REMOTE_ADDR", "")


def client_network(address):
    """The unit one client controls: an IPv4 address, or the /64 network of an IPv6 one (a single home or phone
    gets a whole /64 and can rotate through it freely)."""
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return address
    if ip.version == 6 and ip.ipv4_mapped is None:
        return str(ipaddress.ip_network(f"{ip}/64", strict=False))
    return str(getattr(ip, "ipv4_mapped", None) or ip)


def client_fingerprint(request):
    """A salted HMAC of the client's address (its /64 for IPv6): enough to count requests per client, useless
    to find them."""
    return address_fingerprint(client_ip(request))


def address_fingerprint(address):
    """The fingerprint of a client at `address` (what `client_fingerprint` gives for its requests)."""
    key = hashlib.sha256(f"products.client-fingerprint:{settings.SECRET_KEY}".encode()).digest()
    return hmac.new(key, client_network(address).encode(), hashlib.sha256).hexdigest()[:40]


class ProtectedForm(forms.Form):
    """A public form with a honeypot field and a signed start time. `form_name` picks the minimum fill time.

    `client` is the sender's `client_fingerprint`: a start time signed for another client (harvested once
    and sent from many addresses, or the visitor's phone changed network) is refused like an expired one.
    """

    form_name = "form"

    # Hidden from people by the stylesheet (.form-trap); bots that fill every field fill this one too.
    website = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )
    started = forms.CharField(required=False, widget=forms.HiddenInput)

    protection_fields = ("website", "started")

    def __init__(self, *args, token_refused=False, client=None, **kwargs):
        # token_refused: the post came without a valid CSRF token (core.views.csrf_failure); shown again.
        self.token_refused = token_refused
        self.client = client
        super().__init__(*args, **kwargs)

    def clean(self):
        cleaned_data = super().clean()
        if self.token_refused or self._start_problem() in (START_EXPIRED, START_OF_ANOTHER_CLIENT):
            raise forms.ValidationError(
                _("Nothing was sent yet: please check what you typed and press the button again."),
                code="token_refused",
            )
        return cleaned_data

    def _start(self):
        """(moment, problem) of the start time sent back: problem is "" for a genuine, current start time
        signed for this client, else START_MISSING (none, or forged), START_EXPIRED or START_OF_ANOTHER_CLIENT."""
        if not self.is_bound:
            return None, START_MISSING
        try:
            value = signing.loads(self.data.get("started", ""), salt=TIMESTAMP_SALT, max_age=START_TIME_MAX_AGE)
        except signing.SignatureExpired:
            return None, START_EXPIRED
        except (signing.BadSignature, TypeError, ValueError):
            return None, START_MISSING
        # A bare number is a start time signed before they named their client: treated as another client's.
        if not (isinstance(value, list) and len(value) == 2 and self.client is not None):
            return None, START_OF_ANOTHER_CLIENT
        moment, tag = value
        if not hmac.compare_digest(str(tag), _client_tag(self.client)):
            return None, START_OF_ANOTHER_CLIENT
        try:
            return float(moment), ""
        except (TypeError, ValueError):
            return None, START_MISSING

    def _start_problem(self):
        return self._start()[1]

    def started_value(self, client):
        """The signed start time to put in the form shown to `client`: a fresh one on a new form; the one sent
        back when it stands; else one a person who already typed everything may send at once (a form shown
        again after a refused token, an expired start time or one signed for another address)."""
        if not self.is_bound:
            return signed_start_time(client=client)
        sent = self.data.get("started", "")
        if sent and self._start_problem() not in (START_EXPIRED, START_OF_ANOTHER_CLIENT):
            return sent
        return signed_start_time(time.time() - minimum_fill_seconds(self.form_name), client=client)

    def honeypot_filled(self):
        """The hidden field has text: only bots fill it in."""
        return self.is_bound and bool((self.data.get("website") or "").strip())

    def sent_too_fast(self):
        """The signed start time is missing, forged, not this client's, or more recent than a person could fill
        the form in.

        Checked only on forms that are otherwise valid: a person who sends a half-filled form at once
        sees what is missing instead of a thank-you for something that was never stored.
        """
        started, _problem = self._start()
        return started is None or time.time() - started < minimum_fill_seconds(self.form_name)

    def visible_fields(self):
        return [field for field in super().visible_fields() if field.name not in self.protection_fields]

    @property
    def trap_field(self):
        return self["website"]
