"""Moderation of farmers' listings: what happens when a listing is approved, rejected or taken down.

Approving the "Listing moderation" task publishes the product page (Wagtail does that); here the farmer's new
page is published with it (publishing gives both their untranslated copies in the other languages, so the
listing appears in ka, en and ru at once), and the submission's status follows. Moderators can also put a
waiting listing under a farmer who is already on the site instead of the new draft farmer.
"""

from django import forms
from django.db import transaction
from django.db.models.signals import post_save
from django.dispatch import receiver
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.forms import TaskStateCommentForm
from wagtail.models import WorkflowPage
from wagtail.signals import page_published, page_unpublished

from core.page_permissions import grant_page_rights
from listings.intake import create_draft_listing, listing_workflow
from listings.models import ListingSubmission, RejectionReason
from products.models import FarmerIndexPage, FarmerPage, ProductPage


class ListingRejectionForm(TaskStateCommentForm):
    """Rejecting a listing: a reason from the list (the farmer reads it in their language) and a note."""

    reason = forms.ChoiceField(label=_("Reason"), choices=RejectionReason.choices)
    comment = forms.CharField(
        label=_("Note to the farmer"),
        required=False,
        max_length=2000,
        widget=forms.Textarea({"rows": 3}),
        help_text=_("Shown to the farmer on their private link, as written here."),
    )

    field_order = ["reason", "comment"]


def submission_for(page):
    """The submission a product page (or one of its translations) came from, or None."""
    if page is None:
        return None
    found = ListingSubmission.objects.filter(product_page_id=page.pk).first()
    if found is None and isinstance(page, ProductPage):
        source_ids = ProductPage.objects.filter(translation_key=page.translation_key).values_list("pk", flat=True)
        found = ListingSubmission.objects.filter(product_page_id__in=source_ids).first()
    return found


def record_rejection(page, reason, note):
    submission = ListingSubmission.objects.filter(product_page_id=page.pk).first()
    if submission is None:
        return None
    submission.status = ListingSubmission.Status.REJECTED
    submission.rejection_reason = reason if reason in RejectionReason.values else RejectionReason.OTHER
    submission.rejection_note = (note or "").strip()
    submission.reviewed_at = timezone.now()
    submission.save(update_fields=["status", "rejection_reason", "rejection_note", "reviewed_at", "updated_at"])
    return submission


@receiver(page_published)
def listing_published(sender, instance, revision=None, alias=False, **kwargs):
    """An approved listing goes live with its (new) farmer; the copies in the other languages are made by
    editorial.publishing for every published page."""
    if alias or not issubclass(sender, ProductPage):
        return
    submission = ListingSubmission.objects.filter(product_page_id=instance.pk).first()
    if submission is None:
        return
    farmer = FarmerPage.objects.filter(pk=instance.get_parent().pk).first()
    if farmer is not None and not farmer.live:
        revision = farmer.get_latest_revision() or farmer.save_revision()
        revision.publish(skip_permission_checks=True)
    if submission.status in {
        ListingSubmission.Status.RECEIVED,
        ListingSubmission.Status.NEEDS_ATTENTION,
        ListingSubmission.Status.WAITING,
        ListingSubmission.Status.REJECTED,
        ListingSubmission.Status.WITHDRAWN,
    }:
        submission.status = ListingSubmission.Status.LIVE
        submission.rejection_reason = ""
        submission.rejection_note = ""
        submission.reviewed_at = submission.reviewed_at or timezone.now()
        submission.save(update_fields=["status", "rejection_reason", "rejection_note", "reviewed_at", "updated_at"])


@receiver(page_unpublished)
def listing_taken_down(sender, instance, **kwargs):
    if not issubclass(sender, ProductPage) or instance.alias_of_id:
        return
    ListingSubmission.objects.filter(
        product_page_id=instance.pk, status__in=[ListingSubmission.Status.LIVE, ListingSubmission.Status.EXPIRED]
    ).update(status=ListingSubmission.Status.WITHDRAWN, updated_at=timezone.now())


MODERATORS = "Moderators"
DIRECTORY_RIGHTS = ["add", "change", "publish", "lock", "unlock"]


@receiver(post_save, sender=FarmerIndexPage)
def put_new_farmer_directory_under_workflow(sender, instance, created, raw=False, **kwargs):
    """Pages editors add under a farmer directory (in any language) go through "Listing moderation" too, and
    Moderators alone have rights in it (a closed section, see core.page_permissions)."""
    if not created or raw:
        return
    workflow = listing_workflow()
    if workflow is not None:
        WorkflowPage.objects.get_or_create(page=instance, defaults={"workflow": workflow})
    grant_page_rights(MODERATORS, instance, DIRECTORY_RIGHTS)


# Admin actions ------------------------------------------------------------------------------------------------

class AttachToFarmerForm(forms.Form):
    farmer = forms.ModelChoiceField(
        label=_("Farmer"),
        queryset=FarmerPage.objects.none(),
        help_text=_("The listing moves under this farmer; the new farmer page made for it is deleted."),
    )

    def __init__(self, *args, submission, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["farmer"].queryset = (
            FarmerPage.objects.filter(locale__language_code=submission.language)
            .exclude(pk=submission.farmer_page_id)
            .order_by("title")
        )
        self.fields["farmer"].label_from_instance = _farmer_label


def _farmer_label(farmer):
    return f"{farmer.title} · {farmer.phone}" if farmer.phone else farmer.title


@transaction.atomic
def attach_to_farmer(submission, farmer):
    """Move a waiting listing under an existing farmer; the draft farmer made for it goes if nothing else uses it."""
    product = ProductPage.objects.get(pk=submission.product_page_id)
    if product.live or product.get_translations().exists():
        raise ValueError("only a listing that is not published yet can move to another farmer")
    previous = FarmerPage.objects.filter(pk=submission.farmer_page_id).first()
    product.move(farmer, pos="last-child")
    submission.farmer_page = farmer
    submission.attached_to_existing_farmer = True
    submission.save(update_fields=["farmer_page", "attached_to_existing_farmer", "updated_at"])
    if (
        previous is not None
        and previous.pk != farmer.pk
        and not previous.live
        and not previous.get_children().exists()
        and not ListingSubmission.objects.filter(farmer_page=previous).exists()
    ):
        previous.delete()
    return submission


def retry_listing_pages(submission):
    """Create the pages of a submission that needs attention again (after the cause was fixed)."""
    create_draft_listing(submission)
    return submission
