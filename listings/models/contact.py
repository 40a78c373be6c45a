"""Messages visitors leave on a product page: inquiries for the agency, and reports for moderators."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class Inquiry(models.Model):
    """A buyer's message about one offer; stored, then emailed to the agency, who puts them in touch."""

    product = models.ForeignKey(
        "products.ProductPage",
        verbose_name=_("offer"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="inquiries",
    )
    product_title = models.CharField(_("offer title"), max_length=255)
    name = models.CharField(_("name"), max_length=120)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    email = models.EmailField(_("email"), blank=True)
    message = models.TextField(_("message"))
    language = models.CharField(_("language"), max_length=8, choices=settings.LANGUAGES)
    client_fingerprint = models.CharField(max_length=40, blank=True, editable=False)
    created_at = models.DateTimeField(_("received at"), default=timezone.now, db_index=True)
    emailed_at = models.DateTimeField(_("emailed at"), null=True, blank=True, editable=False)
    email_error = models.TextField(_("email error"), blank=True, editable=False)
    handled = models.BooleanField(_("handled"), default=False)
    internal_note = models.TextField(_("internal note"), blank=True)

    class Meta:
        db_table = "products_inquiry"  # moved from the products app with its rows
        verbose_name = _("inquiry")
        verbose_name_plural = _("inquiries")
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return f"{self.name} · {self.product_title}"


class ListingReport(models.Model):
    """A visitor's report that a listing looks wrong: a scam, a prohibited item, out of date…"""

    class Reason(models.TextChoices):
        SCAM = "scam", _("It looks like a scam")
        PROHIBITED = "prohibited", _("The item may not be sold")
        WRONG = "wrong", _("The information is wrong")
        UNAVAILABLE = "unavailable", _("It is no longer available")
        OFFENSIVE = "offensive", _("It is offensive")
        OTHER = "other", pgettext_lazy("report reason", "Something else")

    product = models.ForeignKey(
        "products.ProductPage",
        verbose_name=_("offer"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="reports",
    )
    product_title = models.CharField(_("offer title"), max_length=255)
    reason = models.CharField(_("reason"), max_length=20, choices=Reason.choices)
    message = models.TextField(_("details"), blank=True)
    language = models.CharField(_("language"), max_length=8, choices=settings.LANGUAGES)
    client_fingerprint = models.CharField(max_length=40, blank=True, editable=False)
    created_at = models.DateTimeField(_("received at"), default=timezone.now, db_index=True)
    resolved = models.BooleanField(_("dealt with"), default=False)
    internal_note = models.TextField(_("internal note"), blank=True)

    class Meta:
        db_table = "products_listingreport"  # moved from the products app with its rows
        verbose_name = _("listing report")
        verbose_name_plural = _("listing reports")
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return f"{self.get_reason_display()} · {self.product_title}"
