"""What the plan measures and spends: each action's indicators (with their measured values) and budget lines.

Both are inline children of a plan action, edited on its own screen. Indicator names are sent to translators;
every number and date is a fact, the same in every language (the source action copies them to its translations
when saved, see `PlanAction.save`).
"""

from django.core.validators import MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import npgettext_lazy, pgettext_lazy
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.fields import StreamField
from wagtail.models import Orderable, TranslatableMixin
from wagtail_localize.fields import SynchronizedField, TranslatableField

from news.blocks import IndicatorValueBlock


class BuildingBlock(models.TextChoices):
    """The seven building blocks of a Local Economic Development Plan under Mayors for Economic Growth."""

    COOPERATION = "cooperation", pgettext_lazy("M4EG building block", "Cooperation")
    BUSINESS_ENVIRONMENT = "business_environment", pgettext_lazy("M4EG building block", "Business environment")
    FINANCE = "finance", pgettext_lazy("M4EG building block", "Access to finance")
    LAND_AND_INFRASTRUCTURE = "land_and_infrastructure", pgettext_lazy(
        "M4EG building block", "Land and infrastructure"
    )
    REGULATION = "regulation", pgettext_lazy("M4EG building block", "Regulation and administration")
    SKILLS = "skills", pgettext_lazy("M4EG building block", "Skills")
    EXTERNAL_MARKETING = "external_marketing", pgettext_lazy("M4EG building block", "External marketing")


class BudgetSource(models.TextChoices):
    MUNICIPAL = "municipal", pgettext_lazy("budget source", "Municipal budget")
    STATE = "state", pgettext_lazy("budget source", "State budget")
    DONOR = "donor", pgettext_lazy("budget source", "Donors")
    PRIVATE = "private", pgettext_lazy("budget source", "Private funds")


class IndicatorUnit(models.TextChoices):
    HECTARE = "hectare", _("hectare")
    KILOMETRE = "kilometre", _("kilometre")
    TONNE = "tonne", _("tonne")
    FARMER = "farmer", _("farmer")
    FARM = "farm", _("farm")
    COOPERATIVE = "cooperative", _("cooperative")
    CONTRACT = "contract", _("contract")
    LISTING = "listing", _("listing")
    PERCENT = "percent", _("per cent")


# A measured amount with its unit: "120 ჰა", "1 фермер", "3 фермера", "25 фермеров" (see products/units.py).
INDICATOR_QUANTITY_FORMS = {
    IndicatorUnit.HECTARE: npgettext_lazy("hectare", "%(quantity)s ha", "%(quantity)s ha", "count"),
    IndicatorUnit.KILOMETRE: npgettext_lazy("kilometre", "%(quantity)s km", "%(quantity)s km", "count"),
    IndicatorUnit.TONNE: npgettext_lazy("tonne", "%(quantity)s t", "%(quantity)s t", "count"),
    IndicatorUnit.FARMER: npgettext_lazy("farmer", "%(quantity)s farmer", "%(quantity)s farmers", "count"),
    IndicatorUnit.FARM: npgettext_lazy("farm", "%(quantity)s farm", "%(quantity)s farms", "count"),
    IndicatorUnit.COOPERATIVE: npgettext_lazy(
        "cooperative", "%(quantity)s cooperative", "%(quantity)s cooperatives", "count"
    ),
    IndicatorUnit.CONTRACT: npgettext_lazy("contract", "%(quantity)s contract", "%(quantity)s contracts", "count"),
    IndicatorUnit.LISTING: npgettext_lazy("listing", "%(quantity)s listing", "%(quantity)s listings", "count"),
    IndicatorUnit.PERCENT: npgettext_lazy("per cent", "%(quantity)s%%", "%(quantity)s%%", "count"),
}

# UN/CEFACT common codes for the units that have one (used in the open-data downloads).
INDICATOR_UNIT_CODES = {
    IndicatorUnit.HECTARE: "HAR",
    IndicatorUnit.KILOMETRE: "KMT",
    IndicatorUnit.TONNE: "TNE",
    IndicatorUnit.PERCENT: "P1",
}


class PlanIndicator(TranslatableMixin, Orderable):
    """How an action's result is measured: where it started, where it should get to, and what was measured."""

    action = ParentalKey("news.PlanAction", on_delete=models.CASCADE, related_name="indicators")
    name = models.CharField(
        _("indicator"),
        max_length=200,
        help_text=_("What is counted, for example “Farmers trained in organic production”."),
    )
    unit = models.CharField(_("unit"), max_length=20, choices=IndicatorUnit.choices, default=IndicatorUnit.FARMER)
    baseline_value = models.DecimalField(_("baseline"), max_digits=12, decimal_places=2)
    baseline_date = models.DateField(_("baseline date"))
    target_value = models.DecimalField(_("target"), max_digits=12, decimal_places=2)
    target_date = models.DateField(_("target date"))
    actual_values = StreamField(
        [("value", IndicatorValueBlock())],
        verbose_name=_("measured values"),
        blank=True,
        help_text=_("Add a value each time the indicator is measured, with the document it comes from."),
    )

    translatable_fields = [
        TranslatableField("name"),
        SynchronizedField("unit", overridable=False),
        SynchronizedField("baseline_value", overridable=False),
        SynchronizedField("baseline_date", overridable=False),
        SynchronizedField("target_value", overridable=False),
        SynchronizedField("target_date", overridable=False),
        SynchronizedField("actual_values", overridable=False),
        SynchronizedField("sort_order", overridable=False),
    ]
    FACT_FIELDS = [
        "unit", "baseline_value", "baseline_date", "target_value", "target_date", "actual_values", "sort_order"
    ]

    panels = [
        FieldRowPanel([FieldPanel("name"), FieldPanel("unit")]),
        FieldRowPanel([FieldPanel("baseline_value"), FieldPanel("baseline_date")]),
        FieldRowPanel([FieldPanel("target_value"), FieldPanel("target_date")]),
        FieldPanel("actual_values"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("indicator")
        verbose_name_plural = _("indicators")
        ordering = ["sort_order", "pk"]

    def __str__(self):
        return self.name


class PlanBudgetLine(Orderable):
    """Money for an action from one source, in lari: what is planned and what has been spent so far."""

    action = ParentalKey("news.PlanAction", on_delete=models.CASCADE, related_name="budget_lines")
    source = models.CharField(_("source"), max_length=20, choices=BudgetSource.choices)
    planned = models.DecimalField(_("planned, ₾"), max_digits=12, decimal_places=2, validators=[MinValueValidator(0)])
    spent = models.DecimalField(
        _("spent, ₾"), max_digits=12, decimal_places=2, default=0, validators=[MinValueValidator(0)]
    )

    panels = [FieldRowPanel([FieldPanel("source"), FieldPanel("planned"), FieldPanel("spent")])]

    class Meta(Orderable.Meta):
        verbose_name = _("budget line")
        verbose_name_plural = _("budget lines")

    def __str__(self):
        return f"{self.get_source_display()}: {self.planned}"
