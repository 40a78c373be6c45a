"""A farmer's listing from the form to the catalogue, and the changes a farmer makes through the private link.

Receiving happens in steps that each commit on their own: first the ListingSubmission row (so nothing a
farmer sent is ever lost), then the photos, then the draft FarmerPage/ProductPage in the farmer's language and
the start of the "Listing moderation" workflow. When a later step fails, the row stays, marked "needs
attention" with the error, and editors can run the step again from the admin.
"""

import logging
from datetime import timedelta

from django.conf import settings
from django.db import DatabaseError, IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.html import linebreaks
from wagtail.models import Locale, Page, TaskState, Workflow, WorkflowState

from core.romanisation import ascii_slug
from core.slugs import available_slug
from listings.models import ListingSubmission, ListingSubmissionPhoto
from listings.phone_numbers import PhoneNumberError, format_georgian_phone, normalise_georgian_phone
from listings.photos import store_photo
from products.models import FarmerIndexPage, FarmerPage, ProductCertification, ProductGalleryImage, ProductPage
from products.months import ALL_YEAR

logger = logging.getLogger(__name__)

LISTING_WORKFLOW_NAME = "Listing moderation"
PAGE_CREATION_ATTEMPTS = 3


def listing_lifetime():
    return timedelta(days=settings.LISTING_LIFETIME_DAYS)


def listing_workflow():
    return Workflow.objects.filter(name=LISTING_WORKFLOW_NAME, active=True).first()


def description_html(text):
    """The farmer's plain text as rich text: paragraphs and line breaks, everything else escaped."""
    return linebreaks(text or "", autoescape=True) if (text or "").strip() else ""


# Receiving a listing -----------------------------------------------------------------------------------------

def receive_listing(form, language, client_fingerprint="", idempotency_key=None, entered_by=None):
    """Store a valid listing form and turn it into draft pages under moderation.

    `entered_by`: the agency worker who typed it for a farmer (the admin's "Enter a listing"), or None.
    Returns (submission, token); the token of the private link exists only here and in the farmer's hands.
    A second listing with the same `idempotency_key` raises IntegrityError and stores nothing.
    """
    data = form.cleaned_data
    submission, token = ListingSubmission.create_with_token(
        status=ListingSubmission.Status.RECEIVED,
        language=language,
        data=form.submitted_data(),
        farmer_name=data["farmer_name"],
        phone=data["phone"],
        email=data.get("email") or "",
        title=data["title"],
        village_id=data["village"],
        category_id=data["category"],
        phone_consent=bool(data.get("phone_consent")),
        privacy_consent_at=timezone.now(),
        client_fingerprint=client_fingerprint,
        idempotency_key=idempotency_key,
        entered_by_agency=entered_by is not None,
        entered_by=entered_by,
    )
    try:
        with transaction.atomic():
            for position, photo in enumerate(data.get("all_photos") or []):
                image = store_photo(photo, f"{submission.reference} · {submission.title}")
                ListingSubmissionPhoto.objects.create(submission=submission, image=image, sort_order=position)
        create_draft_listing(submission)
    except Exception as error:  # noqa: BLE001 - whatever failed, the farmer's submission must survive
        logger.exception("Listing %s was stored but its pages could not be created", submission.reference)
        mark_needs_attention(submission, error)
    return submission, token


def mark_needs_attention(submission, error):
    submission.status = ListingSubmission.Status.NEEDS_ATTENTION
    submission.error = f"{type(error).__name__}: {error}"[:4000]
    submission.save(update_fields=["status", "error", "updated_at"])


def create_draft_listing(submission):
    """Draft farmer and product pages for a stored submission, sent to the moderation workflow.

    Pages under one parent are created one at a time (the parent row is locked): tree paths are computed from
    the parent's children, and two listings sent at the same moment must not get the same path.
    """
    for attempt in range(1, PAGE_CREATION_ATTEMPTS + 1):
        try:
            with transaction.atomic():
                _create_pages(submission)
            return submission
        except (IntegrityError, DatabaseError):
            if attempt == PAGE_CREATION_ATTEMPTS:
                raise
            submission.refresh_from_db()


def _locked(model, pk):
    """Lock a page row for the rest of the transaction, then read it afresh (its tree counters may have moved)."""
    Page.objects.select_for_update().filter(pk=pk).values_list("pk", flat=True).first()
    return model.objects.get(pk=pk)


def farmer_directory(locale):
    directories = FarmerIndexPage.objects.filter(locale=locale)
    directory = directories.live().first() or directories.first()
    if directory is None:
        source = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
        directory = FarmerIndexPage.objects.filter(locale=source).first()
    if directory is None:
        raise FarmerIndexPage.DoesNotExist("there is no farmer directory to put the listing under")
    return directory


def matching_farmer(phone, locale, exclude_submission=None):
    """The farmer with this phone number in `locale` (a farmer who listed before), or None.

    Only a suggestion for moderators: phone numbers are public, so a listing is never filed under a farmer
    because of its number alone (anyone could type it); a moderator who checked moves it there.
    """
    earlier = (
        ListingSubmission.objects.filter(phone=phone, farmer_page__isnull=False)
        .exclude(pk=getattr(exclude_submission, "pk", None))
        .order_by("-created_at")
        .values_list("farmer_page_id", flat=True)
    )
    for farmer_id in earlier[:5]:
        farmer = FarmerPage.objects.filter(pk=farmer_id).first()
        translation = farmer and (farmer if farmer.locale_id == locale.pk else farmer.get_translation_or_none(locale))
        if translation is not None:
            return translation.specific
    for farmer_id, farmer_phone in FarmerPage.objects.filter(locale=locale).values_list("pk", "phone"):
        try:
            if farmer_phone and normalise_georgian_phone(farmer_phone) == phone:
                return FarmerPage.objects.get(pk=farmer_id)
        except PhoneNumberError:
            continue
    return None


def _create_pages(submission):
    data = submission.data
    locale = Locale.objects.get(language_code=submission.language)
    # A new listing always gets a draft farmer of its own (finding 6 of issue 12): see matching_farmer.
    farmer = submission.farmer_page
    if farmer is None:
        directory = _locked(FarmerIndexPage, farmer_directory(locale).pk)
        farmer = FarmerPage(
            title=submission.farmer_name,
            slug=available_slug(ascii_slug(submission.farmer_name) or f"farmer-{submission.reference.lower()}",
                                directory),
            village_id=submission.village_id,
            phone=format_georgian_phone(submission.phone),
            has_whatsapp=bool(data.get("has_whatsapp")),
            has_viber=bool(data.get("has_viber")),
            phone_consent=submission.phone_consent,
            # The email stays with the agency: the farmer agreed to publish the phone number, nothing else.
            live=False,
            locale=directory.locale,
        )
        directory.add_child(instance=farmer)
        farmer.save_revision(log_action=True)
    farmer = _locked(FarmerPage, farmer.pk)
    product = ProductPage(
        title=submission.title,
        slug=available_slug(ascii_slug(submission.title) or f"listing-{submission.reference.lower()}", farmer),
        category_id=submission.category_id,
        description=description_html(data.get("description")),
        price=data.get("price"),
        unit=data.get("unit") or ProductPage._meta.get_field("unit").default,
        quantity_available=data.get("quantity"),
        months_available=data.get("months") or ALL_YEAR,
        offers_pickup=bool(data.get("offers_pickup")),
        offers_delivery=bool(data.get("offers_delivery")),
        delivery_note=data.get("delivery_note") or "",
        status=ProductPage.Status.AVAILABLE,
        expires_at=timezone.localdate() + listing_lifetime(),
        live=False,
        locale=farmer.locale,
    )
    product.gallery_images = [
        ProductGalleryImage(image_id=photo.image_id, sort_order=photo.sort_order) for photo in submission.photos.all()
    ]
    if data.get("certificate"):
        product.certifications = [
            ProductCertification(kind=data["certificate"], number=data.get("certificate_number") or "")
        ]
    farmer.add_child(instance=product)
    product.save_revision(log_action=True)
    start_moderation(product)
    submission.farmer_page = farmer
    submission.product_page = product
    submission.status = ListingSubmission.Status.WAITING
    submission.error = ""
    submission.save(
        update_fields=["farmer_page", "product_page", "status", "error", "updated_at"]
    )


def start_moderation(page):
    """Send the page's latest revision to the "Listing moderation" workflow (again, after a rejection)."""
    workflow = listing_workflow()
    if workflow is None:
        raise Workflow.DoesNotExist(f"the “{LISTING_WORKFLOW_NAME}” workflow is missing or inactive")
    state = page.current_workflow_state
    if state is not None:
        if state.status == state.STATUS_IN_PROGRESS:
            return state
        state.cancel()
    return workflow.start(page, user=None)


def cancel_moderation(page):
    state = page.current_workflow_state
    if state is not None:
        state.cancel()


# The farmer's private link -----------------------------------------------------------------------------------

def _with_facts(page, facts):
    for name, value in facts.items():
        setattr(page, name, value)
    return page


def apply_facts(product, **facts):
    """Change facts (price, quantity, months, sold, expiry) at once, in every language, without a new review.

    A live page gets a new published revision; a change waiting for review keeps waiting, with the new facts
    in it too, so approving it later does not bring the old price back. Untranslated copies follow the source
    when it is published; real translations get the same facts published.
    """
    source = ProductPage.objects.get(pk=product.pk)
    for page in [source, *ProductPage.objects.filter(translation_key=source.translation_key, alias_of__isnull=True)
                 .exclude(pk=source.pk)]:
        _apply_facts_to_page(page, facts)


def _apply_facts_to_page(page, facts):
    if page.live:
        pending = page.get_latest_revision_as_object() if page.has_unpublished_changes else None
        review = page.current_workflow_state
        revision = _with_facts(page, facts).save_revision(log_action=True)
        revision.publish(skip_permission_checks=True)  # Wagtail cancels the review of the pending change here
        if pending is not None:
            pending_revision = _with_facts(pending, facts).save_revision(log_action=True)
            if review is not None:
                _resume_review(review, pending_revision)
    else:
        _with_facts(page.get_latest_revision_as_object(), facts).save_revision(log_action=True)


def _resume_review(review, revision):
    """Reopen the review that publishing the new facts cancelled, on the pending change with those facts.

    Starting the workflow again would email every moderator about a change they were already told of, at each
    new price the farmer types (issue 12, finding 4); the same review goes on instead.
    """
    task_state = review.current_task_state
    if task_state is None:
        start_moderation(ProductPage.objects.get(pk=revision.object_id))
        return
    WorkflowState.objects.filter(pk=review.pk).update(status=review.status)
    TaskState.objects.filter(pk=task_state.pk).update(
        status=TaskState.STATUS_IN_PROGRESS, finished_at=None, finished_by=None, comment="", revision=revision
    )


def update_offer(submission, price, quantity, months):
    apply_facts(
        submission.product_page, price=price, quantity_available=quantity, months_available=months or ALL_YEAR
    )
    _back_to_review_if_rejected(submission)


def _back_to_review_if_rejected(submission):
    """A rejected listing that the farmer corrects goes to the moderators again."""
    if submission.status == ListingSubmission.Status.REJECTED:
        start_moderation(ProductPage.objects.get(pk=submission.product_page_id))
        submission.status = ListingSubmission.Status.WAITING
        submission.save(update_fields=["status", "updated_at"])


def mark_sold(submission, sold=True):
    status = ProductPage.Status.SOLD_OUT if sold else ProductPage.Status.AVAILABLE
    apply_facts(submission.product_page, status=status)


def renew(submission):
    """Another season: the listing stays in the catalogue for LISTING_LIFETIME_DAYS from today, as available."""
    apply_facts(
        submission.product_page,
        expires_at=timezone.localdate() + listing_lifetime(),
        status=ProductPage.Status.AVAILABLE,
    )
    if submission.status == ListingSubmission.Status.EXPIRED:
        submission.status = ListingSubmission.Status.LIVE
        submission.save(update_fields=["status", "updated_at"])


def withdraw(submission):
    """The farmer takes the listing off the site in every language, and their farmer page too when no other
    offer of theirs is live; the pages stay in the admin."""
    product = ProductPage.objects.get(pk=submission.product_page_id)
    cancel_moderation(product)
    take_off_site(product)
    farmer = FarmerPage.objects.filter(pk=product.get_parent().pk).first()
    if farmer is not None and not has_other_live_offers(farmer, product):
        take_off_site(farmer)
    submission.status = ListingSubmission.Status.WITHDRAWN
    submission.save(update_fields=["status", "updated_at"])


def every_language_version(page):
    """The page, its real translations and their untranslated copies (aliases), sources first."""
    versions = Page.objects.filter(translation_key=page.translation_key).exclude(pk=page.pk)
    return [page, *versions.order_by("alias_of_id", "pk")]


def take_off_site(page):
    """Unpublish the page in every language; each unpublish bumps the page cache and leaves the search index."""
    for version in every_language_version(page):
        version = Page.objects.get(pk=version.pk).specific  # an earlier unpublish may have changed it
        if version.live:
            version.unpublish(log_action=True)


def has_other_live_offers(farmer, product=None):
    """Whether any other offer of this farmer is live, in any language."""
    under_farmer = Q(pk__in=[])
    for version in every_language_version(farmer):
        under_farmer |= Q(path__startswith=version.path, depth=version.depth + 1)
    offers = ProductPage.objects.filter(under_farmer)
    if product is not None:
        offers = offers.exclude(translation_key=product.translation_key)
    return offers.live().exists()


def edit_text(submission, title, description, add_photos=(), remove_image_ids=()):
    """New title, description or photos: saved as a draft and sent for review; the live page stays as it is."""
    product = ProductPage.objects.get(pk=submission.product_page_id)
    draft = product.get_latest_revision_as_object()
    draft.title = title
    draft.draft_title = title
    draft.description = description_html(description)
    kept = [
        ProductGalleryImage(image_id=item.image_id, sort_order=item.sort_order)
        for item in draft.gallery_images.all()
        if item.image_id not in set(remove_image_ids)
    ]
    start = max((item.sort_order or 0 for item in kept), default=-1) + 1
    for offset, photo in enumerate(add_photos):
        image = store_photo(photo, f"{submission.reference} · {title}")
        ListingSubmissionPhoto.objects.create(submission=submission, image=image, sort_order=start + offset)
        kept.append(ProductGalleryImage(image_id=image.pk, sort_order=start + offset))
    draft.gallery_images = kept
    draft.save_revision(log_action=True)
    if submission.status == ListingSubmission.Status.REJECTED:
        _back_to_review_if_rejected(submission)
    else:
        start_moderation(product)
