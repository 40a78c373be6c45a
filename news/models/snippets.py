"""Translatable snippets: news topics, and the development plan's goals and actions."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel, ObjectList, TabbedInterface
from wagtail.models import TranslatableMixin
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core.page_cache import bump_generation
from core.slugs import AsciiSlugSnippetMixin

from .plan_data import BuildingBlock, PlanBudgetLine, PlanIndicator


class NewsTopic(TranslatableMixin, AsciiSlugSnippetMixin, models.Model):
    """A subject news posts are filed under ("Harvest", "Training").

    A translatable snippet rather than free tags: taggit tags cannot be translated, so the
    topic filter would show Georgian words on the English and Russian news pages.
    """

    name = models.CharField(_("name"), max_length=80)
    slug = models.SlugField(
        _("slug"),
        max_length=80,
        blank=True,
        allow_unicode=False,
        help_text=_("The topic's address in the news filter, the same in every language. Made from the name if empty."),
    )

    translatable_fields = [
        TranslatableField("name"),
        SynchronizedField("slug", overridable=False),
    ]

    panels = [FieldPanel("name"), FieldPanel("slug")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("news topic")
        verbose_name_plural = _("news topics")
        ordering = ["name"]
        constraints = [models.UniqueConstraint(fields=["locale", "slug"], name="news_topic_unique_slug_per_locale")]

    def __str__(self):
        return self.name


class PlanGoal(TranslatableMixin, models.Model):
    """One goal of the Local Economic Development Plan; its actions work towards it."""

    title = models.CharField(_("title"), max_length=200)
    description = models.TextField(_("description"), blank=True)
    sort_order = models.PositiveSmallIntegerField(
        _("position"), default=0, help_text=_("Goals are shown from low to high.")
    )

    translatable_fields = [
        TranslatableField("title"),
        TranslatableField("description"),
        SynchronizedField("sort_order", overridable=False),
    ]

    panels = [FieldPanel("title"), FieldPanel("description"), FieldPanel("sort_order")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("plan goal")
        verbose_name_plural = _("plan goals")
        ordering = ["sort_order", "pk"]

    def __str__(self):
        return self.title


class PlanActionStatus(models.TextChoices):
    PLANNED = "planned", pgettext_lazy("plan action status", "Planned")
    IN_PROGRESS = "in_progress", pgettext_lazy("plan action status", "In progress")
    DONE = "done", pgettext_lazy("plan action status", "Done")


class PlanAction(TranslatableMixin, ClusterableModel):
    """One action of the development plan: what is done, by whom, when, how far it has come, what it measures
    (indicators) and what it costs (budget lines by source).

    Facts (status, dates, goal, order, building block, indicator numbers, budget) are the same in every
    language: saving the source-language action copies them to its translations at once, without waiting
    for translators to sync.
    """

    FACT_FIELDS = ["goal_id", "status", "start_date", "end_date", "sort_order", "building_block"]

    goal = models.ForeignKey(
        PlanGoal,
        verbose_name=_("goal"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="actions",
    )
    title = models.CharField(_("title"), max_length=200)
    description = models.TextField(_("description"), blank=True)
    responsible_body = models.CharField(
        _("responsible body"), max_length=200, help_text=_("Who carries the action out, for example the agency.")
    )
    start_date = models.DateField(_("start date"))
    end_date = models.DateField(_("end date"), null=True, blank=True, help_text=_("Leave empty when it is ongoing."))
    status = models.CharField(
        _("status"), max_length=20, choices=PlanActionStatus.choices, default=PlanActionStatus.PLANNED
    )
    sort_order = models.PositiveSmallIntegerField(
        _("position"), default=0, help_text=_("Actions are shown from low to high within their goal.")
    )
    building_block = models.CharField(
        _("M4EG building block"),
        max_length=30,
        choices=BuildingBlock.choices,
        blank=True,
        help_text=_("The part of the Mayors for Economic Growth plan structure this action belongs to."),
    )
    partners = models.TextField(
        _("partners"), blank=True, help_text=_("Who works or pays with the agency on this action, one per line.")
    )

    translatable_fields = [
        SynchronizedField("goal"),
        TranslatableField("title"),
        TranslatableField("description"),
        TranslatableField("responsible_body"),
        SynchronizedField("start_date", overridable=False),
        SynchronizedField("end_date", overridable=False),
        SynchronizedField("status", overridable=False),
        SynchronizedField("sort_order", overridable=False),
        SynchronizedField("building_block", overridable=False),
        TranslatableField("partners"),
        TranslatableField("indicators"),
        SynchronizedField("budget_lines", overridable=False),
    ]

    panels = [
        FieldPanel("goal"),
        FieldPanel("title"),
        FieldPanel("description"),
        FieldPanel("responsible_body"),
        FieldPanel("partners"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")]),
                FieldRowPanel([FieldPanel("status"), FieldPanel("building_block")]),
            ],
            heading=_("Timeline and status"),
        ),
        FieldPanel("sort_order"),
    ]
    # Indicators and money on tabs of their own, so the text stays on one short screen.
    edit_handler = TabbedInterface(
        [
            ObjectList(panels, heading=_("Action")),
            ObjectList(
                [InlinePanel("indicators", label=_("Indicator"), heading=_("Indicators"))], heading=_("Indicators")
            ),
            ObjectList(
                [InlinePanel("budget_lines", label=_("Budget line"), heading=_("Budget by source"))],
                heading=_("Budget"),
            ),
        ]
    )

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("plan action")
        verbose_name_plural = _("plan actions")
        ordering = ["sort_order", "start_date", "pk"]

    def __str__(self):
        return self.title

    @property
    def anchor(self):
        """The same fragment id in every language, so news can link to the action on the plan page."""
        return f"action-{str(self.translation_key)[:8]}"

    def save(self, *args, **kwargs):
        super().save(*args, **kwargs)
        if self.locale.language_code == settings.LANGUAGE_CODE:
            self.copy_facts_to_translations()

    def copy_facts_to_translations(self):
        """The action's facts, its indicators' numbers and its budget, as saved in the source language, in
        every translation at once (wagtail-localize would copy them only when a translator syncs)."""
        facts = {name: getattr(self, name) for name in self.FACT_FIELDS}
        translations = list(PlanAction.objects.filter(translation_key=self.translation_key).exclude(pk=self.pk))
        if not translations:
            return
        PlanAction.objects.filter(pk__in=[action.pk for action in translations]).update(**facts)
        for indicator in PlanIndicator.objects.filter(action=self):
            PlanIndicator.objects.filter(translation_key=indicator.translation_key).exclude(pk=indicator.pk).update(
                **{name: getattr(indicator, name) for name in PlanIndicator.FACT_FIELDS}
            )
        lines = list(PlanBudgetLine.objects.filter(action=self))
        PlanBudgetLine.objects.filter(action__in=translations).delete()
        PlanBudgetLine.objects.bulk_create(
            PlanBudgetLine(action=action, source=line.source, planned=line.planned, spent=line.spent,
                           sort_order=line.sort_order)
            for action in translations
            for line in lines
        )
        # Updates send no signals: the translations' pages change now, not at the next save.
        bump_generation()
