"""Admin screens of farmers' listings: submissions, inquiries and reports, and the moderators' dashboard panel.

Moderators review a listing on its draft product page (preview, edit, then approve or reject in the
"Listing moderation" workflow); here they see what the farmer sent, fix a failed submission, move it under
an existing farmer, and revoke or replace the farmer's private link.
"""

import django_filters
from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Q
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.ui.components import Component
from wagtail.admin.ui.tables import BooleanColumn, Column, DateColumn, StatusTagColumn, TitleColumn
from wagtail.admin.views.generic import InspectView
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup
from wagtail.models import Locale
from wagtail.permission_policies import ModelPermissionPolicy

from .listings import listing_workflow
from .models import Category, Inquiry, ListingFormPage, ListingReport, ListingSubmission, Village
from .moderation import AttachToFarmerForm, attach_to_farmer, retry_listing_pages

WAITING = [
    ListingSubmission.Status.RECEIVED,
    ListingSubmission.Status.NEEDS_ATTENTION,
    ListingSubmission.Status.WAITING,
]


class NoAddingPermissionPolicy(ModelPermissionPolicy):
    """These rows come from the public site: editors review and annotate them, never type new ones."""

    def user_has_permission(self, user, action):
        return action != "add" and super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)


def _source_rows(model):
    return lambda request: model.objects.filter(locale__language_code=settings.LANGUAGE_CODE)


class ListingSubmissionFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(label=_("Status"), choices=ListingSubmission.Status.choices)
    village = django_filters.ModelChoiceFilter(label=_("Village"), queryset=_source_rows(Village))
    category = django_filters.ModelChoiceFilter(label=_("Category"), queryset=_source_rows(Category))
    created_at = django_filters.DateFromToRangeFilter(label=_("Received"), widget=DateRangePickerWidget)
    language = django_filters.ChoiceFilter(label=_("Language"), choices=settings.LANGUAGES)

    class Meta:
        model = ListingSubmission
        fields = []


class SubmissionInspectView(InspectView):
    template_name = "products/admin/listing_submission_inspect.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        submission = self.object
        product = submission.product_page
        state = product.current_workflow_state if product is not None else None
        namespace = self.index_url_name.split(":")[0]
        context.update(
            {
                "submission": submission,
                "photos": [photo.image for photo in submission.photos.select_related("image")],
                "product": product,
                "farmer": submission.farmer_page,
                "workflow_state": state,
                "can_attach": product is not None and not product.live and submission.is_waiting,
                "attach_form": AttachToFarmerForm(submission=submission),
                "attach_url": reverse(f"{namespace}:attach", args=[submission.pk]),
                "retry_url": reverse(f"{namespace}:retry", args=[submission.pk]),
                "revoke_url": reverse(f"{namespace}:revoke", args=[submission.pk]),
                "new_link_url": reverse(f"{namespace}:new_link", args=[submission.pk]),
                "can_change": self.permission_policy.user_has_permission(self.request.user, "change"),
            }
        )
        return context


class ListingSubmissionViewSet(ModelViewSet):
    """Every listing sent through the form page, filterable by status, village, category and date."""

    model = ListingSubmission
    icon = "form"
    menu_label = _("Submissions")
    url_prefix = "listing-submissions"
    url_namespace = "listing_submissions"
    name = "listing_submissions"
    copy_view_enabled = False
    inspect_view_enabled = True
    inspect_view_class = SubmissionInspectView
    filterset_class = ListingSubmissionFilterSet
    search_fields = ["reference", "title", "farmer_name", "phone"]
    search_backend_name = None
    form_fields = ["internal_note"]
    list_per_page = 50

    @property
    def permission_policy(self):
        return NoAddingPermissionPolicy(self.model)

    @property
    def list_display(self):
        return [
            TitleColumn("reference", label=_("Reference"), get_url=self._inspect_url),
            Column("title", label=_("Offer")),
            Column("farmer_name", label=_("Farmer")),
            Column("village", label=_("Village")),
            Column("category", label=_("Category")),
            StatusTagColumn(
                "get_status_display",
                label=_("Status"),
                sort_key="status",
                primary=lambda submission: submission.status in WAITING,
            ),
            DateColumn("created_at", label=_("Received"), sort_key="created_at"),
        ]

    def _inspect_url(self, instance):
        return reverse(f"{self.url_namespace}:inspect", args=[instance.pk])

    def get_queryset(self, request):
        return ListingSubmission.objects.select_related("village", "category")

    def get_urlpatterns(self):
        return super().get_urlpatterns() + [
            path("attach/<int:pk>/", self.attach_view, name="attach"),
            path("retry/<int:pk>/", self.retry_view, name="retry"),
            path("revoke/<int:pk>/", self.revoke_view, name="revoke"),
            path("new-link/<int:pk>/", self.new_link_view, name="new_link"),
        ]

    def _submission_to_change(self, request, pk):
        if not self.permission_policy.user_has_permission(request.user, "change"):
            raise PermissionDenied
        return get_object_or_404(ListingSubmission, pk=pk)

    def _back(self, submission):
        return redirect(self._inspect_url(submission))

    def attach_view(self, request, pk):
        submission = self._submission_to_change(request, pk)
        product = submission.product_page
        if product is None or product.live or not submission.is_waiting:
            messages.error(request, gettext("Only a listing that is not published yet can move to another farmer."))
            return self._back(submission)
        form = AttachToFarmerForm(request.POST or None, submission=submission)
        if request.method == "POST" and form.is_valid():
            attach_to_farmer(submission, form.cleaned_data["farmer"])
            messages.success(
                request,
                gettext("The listing now belongs to %(farmer)s.") % {"farmer": form.cleaned_data["farmer"].title},
            )
            return self._back(submission)
        return TemplateResponse(
            request,
            "products/admin/attach_to_farmer.html",
            {"submission": submission, "form": form, "back_url": self._inspect_url(submission)},
        )

    @property
    def retry_view(self):
        @require_POST
        def view(request, pk):
            submission = self._submission_to_change(request, pk)
            if submission.product_page_id:
                messages.info(request, gettext("This listing already has its pages."))
                return self._back(submission)
            try:
                retry_listing_pages(submission)
            except Exception as error:  # noqa: BLE001 - show the editor what went wrong instead of a 500
                submission.error = f"{type(error).__name__}: {error}"[:4000]
                submission.save(update_fields=["error", "updated_at"])
                messages.error(request, gettext("The pages could not be created: %(error)s") % {"error": error})
            else:
                messages.success(request, gettext("The draft pages were created and sent for review."))
            return self._back(submission)

        return view

    @property
    def revoke_view(self):
        @require_POST
        def view(request, pk):
            submission = self._submission_to_change(request, pk)
            submission.revoke_token()
            messages.success(request, gettext("The farmer's private link no longer works."))
            return self._back(submission)

        return view

    @property
    def new_link_view(self):
        @require_POST
        def view(request, pk):
            submission = self._submission_to_change(request, pk)
            token = submission.issue_new_token()
            form_page = (
                ListingFormPage.objects.live().filter(locale=Locale.objects.get(language_code=submission.language))
                .first()
                or ListingFormPage.objects.live().first()
            )
            link = form_page.manage_url(token, request, full=True) if form_page else token
            messages.warning(
                request,
                gettext("New private link (shown only now; give it to the farmer): %(link)s") % {"link": link},
            )
            return self._back(submission)

        return view


class InquiryFilterSet(WagtailFilterSet):
    handled = django_filters.BooleanFilter(label=_("Handled"))
    language = django_filters.ChoiceFilter(label=_("Language"), choices=settings.LANGUAGES)
    created_at = django_filters.DateFromToRangeFilter(label=_("Received"), widget=DateRangePickerWidget)

    class Meta:
        model = Inquiry
        fields = []


class InquiryViewSet(ModelViewSet):
    """Buyers' messages about offers; the agency puts them in touch and ticks them as handled."""

    model = Inquiry
    icon = "mail"
    menu_label = _("Inquiries")
    url_prefix = "inquiries"
    url_namespace = "listing_inquiries"
    name = "listing_inquiries"
    copy_view_enabled = False
    inspect_view_enabled = True
    filterset_class = InquiryFilterSet
    search_fields = ["name", "email", "phone", "message", "product_title"]
    search_backend_name = None
    form_fields = ["handled", "internal_note"]
    list_display = [
        "name",
        Column("product_title", label=_("Offer")),
        Column("phone", label=_("Phone")),
        Column("email", label=_("Email")),
        Column("language", label=_("Language")),
        BooleanColumn("handled", label=_("Handled")),
        DateColumn("created_at", label=_("Received"), sort_key="created_at"),
    ]
    inspect_view_fields = [
        "product_title",
        "product",
        "name",
        "phone",
        "email",
        "message",
        "language",
        "created_at",
        "emailed_at",
        "email_error",
        "handled",
        "internal_note",
    ]

    @property
    def permission_policy(self):
        return NoAddingPermissionPolicy(self.model)


class ListingReportFilterSet(WagtailFilterSet):
    reason = django_filters.ChoiceFilter(label=_("Reason"), choices=ListingReport.Reason.choices)
    resolved = django_filters.BooleanFilter(label=_("Dealt with"))
    created_at = django_filters.DateFromToRangeFilter(label=_("Received"), widget=DateRangePickerWidget)

    class Meta:
        model = ListingReport
        fields = []


class ListingReportViewSet(ModelViewSet):
    """Visitors' reports about listings, for moderators."""

    model = ListingReport
    icon = "warning"
    menu_label = _("Reports")
    url_prefix = "listing-reports"
    url_namespace = "listing_reports"
    name = "listing_reports"
    copy_view_enabled = False
    inspect_view_enabled = True
    filterset_class = ListingReportFilterSet
    search_fields = ["product_title", "message"]
    search_backend_name = None
    form_fields = ["resolved", "internal_note"]
    list_display = [
        "product_title",
        Column("get_reason_display", label=_("Reason"), sort_key="reason"),
        Column("language", label=_("Language")),
        BooleanColumn("resolved", label=_("Dealt with")),
        DateColumn("created_at", label=_("Received"), sort_key="created_at"),
    ]
    inspect_view_fields = ["product_title", "product", "reason", "message", "language", "created_at", "resolved"]

    @property
    def permission_policy(self):
        return NoAddingPermissionPolicy(self.model)


class ListingsViewSetGroup(ModelViewSetGroup):
    items = (ListingSubmissionViewSet, InquiryViewSet, ListingReportViewSet)
    menu_icon = "form"
    menu_label = _("Farmers' listings")
    menu_name = "farmers-listings"
    menu_order = 160


class ListingsWaitingPanel(Component):
    """On the dashboard: listings waiting for review (or needing attention), new inquiries and open reports."""

    name = "listings_waiting"
    template_name = "products/admin/listings_waiting_panel.html"
    order = 80

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        counts = ListingSubmission.objects.aggregate(
            waiting=Count("pk", filter=Q(status=ListingSubmission.Status.WAITING)),
            attention=Count("pk", filter=Q(status__in=[
                ListingSubmission.Status.NEEDS_ATTENTION, ListingSubmission.Status.RECEIVED
            ])),
        )
        context.update(
            {
                "submissions": ListingSubmission.objects.filter(status__in=WAITING)
                .select_related("village", "product_page")
                .order_by("created_at")[:10],
                "counts": counts,
                "open_reports": ListingReport.objects.filter(resolved=False).count(),
                "new_inquiries": Inquiry.objects.filter(handled=False).count(),
                "workflow": listing_workflow(),
            }
        )
        return context
