"""The form page farmers post listings through (/sell/ in each language), and their private links under it."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from core.slugs import AsciiSlugMixin

TEXT_FEATURES = ["bold", "italic", "link", "ol", "ul"]


class ListingFormPage(AsciiSlugMixin, RoutablePageMixin, Page):
    """The public listing form: its texts are translated pages, its fields are defined in code.

    Routes: the form itself, a thank-you page, and each farmer's private link at manage/<token>/.
    """

    intro = models.TextField(_("introduction"), blank=True)
    instructions = RichTextField(
        _("instructions"), blank=True, features=TEXT_FEATURES, help_text=_("Shown above the form.")
    )
    privacy_text = RichTextField(
        _("privacy and consent"),
        blank=True,
        features=TEXT_FEATURES,
        help_text=_("What is stored and published; shown next to the consent boxes."),
    )
    thank_you_text = RichTextField(
        _("thank-you text"), blank=True, features=TEXT_FEATURES, help_text=_("Shown after a listing is sent.")
    )
    safety_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("page about selling safely"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("instructions"),
        MultiFieldPanel([FieldPanel("privacy_text"), FieldPanel("thank_you_text")], heading=_("Consent and thanks")),
        FieldPanel("safety_page"),
    ]

    search_fields = Page.search_fields + [index.SearchField("intro")]

    override_translatable_fields = [SynchronizedField("slug", overridable=False)]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        db_table = "products_listingformpage"  # moved from the products app with its rows
        verbose_name = _("listing form page")
        verbose_name_plural = _("listing form pages")

    @path("")
    def listing_form(self, request):
        from listings.views.listing_form import listing_form

        return listing_form(request, self)

    @path("thanks/")
    def thanks(self, request):
        from listings.views.listing_form import thanks

        return thanks(request, self)

    @path("photo/")
    def photo(self, request):
        from listings.views.listing_form import photo_upload

        return photo_upload(request, self)

    @path("manage/<str:token>/")
    def manage(self, request, token):
        from listings.views.manage import manage_listing

        return manage_listing(request, self, token)

    def manage_url(self, token, request=None, full=False):
        """The private link of a listing, under this page (so in this page's language); `full` adds the
        scheme and host the request came to, which is the address the farmer can use again."""
        url = (self.get_url(request) or "") + self.reverse_subpage("manage", kwargs={"token": token})
        return request.build_absolute_uri(url) if full and request is not None else url
