"""The listing form page: show the form, check it, and hand a valid listing to products.listings."""

from django.shortcuts import redirect
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache

from ..form_protection import client_fingerprint
from ..listings import receive_listing
from ..photos import forget_kept_photos, keep_photos, read_kept_photo
from ..rate_limits import LISTING_POSTS_PER_CLIENT, LISTINGS_PER_PHONE
from ..submission_forms import ListingForm
from ..taxonomy import Taxonomy

TEMPLATE = "products/listing_form_page.html"


@never_cache
def listing_form(request, page):
    taxonomy = Taxonomy.for_request(request, get_language())
    if request.method != "POST":
        return _render(request, page, ListingForm(taxonomy=taxonomy))
    form = ListingForm(request.POST, request.FILES, taxonomy=taxonomy)
    if form.honeypot_filled():
        return redirect(_thanks_url(page, request), permanent=False)
    fingerprint = client_fingerprint(request)
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
    if not LISTINGS_PER_PHONE.hit(form.cleaned_data["phone"]):
        notice = _(
            "This phone number has sent the most listings allowed in one day. Please send the next one "
            "tomorrow, or call the agency."
        )
        return _render(request, page, _with_kept_photos(form), notice=notice, status=429)
    _submission, token = receive_listing(form, get_language(), fingerprint)
    forget_kept_photos(form.kept)
    # A fragment of its own, or the browser would carry over the form's "#form-errors".
    response = redirect(page.manage_url(token, request) + "?welcome=1#welcome-title")
    response.status_code = 303
    return response


def _with_kept_photos(form):
    """Keep the photos that passed their checks, so the farmer does not send them again with the corrections."""
    references = list(form.data.getlist("kept_photos")) if hasattr(form.data, "getlist") else []
    references = [reference for reference in references if read_kept_photo(reference) is not None]
    references += keep_photos(getattr(form.fields["photos"], "valid_photos", []))
    data = form.data.copy()
    data.setlist("kept_photos", references)
    form.data = data
    form.kept = [kept for kept in map(read_kept_photo, references) if kept is not None]
    return form


def _render(request, page, form, notice="", status=200):
    response = page.render(
        request,
        template=TEMPLATE,
        context_overrides={"form": form, "notice": notice, "kept_photos": getattr(form, "kept", [])},
    )
    response.status_code = status
    return response


def _thanks_url(page, request):
    return page.get_url(request) + page.reverse_subpage("thanks")


@never_cache
def thanks(request, page):
    return page.render(request, template="products/listing_thanks.html")
