"""The public Results page: what the marketplace and the plan achieved, in each language, printable on one page."""

from django.db import models
from django.http import HttpResponse
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, HelpPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from core.page_cache import cached_fragment
from core.slugs import AsciiSlugMixin
from news import open_data
from news.models import DevelopmentPlanPage


class ResultsPage(AsciiSlugMixin, RoutablePageMixin, Page):
    """Headline figures and trends of the marketplace and the plan, the same numbers as the admin's reports.

    Counts below 5 read "fewer than 5". Routes: the page, and listings-csv/ (live listings as open data, a CSV file).
    """

    intro = models.TextField(_("introduction"), blank=True)
    method_note = models.TextField(
        _("how the figures are counted"),
        blank=True,
        help_text=_("Shown under the figures: where they come from and what they leave out."),
    )

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("method_note"),
        HelpPanel(
            content=_(
                "The figures on this page are computed from the marketplace and the plan; the same tables, "
                "with more detail, are under Reports › Marketplace figures."
            ),
            heading=_("Figures"),
        ),
    ]

    search_fields = Page.search_fields + [index.SearchField("intro")]

    override_translatable_fields = [SynchronizedField("slug", overridable=False)]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("results page")
        verbose_name_plural = _("results pages")

    @path("")
    def results(self, request):
        return self.render(request)

    @path("listings-csv/")
    def listings_csv(self, request):
        from figures.open_data import licence, listings_csv

        language_code = get_language() or self.locale.language_code
        response = HttpResponse(listings_csv(language_code), content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="agrofarm-listings-{language_code}.csv"'
        response["Link"] = f'<{licence()["url"]}>; rel="license"'
        return response

    def get_context(self, request, *args, **kwargs):
        from figures.results import results_context

        context = super().get_context(request, *args, **kwargs)
        language_code = get_language() or self.locale.language_code
        context.update(results_context(language_code))
        context["listings_csv_url"] = (self.get_url(request) or "") + self.reverse_subpage("listings_csv")
        context["api_url"] = f"/api/v2/products/?locale={language_code}"
        context["plan_downloads"] = cached_fragment(
            "results-plan-downloads", [self.locale_id], lambda: _plan_downloads(self.locale_id)
        )
        context["open_data_licence"] = open_data.licence_for_page()
        return context


def _plan_downloads(locale_id):
    """The plan's open-data files (JSON, CSV, schema) in this language, linked from the Results page too."""
    plan = DevelopmentPlanPage.objects.live().filter(locale_id=locale_id).first()
    return plan.downloads() if plan is not None else []
