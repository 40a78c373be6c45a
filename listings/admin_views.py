"""Admin screens of farmers' listings: submissions, inquiries and reports, and the moderators' dashboard panel.

Moderators review a listing on its draft product page (preview, edit, then approve or reject in the
"Listing moderation" workflow); here they see what the farmer sent, fix a failed submission, move it under
an existing farmer, and revoke or replace the farmer's private link.
"""

import django_filters
from django import forms
from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Q
from django.http import JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import translation
from django.utils.functional import cached_property
from django.utils.translation import get_language, gettext
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.ui.components import Component
from wagtail.admin.ui.tables import BooleanColumn, Column, DateColumn, StatusTagColumn, TitleColumn
from wagtail.admin.views.generic import IndexView, InspectView
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup
from wagtail.admin.widgets.button import HeaderButton
from wagtail.models import Locale
from wagtail.permission_policies import ModelPermissionPolicy

from listings.agency_entry import (
    private_link,
    qr_code_svg,
    remember_token,
    remembered_token,
    send_link_by_sms,
)
from listings.erasure import erase_farmer, farmer_submissions, personal_data_export
from listings.forms import AgencyListingForm
from listings.intake import listing_workflow, matching_farmer, receive_listing
from listings.models import BuyerRequest, Inquiry, ListingFormPage, ListingReport, ListingSubmission
from listings.moderation import AttachToFarmerForm, attach_to_farmer, retry_listing_pages
from listings.phone_numbers import format_georgian_phone
from listings.photos import forget_kept_photos
from listings.sms import SmsError
from listings.views.listing_form import (
    _with_kept_photos as keep_checked_photos,  # same photo keeping as the public form
)
from listings.wanted import approve as approve_request
from listings.wanted import reject as reject_request
from listings.wanted import withdraw as withdraw_request
from products.models import Category, Village
from products.taxonomy import Taxonomy

ERASE_PERMISSION = "listings.erase_personal_data"
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


class ErasureForm(forms.Form):
    confirm = forms.BooleanField(
        label=_("I have exported the data if the farmer asked for it, and I want to erase it now"),
        error_messages={"required": _("Tick the box to confirm the erasure.")},
    )


class ListingSubmissionFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(label=_("Status"), choices=ListingSubmission.Status.choices)
    village = django_filters.ModelChoiceFilter(label=_("Village"), queryset=_source_rows(Village))
    category = django_filters.ModelChoiceFilter(label=_("Category"), queryset=_source_rows(Category))
    created_at = django_filters.DateFromToRangeFilter(label=_("Received"), widget=DateRangePickerWidget)
    language = django_filters.ChoiceFilter(label=_("Language"), choices=settings.LANGUAGES)
    entered_by_agency = django_filters.BooleanFilter(label=_("Entered by the agency"))

    class Meta:
        model = ListingSubmission
        fields = []


class SubmissionInspectView(InspectView):
    template_name = "listings/admin/listing_submission_inspect.html"

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
                "new_slip_url": reverse(f"{namespace}:new_slip", args=[submission.pk]),
                "can_change": self.permission_policy.user_has_permission(self.request.user, "change"),
                "can_erase": self.request.user.has_perm(ERASE_PERMISSION) and submission.anonymised_at is None,
                "personal_data_url": reverse(f"{namespace}:personal_data", args=[submission.pk]),
                "same_phone_farmer": _same_phone_farmer(submission, product),
            }
        )
        return context


def _same_phone_farmer(submission, product):
    """A farmer already on the site with this listing's phone number: moderators check before they attach."""
    if product is None or product.live or not submission.is_waiting or not submission.phone:
        return None
    farmer = matching_farmer(submission.phone, product.locale, exclude_submission=submission)
    return farmer if farmer is not None and farmer.pk != submission.farmer_page_id else None
class SubmissionIndexView(IndexView):
    """The list of submissions, with a button to enter a listing for a farmer who phoned or came in."""

    @cached_property
    def header_buttons(self):
        buttons = super().header_buttons
        if self.permission_policy.user_has_permission(self.request.user, "change"):
            buttons.append(
                HeaderButton(
                    _("Enter a listing for a farmer"), url=reverse("listing_submissions:enter"), icon_name="plus"
                )
            )
        return buttons


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
    index_view_class = SubmissionIndexView
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
            BooleanColumn("entered_by_agency", label=_("By the agency")),
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
            path("personal-data/<int:pk>/", self.personal_data_view, name="personal_data"),
            path("personal-data/<int:pk>/export/", self.export_personal_data_view, name="export_personal_data"),
            path("enter/", self.enter_view, name="enter"),
            path("slip/<int:pk>/", self.slip_view, name="slip"),
            path("slip/<int:pk>/new/", self.new_slip_view, name="new_slip"),
            path("slip/<int:pk>/sms/", self.sms_view, name="sms"),
        ]

    def _submission_to_erase(self, request, pk):
        if not request.user.has_perm(ERASE_PERMISSION):
            raise PermissionDenied
        return get_object_or_404(ListingSubmission, pk=pk)

    def export_personal_data_view(self, request, pk):
        """Everything held about the farmer, as a JSON file to hand over on request."""
        submission = self._submission_to_erase(request, pk)
        response = JsonResponse(
            personal_data_export(submission), json_dumps_params={"ensure_ascii": False, "indent": 2}
        )
        response["Content-Disposition"] = f'attachment; filename="agrofarm-{submission.reference}.json"'
        response["Cache-Control"] = "private, no-store"
        return response

    def personal_data_view(self, request, pk):
        """A farmer's request: export their data, then erase it (all their submissions and pages)."""
        submission = self._submission_to_erase(request, pk)
        form = ErasureForm(request.POST or None)
        if request.method == "POST" and form.is_valid():
            count = erase_farmer(submission)
            messages.success(
                request,
                gettext("The farmer's personal data was erased; their pages are off the site (%(count)d listings).")
                % {"count": count},
            )
            return redirect(reverse(f"{self.url_namespace}:index"))
        return TemplateResponse(
            request,
            "listings/admin/personal_data.html",
            {
                "submission": submission,
                "submissions": farmer_submissions(submission),
                "form": form,
                "export_url": reverse(f"{self.url_namespace}:export_personal_data", args=[submission.pk]),
                "back_url": self._inspect_url(submission),
            },
        )

    # Listings the agency enters for farmers, and their slips -----------------------------------------------

    def enter_view(self, request):
        """The listing form for a farmer who phoned or came in; on success, the slip to print."""
        if not self.permission_policy.user_has_permission(request.user, "change"):
            raise PermissionDenied
        taxonomy = Taxonomy.for_request(request, get_language())
        if request.method == "POST":
            form = AgencyListingForm(request.POST, request.FILES, taxonomy=taxonomy)
            if form.is_valid():
                submission, token = receive_listing(form, form.cleaned_data["language"], entered_by=request.user)
                forget_kept_photos(form.kept)
                remember_token(request, submission, token)
                messages.success(
                    request,
                    gettext("Listing %(reference)s was stored and sent for review. Print the slip for the farmer.")
                    % {"reference": submission.reference},
                )
                return redirect("listing_submissions:slip", submission.pk)
            form = keep_checked_photos(form)
        else:
            form = AgencyListingForm(taxonomy=taxonomy)
        return TemplateResponse(
            request,
            "listings/admin/agency_listing_form.html",
            {"form": form, "kept_photos": form.kept, "back_url": reverse("listing_submissions:index")},
        )

    def slip_view(self, request, pk):
        """A printable slip in the farmer's language: reference, offer and the private link with its QR code."""
        submission = self._submission_to_change(request, pk)
        token = remembered_token(request, submission)
        link = private_link(request, submission, token) if token else ""
        staff_language = get_language()
        with translation.override(submission.language):
            return TemplateResponse(
                request,
                "listings/admin/listing_slip.html",
                {
                    "submission": submission,
                    "phone": format_georgian_phone(submission.phone),
                    "link": link,
                    "qr_code": qr_code_svg(link) if link else "",
                    "agency_email": settings.AGENCY_EMAIL,
                    "staff_language": staff_language,
                    "new_slip_url": reverse("listing_submissions:new_slip", args=[submission.pk]),
                    "sms_url": reverse("listing_submissions:sms", args=[submission.pk]),
                    "back_url": self._inspect_url(submission),
                },
            ).render()  # rendered now, in the farmer's language

    @property
    def new_slip_view(self):
        @require_POST
        def view(request, pk):
            submission = self._submission_to_change(request, pk)
            remember_token(request, submission, submission.issue_new_token())
            messages.warning(
                request, gettext("The farmer's earlier private link no longer works: give them this slip.")
            )
            return redirect("listing_submissions:slip", submission.pk)

        return view

    @property
    def sms_view(self):
        @require_POST
        def view(request, pk):
            submission = self._submission_to_change(request, pk)
            token = remembered_token(request, submission)
            if not token:
                messages.error(
                    request, gettext("The private link is no longer in your session: print a slip with a new link.")
                )
                return redirect("listing_submissions:slip", submission.pk)
            try:
                send_link_by_sms(submission, private_link(request, submission, token))
            except SmsError as error:
                messages.error(request, gettext("The text message was not sent: %(error)s") % {"error": error})
            else:
                messages.success(
                    request, gettext("The private link was sent by SMS to %(phone)s.") % {"phone": submission.phone}
                )
            return redirect("listing_submissions:slip", submission.pk)

        return view

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
            "listings/admin/attach_to_farmer.html",
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


class BuyerRequestFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(label=_("Status"), choices=BuyerRequest.Status.choices)
    category = django_filters.ModelChoiceFilter(label=_("Category"), queryset=_source_rows(Category))
    buyer_kind = django_filters.ChoiceFilter(label=_("Buyer"), choices=BuyerRequest.BuyerKind.choices)
    language = django_filters.ChoiceFilter(label=_("Language"), choices=settings.LANGUAGES)
    created_at = django_filters.DateFromToRangeFilter(label=_("Received"), widget=DateRangePickerWidget)

    class Meta:
        model = BuyerRequest
        fields = []


class BuyerRequestInspectView(InspectView):
    template_name = "listings/admin/buyer_request_inspect.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        namespace = self.index_url_name.split(":")[0]
        context.update(
            {
                "buyer_request": self.object,
                "review_url": reverse(f"{namespace}:review", args=[self.object.pk]),
                "can_change": self.permission_policy.user_has_permission(self.request.user, "change"),
            }
        )
        return context


class BuyerRequestViewSet(ModelViewSet):
    """Buyers' requests sent through the Wanted page: moderators approve (publish) or reject them."""

    model = BuyerRequest
    icon = "search"
    menu_label = _("Buyers' requests")
    url_prefix = "buyer-requests"
    url_namespace = "buyer_requests"
    name = "buyer_requests"
    copy_view_enabled = False
    inspect_view_enabled = True
    inspect_view_class = BuyerRequestInspectView
    filterset_class = BuyerRequestFilterSet
    search_fields = ["reference", "product", "buyer_name", "phone", "email"]
    search_backend_name = None
    form_fields = [
        "product", "category", "quantity", "unit", "village", "months", "price", "note", "buyer_kind",
        "buyer_name", "phone", "email", "contact_consent", "expires_at", "internal_note",
    ]
    list_per_page = 50

    @property
    def permission_policy(self):
        return NoAddingPermissionPolicy(self.model)

    @property
    def list_display(self):
        return [
            TitleColumn("reference", label=_("Reference"), get_url=self._inspect_url),
            Column("product", label=_("What")),
            Column("category", label=_("Category")),
            Column("buyer_name", label=_("Buyer")),
            StatusTagColumn(
                "get_status_display", label=_("Status"), sort_key="status",
                primary=lambda item: item.status == BuyerRequest.Status.WAITING,
            ),
            DateColumn("created_at", label=_("Received"), sort_key="created_at"),
            DateColumn("expires_at", label=_("On the site until"), sort_key="expires_at"),
        ]

    def _inspect_url(self, instance):
        return reverse(f"{self.url_namespace}:inspect", args=[instance.pk])

    def get_queryset(self, request):
        return BuyerRequest.objects.select_related("category", "village")

    def get_urlpatterns(self):
        return super().get_urlpatterns() + [path("review/<int:pk>/", self.review_view, name="review")]

    @property
    def review_view(self):
        @require_POST
        def view(request, pk):
            if not self.permission_policy.user_has_permission(request.user, "change"):
                raise PermissionDenied
            buyer_request = get_object_or_404(BuyerRequest, pk=pk)
            action = request.POST.get("action")
            if action == "approve":
                approve_request(buyer_request)
                messages.success(request, gettext("The request is on the site in every language."))
            elif action == "reject":
                reject_request(buyer_request, request.POST.get("note", "")[:2000])
                messages.success(request, gettext("The request was rejected."))
            elif action == "withdraw":
                withdraw_request(buyer_request)
                messages.success(request, gettext("The request was taken off the site."))
            return redirect(self._inspect_url(buyer_request))

        return view


class ListingsViewSetGroup(ModelViewSetGroup):
    items = (ListingSubmissionViewSet, BuyerRequestViewSet, InquiryViewSet, ListingReportViewSet)
    menu_icon = "form"
    menu_label = _("Farmers' listings")
    menu_name = "farmers-listings"
    menu_order = 160


class ListingsWaitingPanel(Component):
    """On the dashboard: listings waiting for review (or needing attention), new inquiries and open reports."""

    name = "listings_waiting"
    template_name = "listings/admin/listings_waiting_panel.html"
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
                "waiting_requests": BuyerRequest.objects.filter(status=BuyerRequest.Status.WAITING).count(),
                "workflow": listing_workflow(),
            }
        )
        return context
