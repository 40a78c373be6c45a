"""A farmer's private link: the status of their listing, and the changes they can make without an account."""

from django.http import Http404
from django.shortcuts import redirect
from django.utils import formats
from django.utils.html import strip_tags
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache

from listings import intake as listings
from listings.forms import ListingTextForm, OfferUpdateForm, WithdrawForm, submission_statuses_for_farmers
from listings.limits import PRIVATE_LINK_POSTS
from listings.models import ListingSubmission
from listings.photos import MAX_PHOTOS
from products.models import ProductPage
from products.months import ALL_YEAR, availability_strip, mask_to_months
from products.pricing import format_price, format_quantity
from products.taxonomy import Taxonomy

TEMPLATE = "listings/listing_manage.html"
# Photos one listing may store over its life (removed ones stay as originals): six, changed three times.
MAX_STORED_PHOTOS = 4 * MAX_PHOTOS
Status = ListingSubmission.Status


def farmer_status(submission, product):
    """The status the farmer sees: "expired" as soon as the date has passed, before the nightly command runs."""
    if submission.status == Status.LIVE and product is not None and product.is_expired:
        return Status.EXPIRED
    return submission.status


def available_actions(status, product):
    if product is None:
        return set()
    return {
        Status.WAITING: {"offer", "text", "withdraw"},
        Status.LIVE: {"offer", "sold", "renew", "text", "withdraw"},
        Status.EXPIRED: {"offer", "renew", "withdraw"},
        Status.REJECTED: {"offer", "text", "withdraw"},
    }.get(status, set())


def done_messages():
    return {
        "offer": _("Saved. Buyers see the new price, quantity and months now."),
        "offer-draft": _("Saved. The agency sees the new details when they review your listing."),
        "sold": _("Marked as sold out. Buyers see that it is sold out."),
        "available": _("Marked as available again."),
        "renew": _("Renewed: your listing stays on the site for another season."),
        "withdraw": _("Your listing was taken off the site."),
        "text": _("Thank you. Your changes are waiting for review; until then buyers see your listing as before."),
    }


@never_cache
def manage_listing(request, page, token):
    submission = ListingSubmission.for_token(token)
    if submission is None:
        raise Http404
    product = ProductPage.objects.filter(pk=submission.product_page_id).first()
    status = farmer_status(submission, product)
    actions = available_actions(status, product)
    current = product.get_latest_revision_as_object() if product is not None else None
    forms = {
        "offer": OfferUpdateForm(initial=_offer_initial(current)) if current else None,
        "text": ListingTextForm(initial=_text_initial(current), current_photos=_photos(current)) if current else None,
        "withdraw": WithdrawForm(),
    }
    notice, status_code = "", 200
    if request.method == "POST":
        action = request.POST.get("action", "")
        if action not in actions and not (action == "available" and "sold" in actions):
            return _redirect(page, token, request, "")
        if not PRIVATE_LINK_POSTS.hit(submission.pk):
            notice = _("You sent many changes in the last hour. Please try again later, or call the agency.")
            status_code = 429
        else:
            outcome = _apply(action, request, submission, product, current, forms)
            if outcome is not None:
                return _redirect(page, token, request, outcome)
    response = page.render(
        request,
        template=TEMPLATE,
        context_overrides={
            "submission": submission,
            "product": current,
            "live_product": product,
            "status": status,
            "status_label": submission_statuses_for_farmers()[status],
            "actions": actions,
            "forms": forms,
            "facts": _facts(current, request),
            "pending_review": bool(product and product.live and product.has_unpublished_changes),
            "public_url": product.get_url(request) if product is not None and product.live else "",
            "manage_url": page.manage_url(token, request, full=True),
            "welcome": request.GET.get("welcome") == "1",
            "done": done_messages().get(request.GET.get("done", ""), ""),
            "notice": notice,
        },
    )
    response.status_code = status_code
    # The token is in the address: never send it to other sites ("no-referrer" would also blank the
    # Origin of the page's own forms, which Django's CSRF check then refuses).
    response["Referrer-Policy"] = "same-origin"
    response["X-Robots-Tag"] = "noindex, nofollow"
    return response


def _apply(action, request, submission, product, current, forms):
    """Carry out one action; returns the name of the message to show, or None when the form has errors."""
    if action == "offer":
        form = forms["offer"] = OfferUpdateForm(request.POST)
        if not form.is_valid():
            return None
        data = form.cleaned_data
        listings.update_offer(submission, data["price"], data["quantity"], data["months"])
        return "offer" if product.live else "offer-draft"
    if action in {"sold", "available"}:
        listings.mark_sold(submission, sold=action == "sold")
        return action
    if action == "renew":
        listings.renew(submission)
        return "renew"
    if action == "withdraw":
        form = forms["withdraw"] = WithdrawForm(request.POST)
        if not form.is_valid():
            return None
        listings.withdraw(submission)
        return "withdraw"
    if action == "text":
        form = forms["text"] = ListingTextForm(request.POST, request.FILES, current_photos=_photos(current))
        if not form.is_valid():
            return None
        if submission.photos.count() + len(form.cleaned_data["photos"] or []) > MAX_STORED_PHOTOS:
            form.add_error(
                "photos", _("This listing has had many photos already. Please call the agency to change them.")
            )
            return None
        data = form.cleaned_data
        listings.edit_text(
            submission, data["title"], data["description"], data["photos"] or [], data["remove_photos"] or []
        )
        return "text"
    return ""


def _redirect(page, token, request, outcome):
    url = page.manage_url(token, request) + (f"?done={outcome}#done" if outcome else "#status-title")
    response = redirect(url)
    response.status_code = 303
    return response


def _offer_initial(product):
    return {
        "price": product.price,
        "price_on_request": product.price is None,
        "quantity": product.quantity_available,
        "months": [] if product.months_available == ALL_YEAR else mask_to_months(product.months_available),
    }


def _text_initial(product):
    text = (product.description or "").replace("<br>", "\n").replace("</p>", "\n\n")
    return {"title": product.title, "description": strip_tags(text).strip()}


def _photos(product):
    if product is None:
        return []
    return [item.image for item in product.gallery_images.all() if item.image_id]


def _facts(product, request):
    if product is None:
        return {}
    language = get_language()
    taxonomy = Taxonomy.for_request(request, language)
    return {
        "price": format_price(product.price, product.unit, language),
        "quantity": format_quantity(product.quantity_available, product.unit, language),
        "unit": product.get_unit_display(),
        "category": taxonomy.category(product.category_id),
        "months": availability_strip(product.months_available),
        "all_year": product.months_available == ALL_YEAR,
        "expires_at": product.expires_at,
        "expires_label": formats.date_format(product.expires_at, "j E Y") if product.expires_at else "",
        "sold_out": product.status == ProductPage.Status.SOLD_OUT,
    }
