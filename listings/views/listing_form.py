"""The listing form page: show the form, check it, and hand a valid listing to listings.intake."""

import secrets

from django.core.exceptions import ValidationError
from django.db import IntegrityError
from django.http import JsonResponse
from django.shortcuts import redirect
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache

from core.protection import client_fingerprint, form_token_refused
from listings.forms import ListingForm, submission_key
from listings.intake import receive_listing
from listings.limits import LISTING_POSTS_PER_CLIENT, LISTINGS_PER_PHONE, PHOTO_UPLOADS_PER_CLIENT, phone_and_client
from listings.models import ListingSubmission
from listings.photos import check_photo, forget_kept_photos, keep_photos, read_kept_photos, without_location
from products.taxonomy import Taxonomy

TEMPLATE = "listings/listing_form_page.html"


def listing_form(request, page):
    """The form (a page anonymous visitors get from the page cache), and what happens when it is sent."""
    taxonomy = Taxonomy.for_request(request, get_language())
    if request.method != "POST":
        return _render(request, page, ListingForm(taxonomy=taxonomy))
    fingerprint = client_fingerprint(request)
    form = ListingForm(
        request.POST, request.FILES, taxonomy=taxonomy, token_refused=form_token_refused(request), client=fingerprint
    )
    if form.honeypot_filled():
        return redirect(_thanks_url(page, request), permanent=False)
    key = submission_key(request.POST.get("submission_key"))
    earlier = ListingSubmission.for_idempotency_key(key)
    if earlier is not None:
        return _already_received(request, page, earlier)
    if not LISTING_POSTS_PER_CLIENT.hit(fingerprint):
        notice = _(
            "Too many listings were sent from your connection in the last hour. Please try again later, "
            "or call the agency and we will add your listing for you."
        )
        return _render(request, page, _with_kept_photos(form), notice=notice, status=429)
    if not form.is_valid():
        return _render(request, page, _with_kept_photos(form))
    if form.sent_too_fast():
        return redirect(_thanks_url(page, request), permanent=False)
    if not LISTINGS_PER_PHONE.hit(phone_and_client(form.cleaned_data["phone"], fingerprint)):
        notice = _(
            "This phone number has sent the most listings allowed in one day. Please send the next one "
            "tomorrow, or call the agency."
        )
        return _render(request, page, _with_kept_photos(form), notice=notice, status=429)
    try:
        _submission, token = receive_listing(form, get_language(), fingerprint, idempotency_key=key or None)
    except IntegrityError:
        earlier = ListingSubmission.for_idempotency_key(key)
        if earlier is None:
            raise
        return _already_received(request, page, earlier)  # the same form sent twice at the same moment
    forget_kept_photos(form.kept)
    return _welcome(request, page, token)


def _welcome(request, page, token):
    # A fragment of its own, or the browser would carry over the form's "#form-errors".
    response = redirect(page.manage_url(token, request) + "?welcome=1#welcome-title")
    response.status_code = 303
    return response


def _already_received(request, page, submission):
    """The same rendering of the form sent again (a double tap, a retry after a timeout, a draft sent once more):
    no second listing. Whoever holds the form's key gets the first listing's reference and a private link;
    the link is issued anew because only its digest is stored (an earlier copy of it stops working)."""
    return _welcome(request, page, submission.issue_new_token())


def photo_upload(request, page):
    """One photo sent on its own by listing-form.js (downscaled in the browser), kept like the photos of a form
    with errors: the answer is a signed reference the form then sends instead of the photo itself."""
    if request.method != "POST":
        return JsonResponse({"error": "POST only"}, status=405)
    if not PHOTO_UPLOADS_PER_CLIENT.hit(client_fingerprint(request)):
        message = _("Too many photos were sent from your connection in the last hour. Please try again later.")
        return JsonResponse({"error": message}, status=429)
    key = submission_key(request.POST.get("submission_key"))
    if not key:  # a kept photo belongs to one form; listing-draft.js sends the form's key
        return JsonResponse({"error": _("Please reload the page and choose the photo again.")}, status=400)
    upload = request.FILES.get("photo")
    if upload is None:
        return JsonResponse({"error": _("Please choose the photo again.")}, status=400)
    try:
        check_photo(upload)
        photo = without_location(upload)
    except ValidationError as error:
        return JsonResponse({"error": " ".join(error.messages)}, status=400)
    (reference,) = keep_photos([photo], key)
    return JsonResponse(
        {
            "reference": reference,
            "name": photo.name,
            "width": photo.width,
            "height": photo.height,
            # What arrived, so the farmer's phone (and the browser tests) can see how light the upload was.
            "received_bytes": int(request.META.get("CONTENT_LENGTH") or 0),
        }
    )


def _with_kept_photos(form):
    """Keep the photos that passed their checks, so the farmer does not send them again with the corrections.

    They are kept for this form only: the form is shown again with its submission key (a new one when it came
    without), and the kept photos' references hold for that key.
    """
    key = submission_key(form.data.get("submission_key")) or secrets.token_urlsafe(24)
    references = list(form.data.getlist("kept_photos")) if hasattr(form.data, "getlist") else []
    kept, _lost = read_kept_photos(references, key)
    references = [photo.reference for photo in kept]
    references += keep_photos(getattr(form.fields["photos"], "valid_photos", []), key)
    data = form.data.copy()
    data.setlist("kept_photos", references)
    data["submission_key"] = key
    form.data = data
    form.kept, _lost = read_kept_photos(references, key)
    return form


def _render(request, page, form, notice="", status=200):
    response = page.render(
        request,
        template=TEMPLATE,
        context_overrides={
            "form": form,
            "notice": notice,
            "kept_photos": getattr(form, "kept", []),
            "submission_key": _submission_key_to_render(request, form),
            "photo_url": (page.get_url(request) or "") + page.reverse_subpage("photo"),
        },
    )
    response.status_code = status
    return response


def _submission_key_to_render(request, form):
    """A key per rendering of the form; none on a page the cache shares (listing-form.js makes one there)."""
    if form.is_bound:
        return submission_key(form.data.get("submission_key")) or secrets.token_urlsafe(24)
    if getattr(request, "page_cacheable", False):
        return ""
    return secrets.token_urlsafe(24)


def _thanks_url(page, request):
    return page.get_url(request) + page.reverse_subpage("thanks")


@never_cache
def thanks(request, page):
    return page.render(request, template="listings/listing_thanks.html")
