"""A farmer's personal data on request (export, then erasure) and after the retention period (anonymisation).

Erasure takes everything that names or reaches a farmer off the site and out of the database: the farmer
page and their offers are unpublished in every language and scrubbed (name, phone, email, story, photos,
certificates, old revisions), the photos they sent are deleted with their files and renditions, and their
submissions keep only what the agency's figures need (date, village, category, status, language).
"""

from django.conf import settings
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Page, PageLogEntry

from listings.intake import cancel_moderation, every_language_version, has_other_live_offers, take_off_site
from listings.models import ListingSubmission
from products.models import FarmerPage, ProductPage

ANONYMOUS = "—"
# What the figures of the M4EG report read from a submission; everything else the farmer sent goes.
KEPT_DATA = (
    "village", "category", "village_name", "category_name", "unit", "months", "price", "price_on_request", "quantity",
    "certificate", "offers_pickup", "offers_delivery",
)
# Submissions that are over for the farmer: after the retention period nothing personal of them is kept.
FINISHED = (ListingSubmission.Status.REJECTED, ListingSubmission.Status.WITHDRAWN, ListingSubmission.Status.EXPIRED)


def farmer_submissions(submission):
    """Every submission of the same farmer: the same phone number, or filed under the same farmer page."""
    farmer_pages = _farmer_page_ids(submission)
    condition = Q(pk=submission.pk) | Q(farmer_page_id__in=farmer_pages)
    if submission.phone:
        condition |= Q(phone=submission.phone)
    return ListingSubmission.objects.filter(condition).order_by("created_at", "pk")


def _farmer_page_ids(submission):
    farmer = FarmerPage.objects.filter(pk=submission.farmer_page_id).first()
    return [version.pk for version in every_language_version(farmer)] if farmer is not None else []


def personal_data_export(submission):
    """What the portal holds about the farmer of `submission`, as JSON-ready data (given to them on request)."""
    submissions = list(farmer_submissions(submission).prefetch_related("photos__image"))
    farmer_ids = {pk for item in submissions for pk in _farmer_page_ids(item)}
    return {
        "exported_at": timezone.now().isoformat(),
        "submissions": [
            {
                "reference": item.reference,
                "status": item.status,
                "language": item.language,
                "received_at": item.created_at.isoformat(),
                "farmer_name": item.farmer_name,
                "phone": item.phone,
                "email": item.email,
                "phone_consent": item.phone_consent,
                "privacy_consent_at": item.privacy_consent_at.isoformat() if item.privacy_consent_at else None,
                "title": item.title,
                "data": item.data,
                "rejection_note": item.rejection_note,
                "photos": [photo.image.file.name for photo in item.photos.all()],
            }
            for item in submissions
        ],
        "farmer_pages": [
            {
                "language": farmer.locale.language_code,
                "name": farmer.title,
                "live": farmer.live,
                "story": farmer.story,
                "phone": farmer.phone,
                "email": farmer.email,
                "phone_consent": farmer.phone_consent,
                "offers": [offer.title for offer in ProductPage.objects.child_of(farmer)],
            }
            for farmer in FarmerPage.objects.filter(pk__in=farmer_ids).select_related("locale")
        ],
    }


@transaction.atomic
def erase_farmer(submission):
    """Erase the personal data of the farmer of `submission` (all their submissions and pages); returns the
    number of submissions anonymised."""
    submissions = list(farmer_submissions(submission))
    farmers = {}
    for item in submissions:
        for farmer in FarmerPage.objects.filter(pk__in=_farmer_page_ids(item)):
            farmers[farmer.pk] = farmer
    for farmer in farmers.values():
        for offer in ProductPage.objects.child_of(farmer):
            _scrub_offer(offer)
        _scrub_farmer(farmer)
    for item in submissions:
        item.refresh_from_db()  # unpublishing marked the live ones withdrawn
        anonymise_submission(item)
    return len(submissions)


def anonymise_submission(submission):
    """Keep the submission for the figures, without anything that names the farmer or the photos they sent."""
    for photo in submission.photos.select_related("image"):
        photo.image.delete()  # Wagtail deletes the file and its renditions when the transaction commits
    submission.farmer_name = ANONYMOUS
    submission.phone = ""
    submission.email = ""
    submission.title = ANONYMOUS
    submission.data = {name: submission.data[name] for name in KEPT_DATA if name in (submission.data or {})}
    submission.rejection_note = ""
    submission.internal_note = ""
    submission.error = ""
    submission.client_fingerprint = ""
    submission.token_revoked_at = submission.token_revoked_at or timezone.now()
    submission.anonymised_at = timezone.now()
    submission.save()


def _scrub_offer(offer):
    cancel_moderation(offer)
    take_off_site(offer)
    for version in every_language_version(offer):
        version = Page.objects.get(pk=version.pk).specific
        version.gallery_images = []
        version.description = ""
        _save_scrubbed(version, version.title)


def _scrub_farmer(farmer):
    cancel_moderation(farmer)
    take_off_site(farmer)
    title = f"{ANONYMOUS} {farmer.pk}"
    for version in every_language_version(farmer):
        _rename_without_redirect(version, f"farmer-{farmer.pk}")
        version = Page.objects.get(pk=version.pk).specific
        version.story = ""
        version.phone = ""
        version.email = ""
        version.has_whatsapp = version.has_viber = version.phone_consent = False
        version.certifications = []
        version.photos = []
        _save_scrubbed(version, title)


def _rename_without_redirect(page, slug):
    """A new slug (the old one is the farmer's name), without the redirect Wagtail would keep from the old
    address: a redirect row would hold the name too."""
    old_url_path = page.url_path
    new_url_path = old_url_path[: old_url_path.rstrip("/").rfind("/") + 1] + slug + "/"
    Page.objects.filter(pk=page.pk).update(slug=slug, url_path=new_url_path)
    for descendant in Page.objects.filter(path__startswith=page.path, depth__gt=page.depth):
        Page.objects.filter(pk=descendant.pk).update(url_path=new_url_path + descendant.url_path[len(old_url_path):])
    Redirect.objects.filter(redirect_page_id=page.pk).delete()


def _save_scrubbed(page, title):
    """Save the scrubbed page as its only revision: older revisions and log labels still hold the name."""
    page.title = page.draft_title = title
    page.seo_title = page.search_description = ""
    page.latest_revision = page.live_revision = None
    page.has_unpublished_changes = False
    page.save(clean=False)
    page.revisions.all().delete()
    PageLogEntry.objects.filter(page_id=page.pk).update(label=title, data={})
    if page.alias_of_id is None:  # an untranslated copy has no revisions of its own
        page.save_revision(clean=False, log_action=False)


def anonymise_finished_submissions(now=None):
    """Anonymise submissions that ended (rejected, withdrawn, expired) more than LISTING_RETENTION_DAYS ago;
    the draft farmer page of such a listing is scrubbed too when nothing else of that farmer is on the site
    or waiting; an expired offer leaves the site then. Returns how many submissions were anonymised."""
    cutoff = (now or timezone.now()) - timezone.timedelta(days=settings.LISTING_RETENTION_DAYS)
    finished = ListingSubmission.objects.filter(status__in=FINISHED, updated_at__lt=cutoff, anonymised_at__isnull=True)
    count = 0
    for pk in list(finished.values_list("pk", flat=True)):
        submission = ListingSubmission.objects.get(pk=pk)
        with transaction.atomic():
            farmer = FarmerPage.objects.filter(pk=submission.farmer_page_id).first()
            offer = ProductPage.objects.filter(pk=submission.product_page_id).first()
            if offer is not None:
                take_off_site(offer)
            anonymise_submission(submission)  # saved with its status as it was (expired stays expired)
            if farmer is not None and _farmer_is_done(farmer):
                _scrub_farmer(farmer)
        count += 1
    return count


def _farmer_is_done(farmer):
    """No offer of this farmer is live and no submission of theirs is still waiting, live or recent."""
    if has_other_live_offers(farmer):
        return False
    farmer_ids = [version.pk for version in every_language_version(farmer)]
    return not ListingSubmission.objects.filter(farmer_page_id__in=farmer_ids, anonymised_at__isnull=True).exists()
