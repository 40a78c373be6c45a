"""Admin: the report of searches that found nothing, next to Wagtail's "Search terms" report."""

import django_filters
from django.conf import settings
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import Column, DateColumn, NumberColumn
from wagtail.admin.views.reports import ReportView

from .models import UnansweredQuery


class UnansweredQueryFilterSet(WagtailFilterSet):
    language = django_filters.ChoiceFilter(label=_("Language"), choices=settings.LANGUAGES)

    class Meta:
        model = UnansweredQuery
        fields = ["language"]


class UnansweredQueriesReportView(ReportView):
    """What visitors searched for and did not find, most frequent first: products to ask farmers for,
    words to add to listings, or queries to answer with a promoted result."""

    page_title = _("Searches without results")
    header_icon = "search"
    index_url_name = "search_unanswered_queries"
    index_results_url_name = "search_unanswered_queries_results"
    filterset_class = UnansweredQueryFilterSet
    default_ordering = "-hits"
    columns = [
        Column("query_string", label=_("Search"), sort_key="query_string"),
        Column("language", label=_("Language"), accessor="get_language_display", sort_key="language"),
        NumberColumn("hits", label=_("Times searched"), sort_key="hits"),
        DateColumn("last_seen", label=_("Last searched"), sort_key="last_seen"),
    ]
    list_export = ["query_string", "language", "hits", "first_seen", "last_seen"]
    export_headings = {
        "query_string": _("Search"),
        "language": _("Language"),
        "hits": _("Times searched"),
        "first_seen": _("First searched"),
        "last_seen": _("Last searched"),
    }

    def get_base_queryset(self):
        return UnansweredQuery.objects.all()


@hooks.register("register_admin_urls")
def register_unanswered_queries_report_urls():
    return [
        path(
            "reports/searches-without-results/",
            UnansweredQueriesReportView.as_view(),
            name="search_unanswered_queries",
        ),
        path(
            "reports/searches-without-results/results/",
            UnansweredQueriesReportView.as_view(results_only=True),
            name="search_unanswered_queries_results",
        ),
    ]


@hooks.register("register_reports_menu_item")
def register_unanswered_queries_menu_item():
    return MenuItem(
        _("Searches without results"),
        reverse("search_unanswered_queries"),
        name="searches-without-results",
        icon_name="search",
        order=1310,
    )
