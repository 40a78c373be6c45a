"""Admin reports of the marketplace figures: one table grouped by month, village, category or language, and
the rejections by reason; each with a chart (SVG) and its CSV and XLSX export (Wagtail's report views)."""

import django_filters
from django import forms
from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, NumberColumn
from wagtail.admin.views.reports import ReportView

from listings.models import ListingSubmission

from .charts import monthly_bar_chart
from .marketplace import DIMENSIONS, METRICS, figures_table, month_tick, rejections_by_reason

PERIODS = [("12", _("The last 12 months")), ("24", _("The last 24 months")), ("36", _("The last 36 months"))]


class PeriodFilterSet(WagtailFilterSet):
    """Choices of the table, not filters of a queryset: the view reads them from the form."""

    months = django_filters.ChoiceFilter(
        label=_("Period"), choices=PERIODS, empty_label=None, method="keep", widget=forms.RadioSelect
    )

    class Meta:
        model = ListingSubmission
        fields = []

    def keep(self, queryset, name, value):
        return queryset


class FiguresFilterSet(PeriodFilterSet):
    by = django_filters.ChoiceFilter(
        label=_("Group by"), choices=DIMENSIONS, empty_label=None, method="keep", widget=forms.RadioSelect
    )

    class Meta(PeriodFilterSet.Meta):
        pass


class FigureReportView(ReportView):
    """Common ground: the figures come as a list of rows (the last one the total), never paginated."""

    header_icon = "table"
    paginate_by = None
    filterset_class = FiguresFilterSet
    results_template_name = "figures/admin/figures_report_results.html"

    def dispatch(self, request, *args, **kwargs):
        # The figures read listings: who may see listings may see them (the agency's groups).
        if not request.user.has_perm("listings.view_listingsubmission"):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def choice(self, name, default):
        filters = self.filters
        if filters is not None and filters.is_valid():
            return filters.form.cleaned_data.get(name) or default
        return default

    @property
    def months(self):
        return int(self.choice("months", "12"))

    def get_base_queryset(self):
        return []

    def filter_queryset(self, queryset):
        return queryset

    def get_queryset(self):
        return self.table().rows_with_total

    def get_context_data(self, *args, **kwargs):
        context = super().get_context_data(*args, **kwargs)
        context["chart"] = self.chart()
        return context

    def get_filename(self):
        return f"agrofarm-{self.export_name}-{self.table().end:%Y-%m-%d}"


class MarketplaceFiguresReportView(FigureReportView):
    """Listings, farmers, buyers' contacts and searches of the last months, by month, village, category or
    language: the numbers behind the public Results page."""

    page_title = _("Marketplace figures")
    index_url_name = "figures_marketplace"
    index_results_url_name = "figures_marketplace_results"
    export_name = "figures"

    @property
    def columns(self):
        label = dict(DIMENSIONS)[self.by]
        return [Column("label", label=label)] + [NumberColumn(name, label=label) for name, label in METRICS]

    @property
    def list_export(self):
        return ["label"] + [name for name, _label in METRICS]

    @property
    def export_headings(self):
        return {"label": dict(DIMENSIONS)[self.by], **dict(METRICS)}

    @property
    def by(self):
        return self.choice("by", "month")

    def table(self):
        if not hasattr(self, "_table"):
            self._table = figures_table(self.by, months=self.months)
        return self._table

    def get_filename(self):
        return f"agrofarm-figures-by-{self.by}-{self.table().end:%Y-%m-%d}"

    def chart(self):
        table = self.table()
        if self.by != "month":
            return None
        labels = dict(METRICS)
        return monthly_bar_chart(
            [month_tick(row.key) for row in table.rows],
            [
                (labels["submitted"], [row.submitted for row in table.rows]),
                (labels["approved"], [row.approved for row in table.rows]),
                (labels["inquiries"], [row.inquiries for row in table.rows]),
                (_("Contact buttons"), [row.contacts - row.inquiries for row in table.rows]),
            ],
            title=_("Listings and buyers' contacts per month"),
        )


class RejectionsReportView(FigureReportView):
    """Listings moderators rejected, per reason: what farmers most often get wrong."""

    page_title = _("Rejected listings by reason")
    index_url_name = "figures_rejections"
    index_results_url_name = "figures_rejections_results"
    export_name = "rejections"
    columns = [
        Column("label", label=_("Reason")),
        NumberColumn("rejected", label=_("Rejected")),
        NumberColumn("share", label=_("Share, %")),
    ]
    list_export = ["label", "rejected", "share"]
    export_headings = {"label": _("Reason"), "rejected": _("Rejected"), "share": _("Share, %")}

    filterset_class = PeriodFilterSet

    def table(self):
        if not hasattr(self, "_table"):
            self._table = rejections_by_reason(months=self.months)
        return self._table

    def chart(self):
        return None
