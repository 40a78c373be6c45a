"""Buyers' requests ("Wanted"): a shop, restaurant, exporter or processor says what it wants to buy.

A request is stored as sent (waiting), shown only after a moderator approves it, and leaves the site on its
expiry day. Its free text stays in the language the buyer wrote it in; its facts (category, quantity and
unit, village, months, price) show in every visitor's language.
"""

from django.conf import settings
from django.db import IntegrityError, models, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from core.slugs import AsciiSlugMixin
from products.months import MonthsField
from products.units import Unit

from .submissions import new_reference


class BuyerRequest(models.Model):
    """One buyer's request, as sent through the Wanted form page, and what became of it."""

    class Status(models.TextChoices):
        WAITING = "waiting", _("Waiting for review")
        LIVE = "live", _("Published")
        REJECTED = "rejected", _("Rejected")
        EXPIRED = "expired", _("Expired")
        WITHDRAWN = "withdrawn", _("Withdrawn")

    class BuyerKind(models.TextChoices):
        SHOP = "shop", pgettext_lazy("buyer", "Shop or market")
        RESTAURANT = "restaurant", pgettext_lazy("buyer", "Restaurant or hotel")
        PROCESSOR = "processor", pgettext_lazy("buyer", "Processor")
        EXPORTER = "exporter", pgettext_lazy("buyer", "Exporter")
        TRADER = "trader", pgettext_lazy("buyer", "Wholesaler")
        PERSON = "person", pgettext_lazy("buyer", "Private buyer")

    reference = models.CharField(_("reference"), max_length=12, unique=True, editable=False)
    status = models.CharField(_("status"), max_length=12, choices=Status.choices, default=Status.WAITING,
                              db_index=True)
    language = models.CharField(_("language"), max_length=8, choices=settings.LANGUAGES)

    product = models.CharField(_("what the buyer wants"), max_length=120)
    category = models.ForeignKey(
        "products.Category", verbose_name=_("category"), null=True, on_delete=models.SET_NULL, related_name="+"
    )
    quantity = models.DecimalField(_("quantity"), max_digits=12, decimal_places=2)
    unit = models.CharField(_("unit"), max_length=10, choices=Unit.choices, default=Unit.KILOGRAM)
    village = models.ForeignKey(
        "products.Village",
        verbose_name=_("village"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Empty: from any village."),
    )
    months = MonthsField(verbose_name=_("when"), blank=True)
    price = models.DecimalField(_("price idea, ₾ per unit"), max_digits=10, decimal_places=2, null=True, blank=True)
    note = models.TextField(_("details"), blank=True)

    buyer_kind = models.CharField(_("buyer"), max_length=12, choices=BuyerKind.choices)
    buyer_name = models.CharField(_("buyer's name or company"), max_length=120)
    phone = models.CharField(_("phone"), max_length=32, blank=True)
    email = models.EmailField(_("email"), blank=True)
    contact_consent = models.BooleanField(_("agreed to show the contact to farmers"), default=False)
    privacy_consent_at = models.DateTimeField(_("privacy notice accepted at"), null=True, editable=False)
    client_fingerprint = models.CharField(max_length=40, blank=True, editable=False)

    rejection_note = models.TextField(_("reason for rejection"), blank=True)
    internal_note = models.TextField(_("internal note"), blank=True, help_text=_("Seen only by the agency."))
    created_at = models.DateTimeField(_("received at"), default=timezone.now, db_index=True)
    reviewed_at = models.DateTimeField(_("reviewed at"), null=True, blank=True)
    expires_at = models.DateField(_("on the site until"), null=True, blank=True, db_index=True)

    class Meta:
        verbose_name = _("buyer's request")
        verbose_name_plural = _("buyers' requests")
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["status", "category", "expires_at"], name="buyerrequest_live_category")]

    def __str__(self):
        return f"{self.reference} · {self.product}"

    @classmethod
    def create(cls, **fields):
        """Store a new request with a fresh reference."""
        for _attempt in range(10):
            try:
                with transaction.atomic():
                    return cls.objects.create(reference=new_reference(), **fields)
            except IntegrityError:
                continue
        raise IntegrityError("no free request reference after 10 tries")

    @classmethod
    def on_the_site(cls):
        """Approved requests that have not expired (the day is part of the page cache's key)."""
        today = timezone.localdate()
        return cls.objects.filter(status=cls.Status.LIVE).filter(
            models.Q(expires_at__isnull=True) | models.Q(expires_at__gte=today)
        )

    @property
    def contact(self):
        if not self.contact_consent:
            return None
        digits = "".join(ch for ch in self.phone if ch.isdigit())
        return {"phone": self.phone, "tel": f"+{digits}" if digits else "", "email": self.email}


class WantedPage(AsciiSlugMixin, RoutablePageMixin, Page):
    """Buyers' requests (/vqidulob/): the list with filters, the form to post one, and the thank-you."""

    intro = models.TextField(_("introduction"), blank=True)
    form_intro = RichTextField(
        _("text above the form"), blank=True, features=["bold", "italic", "link", "ol", "ul"]
    )
    privacy_text = RichTextField(
        _("privacy and consent"), blank=True, features=["bold", "italic", "link"],
        help_text=_("What is stored and published; shown next to the consent boxes."),
    )
    thank_you_text = RichTextField(_("thank-you text"), blank=True, features=["bold", "italic", "link"])

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("form_intro"),
        FieldPanel("privacy_text"),
        FieldPanel("thank_you_text"),
    ]

    search_fields = Page.search_fields + [index.SearchField("intro")]

    override_translatable_fields = [SynchronizedField("slug", overridable=False)]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    requests_per_page = 20

    class Meta:
        verbose_name = _("buyers' requests page")
        verbose_name_plural = _("buyers' requests pages")

    @path("")
    def request_list(self, request):
        from listings.views.wanted import request_list

        return request_list(request, self)

    @path("new/")
    def request_form(self, request):
        from listings.views.wanted import request_form

        return request_form(request, self)

    @path("thanks/")
    def thanks(self, request):
        from listings.views.wanted import thanks

        return thanks(request, self)

    def form_url(self, request=None):
        return (self.get_url(request) or "") + self.reverse_subpage("request_form")
