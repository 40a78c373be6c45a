"""Categories and villages: translatable snippets the agency manages in the admin.

Pages always point at the Georgian (source) row; the names in other languages are looked up
by translation key (see products/taxonomy.py), so facts show in the visitor's language even
on pages whose text is not translated yet.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.models import TranslatableMixin
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core.slugs import AsciiSlugSnippetMixin

from ..communities import COMMUNITY_CHOICES


class Category(TranslatableMixin, AsciiSlugSnippetMixin, models.Model):
    """A kind of product or service: goods (apples, honey) or services (ploughing), optionally nested."""

    class Kind(models.TextChoices):
        GOODS = "goods", _("Goods")
        SERVICES = "services", _("Services")

    name = models.CharField(_("name"), max_length=80)
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices, default=Kind.GOODS)
    parent = models.ForeignKey(
        "self",
        verbose_name=_("parent category"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="children",
        help_text=_("Leave empty for a main category."),
    )
    icon = models.CharField(
        _("icon"), max_length=32, blank=True, help_text=_("A short emoji or icon name shown next to the name.")
    )
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    sort_order = models.PositiveSmallIntegerField(_("sort order"), default=100)

    translatable_fields = [
        TranslatableField("name"),
        SynchronizedField("slug", overridable=False),
        SynchronizedField("kind", overridable=False),
        SynchronizedField("parent", overridable=False),
        SynchronizedField("icon", overridable=False),
        SynchronizedField("image"),
        SynchronizedField("sort_order", overridable=False),
    ]

    panels = [
        FieldPanel("name"),
        FieldRowPanel([FieldPanel("kind"), FieldPanel("parent")]),
        FieldRowPanel([FieldPanel("icon"), FieldPanel("sort_order")]),
        FieldPanel("image"),
        FieldPanel("slug"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("category")
        verbose_name_plural = _("categories")
        ordering = ["sort_order", "name"]
        constraints = [
            models.UniqueConstraint(fields=["locale", "slug"], name="products_category_unique_slug_per_locale"),
        ]

    def __str__(self):
        return f"{self.icon} {self.name}".strip()


class Village(TranslatableMixin, AsciiSlugSnippetMixin, models.Model):
    """A village of Gori municipality; it belongs to a community (თემი), whose centre bears its name."""

    name = models.CharField(_("name"), max_length=80)
    community = models.CharField(_("community"), max_length=40, choices=COMMUNITY_CHOICES)
    latitude = models.DecimalField(_("latitude"), max_digits=9, decimal_places=6, null=True, blank=True)
    longitude = models.DecimalField(_("longitude"), max_digits=9, decimal_places=6, null=True, blank=True)

    translatable_fields = [
        TranslatableField("name"),
        SynchronizedField("slug", overridable=False),
        SynchronizedField("community", overridable=False),
        SynchronizedField("latitude", overridable=False),
        SynchronizedField("longitude", overridable=False),
    ]

    panels = [
        FieldPanel("name"),
        FieldPanel("community"),
        FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")], heading=_("Coordinates")),
        FieldPanel("slug"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("village")
        verbose_name_plural = _("villages")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["locale", "slug"], name="products_village_unique_slug_per_locale"),
        ]

    def __str__(self):
        return self.name
