"""Listings farmers send through the form page, stored before anything else can fail.

A ListingSubmission keeps everything the farmer sent (as JSON, plus the fields editors filter by), the
language they wrote in, and the draft pages made from it. The private link's token is stored only as its
SHA-256 digest; the client's IP address only as a salted HMAC.
"""

import hashlib
import secrets

from django.conf import settings
from django.db import IntegrityError, models, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

REFERENCE_ALPHABET = "ACDEFGHJKLMNPQRTUVWXY34679"
REFERENCE_LENGTH = 7


def new_reference():
    """A short reference a farmer can read out on the phone: no 0/O, 1/I, 2/Z, 5/S or 8/B to confuse."""
    return "".join(secrets.choice(REFERENCE_ALPHABET) for _index in range(REFERENCE_LENGTH))


def token_digest(token):
    return hashlib.sha256(token.encode()).hexdigest()


class RejectionReason(models.TextChoices):
    DUPLICATE = "duplicate", _("It repeats a listing that is already on the site")
    PROHIBITED = "prohibited", _("This item may not be sold on the portal")
    WRONG_VILLAGE = "wrong_village", _("The village is not in Gori municipality or is wrong")
    UNCLEAR_PHOTO = "unclear_photo", _("The photos are unclear or do not show the offer")
    MISSING_PRICE = "missing_price", _("The price is missing or unclear")
    OTHER = "other", pgettext_lazy("rejection reason", "Other reason")


class ListingSubmission(models.Model):
    """One listing as a farmer sent it through the form page, and what became of it."""

    class Status(models.TextChoices):
        RECEIVED = "received", _("Received")
        NEEDS_ATTENTION = "needs_attention", _("Needs attention")
        WAITING = "waiting", _("Waiting for review")
        LIVE = "live", _("Published")
        REJECTED = "rejected", _("Rejected")
        EXPIRED = "expired", _("Expired")
        WITHDRAWN = "withdrawn", _("Withdrawn")

    reference = models.CharField(_("reference"), max_length=12, unique=True, editable=False)
    token_digest = models.CharField(max_length=64, unique=True, editable=False)
    token_revoked_at = models.DateTimeField(_("private link revoked at"), null=True, blank=True, editable=False)
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.RECEIVED, db_index=True
    )
    language = models.CharField(_("language"), max_length=8, choices=settings.LANGUAGES)
    data = models.JSONField(_("submitted data"), default=dict, editable=False)

    farmer_name = models.CharField(_("farmer's name"), max_length=120)
    phone = models.CharField(_("phone"), max_length=16, db_index=True)
    email = models.EmailField(_("email"), blank=True)
    title = models.CharField(_("offer"), max_length=160)
    village = models.ForeignKey(
        "products.Village", verbose_name=_("village"), null=True, on_delete=models.SET_NULL, related_name="+"
    )
    category = models.ForeignKey(
        "products.Category", verbose_name=_("category"), null=True, on_delete=models.SET_NULL, related_name="+"
    )
    phone_consent = models.BooleanField(_("agreed to publish the phone number"), default=False)
    privacy_consent_at = models.DateTimeField(_("privacy notice accepted at"), null=True, editable=False)
    client_fingerprint = models.CharField(max_length=40, blank=True, editable=False)
    # One per rendering of the form (or per draft in the farmer's browser): the same form sent twice is one listing.
    idempotency_key = models.CharField(max_length=64, null=True, blank=True, unique=True, editable=False)

    farmer_page = models.ForeignKey(
        "products.FarmerPage",
        verbose_name=_("farmer page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    product_page = models.ForeignKey(
        "products.ProductPage",
        verbose_name=_("product page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="submissions",
    )
    attached_to_existing_farmer = models.BooleanField(_("added to an existing farmer"), default=False)
    entered_by_agency = models.BooleanField(
        _("entered by the agency"),
        default=False,
        db_index=True,
        help_text=_("An agency worker typed this listing for a farmer who phoned or came in."),
    )
    entered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("entered by"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    rejection_reason = models.CharField(
        _("reason for rejection"), max_length=20, choices=RejectionReason.choices, blank=True
    )
    rejection_note = models.TextField(_("note to the farmer"), blank=True)
    error = models.TextField(_("what went wrong"), blank=True, editable=False)
    internal_note = models.TextField(_("internal note"), blank=True, help_text=_("Seen only by the agency."))

    created_at = models.DateTimeField(_("received at"), default=timezone.now, db_index=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)
    reviewed_at = models.DateTimeField(_("reviewed at"), null=True, blank=True)
    anonymised_at = models.DateTimeField(
        _("personal data erased at"), null=True, blank=True, editable=False, db_index=True
    )

    class Meta:
        db_table = "products_listingsubmission"  # moved from the products app with its rows
        verbose_name = _("listing submission")
        verbose_name_plural = _("listing submissions")
        ordering = ["-created_at", "-pk"]
        permissions = [("erase_personal_data", _("Can export and erase a farmer's personal data"))]

    def __str__(self):
        return f"{self.reference} · {self.title}"

    @classmethod
    def create_with_token(cls, **fields):
        """Store a new submission with a fresh reference; returns it with its private token (shown only once)."""
        token = secrets.token_urlsafe(32)
        for _attempt in range(10):
            try:
                with transaction.atomic():
                    submission = cls.objects.create(
                        reference=new_reference(), token_digest=token_digest(token), **fields
                    )
                return submission, token
            except IntegrityError:
                if fields.get("idempotency_key") and cls.for_idempotency_key(fields["idempotency_key"]):
                    raise  # the same form, sent twice at once: the caller shows the first one
                continue  # a reference collision: draw another one
        raise IntegrityError("no free listing reference after 10 tries")

    @classmethod
    def for_idempotency_key(cls, key):
        """The submission already made from this rendering of the form, or None."""
        return cls.objects.filter(idempotency_key=key).first() if key else None

    @classmethod
    def for_token(cls, token):
        """The submission a private link points at, or None (unknown or revoked)."""
        if not token or len(token) > 100:
            return None
        return (
            cls.objects.select_related("product_page", "farmer_page")
            .filter(token_digest=token_digest(token), token_revoked_at__isnull=True)
            .first()
        )

    def issue_new_token(self):
        """Replace the private link (the old one stops working); returns the new token."""
        token = secrets.token_urlsafe(32)
        self.token_digest = token_digest(token)
        self.token_revoked_at = None
        self.save(update_fields=["token_digest", "token_revoked_at", "updated_at"])
        return token

    def revoke_token(self):
        self.token_revoked_at = timezone.now()
        self.save(update_fields=["token_revoked_at", "updated_at"])

    @property
    def is_waiting(self):
        return self.status in {self.Status.RECEIVED, self.Status.NEEDS_ATTENTION, self.Status.WAITING}


class ListingSubmissionPhoto(models.Model):
    """A photo sent with a submission, stored as a Wagtail image in the Submissions collection."""

    submission = models.ForeignKey(ListingSubmission, on_delete=models.CASCADE, related_name="photos")
    image = models.ForeignKey("wagtailimages.Image", on_delete=models.CASCADE, related_name="+")
    sort_order = models.PositiveSmallIntegerField(default=0)

    class Meta:
        db_table = "products_listingsubmissionphoto"  # moved from the products app with its rows
        ordering = ["sort_order", "pk"]
        verbose_name = _("submitted photo")
        verbose_name_plural = _("submitted photos")

    def __str__(self):
        return f"{self.submission.reference} #{self.sort_order + 1}"
