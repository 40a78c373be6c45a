"""Admin: the marketplace figures under Reports (with CSV and XLSX export)."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .admin_views import MarketplaceFiguresReportView, RejectionsReportView


@hooks.register("register_admin_urls")
def register_figures_report_urls():
    return [
        path("reports/marketplace-figures/", MarketplaceFiguresReportView.as_view(), name="figures_marketplace"),
        path(
            "reports/marketplace-figures/results/",
            MarketplaceFiguresReportView.as_view(results_only=True),
            name="figures_marketplace_results",
        ),
        path("reports/rejected-listings/", RejectionsReportView.as_view(), name="figures_rejections"),
        path(
            "reports/rejected-listings/results/",
            RejectionsReportView.as_view(results_only=True),
            name="figures_rejections_results",
        ),
    ]


class FiguresMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("listings.view_listingsubmission")


@hooks.register("register_reports_menu_item")
def register_figures_menu_item():
    return FiguresMenuItem(
        _("Marketplace figures"), reverse("figures_marketplace"), name="marketplace-figures", icon_name="table",
        order=1300,
    )


@hooks.register("register_reports_menu_item")
def register_rejections_menu_item():
    return FiguresMenuItem(
        _("Rejected listings by reason"), reverse("figures_rejections"), name="rejected-listings", icon_name="table",
        order=1305,
    )
