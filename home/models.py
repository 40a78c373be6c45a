"""The home page, standard pages and the site-wide footer."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page, TranslatableMixin
from wagtail.search import index
from wagtail.snippets.models import register_snippet
from wagtail_localize.fields import BaseTranslatableField, SynchronizedField, TranslatableField

from core.blocks import BaseStreamBlock, FooterLinkBlock
from core.page_cache import computed_on_use
from core.routing import CachedRoutesMixin
from core.slugs import AsciiSlugMixin
from news.models import NewsPage
from products.catalogue import home_sections


class HomePage(CachedRoutesMixin, AsciiSlugMixin, Page):
    """The root of each language's tree: a welcome, then featured products and the latest news."""

    hero_title = models.CharField(_("hero title"), max_length=160, blank=True)
    hero_text = models.TextField(_("hero text"), blank=True)
    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("hero image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    hero_cta_label = models.CharField(_("button label"), max_length=60, blank=True)
    hero_cta_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("button leads to"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    body = StreamField(BaseStreamBlock(), verbose_name=_("more about the portal"), blank=True)

    content_panels = Page.content_panels + [
        MultiFieldPanel(
            [
                FieldPanel("hero_title"),
                FieldPanel("hero_text"),
                FieldPanel("hero_image"),
                FieldPanel("hero_cta_label"),
                FieldPanel("hero_cta_page"),
            ],
            heading=_("Welcome"),
        ),
        FieldPanel("body"),
    ]

    search_fields = Page.search_fields + [index.SearchField("hero_text")]

    parent_page_types = ["wagtailcore.Page"]
    max_count_per_parent = 1

    # Each language's home is a sibling of the others under the root, so keeps its own slug ("home-en");
    # the slug is never sent to translators (a changed root slug would also stale other processes' caches).
    override_translatable_fields = [BaseTranslatableField("slug")]

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)

        def sections():
            # Filled by the catalogue and news apps; the template shows honest empty states meanwhile.
            found = home_sections(self, request)  # featured_products, product_categories, catalogue_url
            found["latest_news"] = list(NewsPage.objects.descendant_of(self).for_listing()[:3])
            return found

        # Drawn in a kept {% fragment %}: computed only when it is drawn.
        context.update(
            computed_on_use(sections, ("featured_products", "product_categories", "catalogue_url", "latest_news"))
        )
        return context


class StandardPage(AsciiSlugMixin, Page):
    """A page of text: about the portal, the development plan overview, privacy, selling safely."""

    intro = models.TextField(_("introduction"), blank=True)
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    body = StreamField(BaseStreamBlock(), verbose_name=_("body"), blank=True)

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("image"),
        FieldPanel("body"),
    ]

    search_fields = Page.search_fields + [
        index.SearchField("intro"),
        index.SearchField("body"),
    ]

    subpage_types = ["home.StandardPage"]

    class Meta:
        verbose_name = _("standard page")
        verbose_name_plural = _("standard pages")


@register_snippet
class SiteFooter(TranslatableMixin, models.Model):
    """The agency's contact details and footer links, one per language (site settings cannot be translated)."""

    agency_name = models.CharField(_("agency name"), max_length=200)
    address = models.TextField(_("address"), blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    email = models.EmailField(_("email"), blank=True)
    about = models.TextField(_("short text"), blank=True)
    funding_note = RichTextField(_("funding note"), blank=True, features=["bold", "italic", "link"])
    links = StreamField([("link", FooterLinkBlock())], verbose_name=_("links"), blank=True)

    translatable_fields = [
        TranslatableField("agency_name"),
        TranslatableField("address"),
        SynchronizedField("phone"),
        SynchronizedField("email"),
        TranslatableField("about"),
        TranslatableField("funding_note"),
        TranslatableField("links"),
    ]

    panels = [
        FieldPanel("agency_name"),
        FieldPanel("address"),
        FieldPanel("phone"),
        FieldPanel("email"),
        FieldPanel("about"),
        FieldPanel("funding_note"),
        FieldPanel("links"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("site footer")
        verbose_name_plural = _("site footers")

    def __str__(self):
        return f"{self.agency_name} ({self.locale})"
