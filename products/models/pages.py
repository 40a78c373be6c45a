"""Catalogue pages: the product index, the farmer directory, farmers and their products.

The tree is HomePage → ProductIndexPage (/products/), and HomePage → FarmerIndexPage (/farmers/) →
FarmerPage → ProductPage. Facts (price, unit, category, village, months, phone) are synchronised
between languages; only titles and free text go to translators.
"""

import re
from functools import partial

from django.conf import settings
from django.core.validators import MinValueValidator, RegexValidator
from django.db import models
from django.dispatch import receiver
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel, TitleFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page
from wagtail.search import index
from wagtail.signals import post_page_move
from wagtail_localize.fields import SynchronizedField

from core.page_cache import computed_on_use
from core.page_permissions import ClosedSectionPage
from core.site_search import SiteSearchable
from core.slugs import AsciiSlugMixin, AsciiSlugPageForm

from ..months import MonthsField
from ..units import Unit
from .snippets import Category, Village


def source_row(instance):
    """The default-language row of a translatable snippet: pages always point at that one."""
    if instance is None or instance.locale.language_code == settings.LANGUAGE_CODE:
        return instance
    return type(instance).objects.filter(
        translation_key=instance.translation_key, locale__language_code=settings.LANGUAGE_CODE
    ).first() or instance


class CataloguePageForm(AsciiSlugPageForm):
    """The admin form of catalogue pages: a category or village chosen in another language is swapped for
    its Georgian row, the one every language's pages point at."""

    def clean(self):
        for name, value in list(self.cleaned_data.items()):
            if isinstance(value, Category | Village):
                self.cleaned_data[name] = source_row(value)
        return super().clean()


class AsciiSlugPageMixin(AsciiSlugMixin):
    """The catalogue's pages: ASCII slugs (core.slugs), the catalogue form, untranslated copies out of the
    sitemap. (Its name is kept: products' first migration lists it among the page types' bases.)"""

    base_form_class = CataloguePageForm

    # Foreign keys that Wagtail or save() set, never a person: checking that each row exists costs a
    # query per key on every save and publish (the database enforces them anyway).
    internal_foreign_keys = {
        "content_type", "locale", "owner", "locked_by", "latest_revision", "live_revision", "alias_of", "farmer",
    }

    def full_clean(self, exclude=None, *args, **kwargs):
        exclude = set(exclude or ()) | {
            name for name in self.internal_foreign_keys if any(f.name == name for f in self._meta.concrete_fields)
        }
        super().full_clean(exclude, *args, **kwargs)

    def get_sitemap_urls(self, request=None):
        # Untranslated copies are canonical to their original: keep them out of the sitemap.
        if self.alias_of_id:
            return []
        return super().get_sitemap_urls(request)


class CertificationKind(models.TextChoices):
    ORGANIC = "organic", _("Organic (bio) production")
    GLOBALGAP = "globalgap", _("GLOBALG.A.P. good agricultural practice")
    HACCP = "haccp", _("HACCP food safety")
    GEOGRAPHICAL_INDICATION = "gi", _("Protected geographical indication")
    VETERINARY = "veterinary", _("Veterinary certificate")
    OTHER = "other", _("Other certificate")


class Certification(models.Model):
    """A certificate held by a farmer or for one product, with its number so buyers can check it."""

    kind = models.CharField(_("certificate"), max_length=20, choices=CertificationKind.choices)
    number = models.CharField(_("certificate number"), max_length=60, blank=True)
    valid_until = models.DateField(_("valid until"), null=True, blank=True)

    panels = [FieldRowPanel([FieldPanel("kind"), FieldPanel("number"), FieldPanel("valid_until")])]

    class Meta:
        abstract = True

    def __str__(self):
        return f"{self.get_kind_display()} {self.number}".strip()


class ProductIndexPage(AsciiSlugPageMixin, Page):
    """The catalogue (/products/): every live product and service of its language, with filters."""

    intro = models.TextField(_("introduction"), blank=True)
    buying_safety_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("page about buying safely"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Linked beside every contact button of farmers and buyers."),
    )

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("buying_safety_page")]

    search_fields = Page.search_fields + [index.SearchField("intro")]

    override_translatable_fields = [
        SynchronizedField("slug", overridable=False),
        SynchronizedField("buying_safety_page", overridable=False),
    ]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    products_per_page = 24

    class Meta:
        verbose_name = _("product catalogue")
        verbose_name_plural = _("product catalogues")

    def get_context(self, request, *args, **kwargs):
        from ..catalogue import CATALOGUE_CONTEXT, catalogue_context
        from ..forms import CatalogueFilterForm

        context = super().get_context(request, *args, **kwargs)
        # The catalogue's HTML is kept per query ({% fragment %}); its context is computed only to draw it.
        # Keyed by what the filters read (a link shared on Facebook carries an `fbclid` of its own, and would
        # otherwise draw the whole catalogue afresh for each visitor who follows it).
        context["catalogue_key"] = [
            (name, request.GET.get(name)) for name in CatalogueFilterForm.base_fields if name in request.GET
        ]
        build = partial(catalogue_context, self, request, per_page=self.products_per_page)
        context.update(computed_on_use(build, CATALOGUE_CONTEXT))
        return context


class FarmerIndexPage(ClosedSectionPage, AsciiSlugPageMixin, Page):
    """The directory of farmers (/farmers/), filterable by village; farmers' pages live under it."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]

    search_fields = Page.search_fields + [index.SearchField("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["products.FarmerPage"]
    # A closed section: only rights granted on a directory count in it (the Moderators'), see core.page_permissions.
    section_steps = 0
    max_count_per_parent = 1

    farmers_per_page = 24

    class Meta:
        verbose_name = _("farmer directory")
        verbose_name_plural = _("farmer directories")

    def get_context(self, request, *args, **kwargs):
        from ..catalogue import farmer_directory_context

        context = super().get_context(request, *args, **kwargs)
        context.update(farmer_directory_context(self, request, per_page=self.farmers_per_page))
        return context


phone_validator = RegexValidator(
    r"^\+?[0-9 ()-]{6,24}$", _("Enter a phone number of digits, spaces and dashes, e.g. +995 599 12 34 56.")
)


class FarmerPage(ClosedSectionPage, SiteSearchable, AsciiSlugPageMixin, Page):
    """A farmer or farm: village, story, photos, certificates, and contact shown only with consent."""

    village = models.ForeignKey(
        Village, verbose_name=_("village"), null=True, on_delete=models.PROTECT, related_name="farmers"
    )
    story = models.TextField(_("short story"), blank=True, help_text=_("A few sentences about the farm."))
    phone = models.CharField(_("phone"), max_length=32, blank=True, validators=[phone_validator])
    has_whatsapp = models.BooleanField(_("reachable on WhatsApp"), default=False)
    has_viber = models.BooleanField(_("reachable on Viber"), default=False)
    phone_consent = models.BooleanField(
        _("the farmer agreed to publish the phone number"),
        default=False,
        help_text=_("Without recorded consent the phone number and email stay hidden from visitors."),
    )
    phone_consent_recorded_at = models.DateTimeField(_("consent recorded at"), null=True, blank=True, editable=False)
    email = models.EmailField(_("email"), blank=True)
    met_by_agency_on = models.DateField(
        _("met by the agency on"),
        null=True,
        blank=True,
        help_text=_(
            "The day an agency officer visited the farm or met the farmer in person. Buyers see a "
            "“Met by the agency” mark on every offer of this farmer. Leave empty if nobody has met them yet."
        ),
    )

    content_panels = [
        TitleFieldPanel("title", heading=_("Farmer or farm name")),
        FieldPanel("village"),
        FieldPanel("story"),
        FieldPanel("met_by_agency_on"),
        MultiFieldPanel(
            [
                FieldPanel("phone"),
                FieldRowPanel([FieldPanel("has_whatsapp"), FieldPanel("has_viber")]),
                FieldPanel("phone_consent"),
                FieldPanel("email"),
            ],
            heading=_("Contact"),
        ),
        InlinePanel("certifications", label=_("Certificates")),
        InlinePanel("photos", label=_("Photos")),
    ]

    # The phone number and email are never indexed.
    search_fields = Page.search_fields + [
        index.SearchField("story"),
        index.FilterField("village"),
        index.AutocompleteField("site_search_text"),
    ]

    override_translatable_fields = [
        SynchronizedField("slug", overridable=False),
        SynchronizedField("village", overridable=False),
        SynchronizedField("phone", overridable=False),
        SynchronizedField("has_whatsapp", overridable=False),
        SynchronizedField("has_viber", overridable=False),
        SynchronizedField("phone_consent", overridable=False),
        SynchronizedField("email", overridable=False),
        SynchronizedField("met_by_agency_on", overridable=False),
    ]

    parent_page_types = ["products.FarmerIndexPage"]
    subpage_types = ["products.ProductPage"]
    section_steps = 1

    products_per_page = 24

    class Meta:
        verbose_name = _("farmer")
        verbose_name_plural = _("farmers")

    def save(self, *args, **kwargs):
        if self.phone_consent and self.phone_consent_recorded_at is None:
            self.phone_consent_recorded_at = timezone.now()
        elif not self.phone_consent:
            self.phone_consent_recorded_at = None
        result = super().save(*args, **kwargs)
        ProductPage.objects.filter(farmer=self).exclude(village_id=self.village_id).update(village_id=self.village_id)
        return result

    @property
    def phone_digits(self):
        """The number in international form without "+": "995599123456" (Georgian mobiles get 995)."""
        digits = re.sub(r"\D", "", self.phone or "")
        if digits.startswith("00"):
            digits = digits[2:]
        if len(digits) == 9 and digits.startswith("5"):
            digits = "995" + digits
        return digits

    @property
    def contact(self):
        """Links to reach the farmer, or None without consent (then nothing is shown)."""
        if not self.phone_consent or not (self.phone or self.email):
            return None
        digits = self.phone_digits
        return {
            "phone": self.phone,
            "tel": f"+{digits}" if digits else "",
            "whatsapp": f"https://wa.me/{digits}" if digits and self.has_whatsapp else "",
            "viber": f"viber://chat?number=%2B{digits}" if digits and self.has_viber else "",
            "email": self.email,
        }

    def get_context(self, request, *args, **kwargs):
        from ..catalogue import farmer_context

        context = super().get_context(request, *args, **kwargs)
        context.update(farmer_context(self, request, per_page=self.products_per_page))
        return context


class FarmerCertification(Orderable, Certification):
    page = ParentalKey(FarmerPage, on_delete=models.CASCADE, related_name="certifications")


class FarmerPhoto(Orderable):
    page = ParentalKey(FarmerPage, on_delete=models.CASCADE, related_name="photos")
    image = models.ForeignKey(
        "wagtailimages.Image", verbose_name=_("photo"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [FieldPanel("image")]


class ProductPage(ClosedSectionPage, SiteSearchable, AsciiSlugPageMixin, Page):
    """One offer of a farmer: a product or a service, its price in lari per unit, season and photos."""

    class Status(models.TextChoices):
        AVAILABLE = "available", _("Available")
        SOLD_OUT = "sold_out", _("Sold out")

    category = models.ForeignKey(
        Category, verbose_name=_("category"), null=True, on_delete=models.PROTECT, related_name="products"
    )
    description = RichTextField(_("description"), blank=True, features=["bold", "italic", "ol", "ul", "link"])
    price = models.DecimalField(
        _("price, ₾"),
        max_digits=10,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(0)],
        help_text=_("In Georgian lari per unit. Leave empty for “price on request”."),
    )
    unit = models.CharField(_("unit"), max_length=10, choices=Unit.choices, default=Unit.KILOGRAM)
    minimum_order = models.DecimalField(
        _("minimum order"), max_digits=10, decimal_places=2, null=True, blank=True, validators=[MinValueValidator(0)]
    )
    quantity_available = models.DecimalField(
        _("quantity available"),
        max_digits=12,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(0)],
    )
    months_available = MonthsField(blank=True)
    offers_pickup = models.BooleanField(_("buyers can pick it up at the farm"), default=True)
    offers_delivery = models.BooleanField(_("the farmer can deliver"), default=False)
    delivery_note = models.CharField(
        _("delivery details"), max_length=200, blank=True, help_text=_("For example: delivery to Gori and Tbilisi.")
    )
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.AVAILABLE)
    expires_at = models.DateField(
        _("listing expires on"), null=True, blank=True, help_text=_("After this day the offer leaves the catalogue.")
    )
    featured = models.BooleanField(_("editors' choice"), default=False, help_text=_("Shown first on the home page."))
    # Copied from the parent farmer on save, so listings filter and join without walking the tree.
    farmer = models.ForeignKey(
        FarmerPage,
        verbose_name=_("farmer"),
        null=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="products",
    )
    village = models.ForeignKey(
        Village,
        verbose_name=_("village"),
        null=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="products",
    )

    content_panels = Page.content_panels + [
        FieldPanel("category"),
        FieldPanel("description"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("price"), FieldPanel("unit")]),
                FieldRowPanel([FieldPanel("minimum_order"), FieldPanel("quantity_available")]),
                FieldPanel("months_available"),
                FieldRowPanel([FieldPanel("status"), FieldPanel("expires_at")]),
            ],
            heading=_("Offer"),
        ),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("offers_pickup"), FieldPanel("offers_delivery")]), FieldPanel("delivery_note")],
            heading=_("Pickup and delivery"),
        ),
        InlinePanel("gallery_images", label=_("Photos"), min_num=0, max_num=12),
        InlinePanel("certifications", label=_("Certificates")),
    ]
    promote_panels = Page.promote_panels + [FieldPanel("featured")]

    search_fields = Page.search_fields + [
        index.SearchField("description"),
        index.AutocompleteField("title"),
        index.FilterField("category"),
        index.FilterField("village"),
        index.FilterField("status"),
        index.FilterField("price"),
        index.AutocompleteField("site_search_text"),
    ]

    override_translatable_fields = [
        SynchronizedField("slug", overridable=False),
        SynchronizedField("category", overridable=False),
        SynchronizedField("price", overridable=False),
        SynchronizedField("unit", overridable=False),
        SynchronizedField("minimum_order", overridable=False),
        SynchronizedField("quantity_available", overridable=False),
        SynchronizedField("months_available", overridable=False),
        SynchronizedField("offers_pickup", overridable=False),
        SynchronizedField("offers_delivery", overridable=False),
        SynchronizedField("status", overridable=False),
        SynchronizedField("expires_at", overridable=False),
        SynchronizedField("featured", overridable=False),
    ]

    parent_page_types = ["products.FarmerPage"]
    subpage_types = []
    section_steps = 2

    class Meta:
        verbose_name = _("product or service")
        verbose_name_plural = _("products and services")

    def save(self, *args, **kwargs):
        self.copy_farmer_facts()
        return super().save(*args, **kwargs)

    def copy_farmer_facts(self):
        """Point at the parent farmer of the same language and at the farmer's village."""
        if not self.path or self.depth is None:
            return
        parent_path = self.path[: -self.steplen]
        farmer = FarmerPage.objects.filter(path=parent_path).only("id", "village_id").first()
        if farmer is not None:
            self.farmer_id, self.village_id = farmer.pk, farmer.village_id

    @property
    def price_on_request(self):
        return self.price is None

    @property
    def is_expired(self):
        return self.expires_at is not None and self.expires_at < timezone.localdate()

    def get_sitemap_urls(self, request=None):
        # An expired offer stays reachable (it says "no longer available") but is not offered to search engines.
        if self.is_expired:
            return []
        return super().get_sitemap_urls(request)

    def get_context(self, request, *args, **kwargs):
        from ..catalogue import PRODUCT_CONTEXT, product_context

        context = super().get_context(request, *args, **kwargs)
        # The page's head and body are kept {% fragment %}s: what they show (photos, facts, farmer, more offers,
        # Open Graph, JSON-LD, share links) is computed only when one is drawn afresh, and in previews.
        context.update(computed_on_use(partial(product_context, self, request), PRODUCT_CONTEXT))
        return context


class ProductGalleryImage(Orderable):
    page = ParentalKey(ProductPage, on_delete=models.CASCADE, related_name="gallery_images")
    image = models.ForeignKey(
        "wagtailimages.Image", verbose_name=_("photo"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [FieldPanel("image")]


class ProductCertification(Orderable, Certification):
    page = ParentalKey(ProductPage, on_delete=models.CASCADE, related_name="certifications")


@receiver(post_page_move)
def follow_moved_product(sender, instance, **kwargs):
    """A product moved to another farmer takes that farmer's village."""
    if issubclass(sender, ProductPage):
        product = ProductPage.objects.get(pk=instance.pk)
        product.copy_farmer_facts()
        ProductPage.objects.filter(pk=product.pk).update(farmer_id=product.farmer_id, village_id=product.village_id)
