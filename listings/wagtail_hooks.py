"""Admin screens of the farmers' side: submissions, inquiries and reports, and the dashboard panel."""

from wagtail import hooks

from .admin_views import ListingsViewSetGroup, ListingsWaitingPanel


@hooks.register("register_admin_viewset")
def register_listing_admin():
    return ListingsViewSetGroup()


@hooks.register("construct_homepage_panels")
def add_listings_waiting_panel(request, panels):
    if request.user.has_perm("listings.view_listingsubmission"):
        panels.append(ListingsWaitingPanel())
