"""The Local Economic Development Plan page: goals, actions and their progress at a glance."""

from collections import Counter
from dataclasses import dataclass, field

from django.db import models
from django.db.models import F
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, HelpPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from core.blocks import BaseStreamBlock
from core.slugs import AsciiSlugMixin
from core.text_language import with_source_language
from news import open_data
from news.plan_progress import Progress, progress_by_action
from news.translations import localized_by_key, versions_by_key

from .pages import NewsPage
from .snippets import PlanAction, PlanActionStatus, PlanGoal

NEWS_PER_ACTION = 3


@dataclass
class ActionRow:
    """An action as the plan page shows it: text in the visitor's language, facts from the source."""

    action: PlanAction
    facts: PlanAction
    news: list = field(default_factory=list)
    progress: object = None

    @property
    def partners(self):
        return [line.strip() for line in self.action.partners.splitlines() if line.strip()]


@dataclass
class GoalSection:
    goal: PlanGoal | None
    rows: list = field(default_factory=list)

    @property
    def progress(self):
        """The goal's indicators and money, summed over its actions."""
        total = Progress()
        for row in self.rows:
            total.add(row.progress)
        return total


@dataclass
class StatusCount:
    status: str
    label: str
    count: int
    percent: int
    offset: float
    width: float


class DevelopmentPlanPage(RoutablePageMixin, AsciiSlugMixin, Page):
    """Gori's Local Economic Development Plan under M4EG: what it aims at and how far each action has come.

    Goals and actions are snippets (edited under Snippets › Development plan), so their
    statuses are updated in one place and shown in every language.
    """

    intro = models.TextField(_("introduction"), blank=True)
    body = StreamField(BaseStreamBlock(), verbose_name=_("about the plan"), blank=True)

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("body"),
        HelpPanel(
            content=_(
                "The goals and actions listed on this page, with their statuses, are edited under "
                "Snippets: plan goals and plan actions."
            ),
            heading=_("Goals and actions"),
        ),
    ]

    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1
    # The address is the same in every language: never sent to translators.
    override_translatable_fields = [SynchronizedField("slug", overridable=False)]

    class Meta:
        verbose_name = _("development plan page")
        verbose_name_plural = _("development plan pages")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        language_code = get_language()
        rows = self.action_rows(request, language_code)
        context["goal_sections"] = self.goal_sections(rows, language_code)
        context["status_counts"] = status_counts(rows)
        context["action_count"] = len(rows)
        context["plan_progress"] = plan_progress(rows)
        context["downloads"] = self.downloads()
        context["open_data_licence"] = open_data.licence_for_page()
        return context

    def downloads(self):
        """The open-data files of the plan, each with its address on this page."""
        return [
            (name, self.url + self.reverse_subpage(route))
            for name, route in (("json", "plan_results_json"), ("csv", "plan_indicators_csv"),
                                ("budget_csv", "plan_budget_csv"), ("schema", "plan_results_schema"))
        ]

    @path("")
    def index_route(self, request, *args, **kwargs):
        return super().index_route(request, *args, **kwargs)

    @path("results-json/", name="plan_results_json")
    def results_json(self, request):
        return open_data.results_json_response(self, request)

    @path("indicators-csv/", name="plan_indicators_csv")
    def indicators_csv(self, request):
        return open_data.indicators_csv_response(self, request)

    @path("budget-csv/", name="plan_budget_csv")
    def budget_csv(self, request):
        return open_data.budget_csv_response(self, request)

    @path("results-schema/", name="plan_results_schema")
    def results_schema(self, request):
        return open_data.schema_response()

    def action_rows(self, request, language_code):
        """Every action, ordered as the plan lists it, with the news that reports on it."""
        versions = versions_by_key(PlanAction.objects.select_related("goal"), language_code)
        news_by_action = {}
        news = (
            with_source_language(
                NewsPage.objects.live()
                .public()
                .filter(locale__language_code=language_code, plan_action__isnull=False)
                .defer_streamfields()
            )
            .annotate(action_key=F("plan_action__translation_key"))
            .order_by("-date", "-pk")
        )
        for item in news:
            items = news_by_action.setdefault(item.action_key, [])
            if len(items) < NEWS_PER_ACTION:
                items.append(item)
        rows = [ActionRow(text, source, news_by_action.get(key, [])) for key, (text, source) in versions.items()]
        progress = progress_by_action([row.facts for row in rows], language_code)
        for row in rows:
            row.progress = progress[row.facts.pk]
        rows.sort(key=lambda row: (row.facts.sort_order, row.facts.start_date, row.facts.pk))
        return rows

    def goal_sections(self, rows, language_code):
        goals = localized_by_key(PlanGoal.objects.all(), language_code)
        sections = {}
        for row in rows:
            key = row.facts.goal.translation_key if row.facts.goal else None
            if key not in sections:
                sections[key] = GoalSection(goals.get(key))
            sections[key].rows.append(row)
        return sorted(
            sections.values(),
            key=lambda section: (section.goal is None, section.goal.sort_order if section.goal else 0),
        )


def plan_progress(rows):
    """The whole plan's indicators and money."""
    total = Progress()
    for row in rows:
        total.add(row.progress)
    return total


def status_counts(rows):
    """Actions per status, done first, with each share as a whole percentage and a bar segment."""
    counts = Counter(row.facts.status for row in rows)
    total = len(rows) or 1
    result, offset = [], 0.0
    for status in (PlanActionStatus.DONE, PlanActionStatus.IN_PROGRESS, PlanActionStatus.PLANNED):
        width = 100 * counts[status] / total
        result.append(
            StatusCount(status.value, status.label, counts[status], round(width), round(offset, 2), round(width, 2))
        )
        offset += width
    return result
