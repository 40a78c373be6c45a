"""The counter behind the contact buttons: a browser tells it "someone used the phone button on page 12"
(navigator.sendBeacon, after the click; the link itself works without it). It stores a count per day, page
and kind, never who: no address, cookie or user agent. Junk gets a 4xx, floods are cut by a rate limit."""

from django.http import HttpResponse, HttpResponseBadRequest
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from core.protection import client_fingerprint
from core.rate_limits import HOUR, RateLimit
from products.models import FarmerPage, ProductPage

from .models import ContactClick, ContactKind

CLICKS_PER_CLIENT = RateLimit("contact-click", 60, HOUR, "CONTACT_CLICKS_PER_CLIENT_PER_HOUR")


def _no_store(response):
    response["Cache-Control"] = "private, no-store"
    return response


def _farmer_and_product(page_id):
    product = ProductPage.objects.live().public().filter(pk=page_id).select_related("farmer", "locale").first()
    if product is not None:
        return product.farmer, product
    farmer = FarmerPage.objects.live().public().filter(pk=page_id).select_related("locale").first()
    return farmer, None


@csrf_exempt  # a count, not a change anyone could be tricked into; no cookie is read or set
@require_POST
def contact_click(request):
    """Count one use of a contact button on a live product or farmer page that shows that button."""
    page_id, kind = request.POST.get("page", ""), request.POST.get("kind", "")
    if not page_id.isdigit() or len(page_id) > 12 or kind not in ContactKind.values:
        return _no_store(HttpResponseBadRequest())
    farmer, product = _farmer_and_product(int(page_id))
    contact = farmer.contact if farmer is not None else None
    link = {"phone": "tel", "whatsapp": "whatsapp", "viber": "viber"}[kind]
    if not contact or not contact.get(link):
        # 400, not 404: LocaleMiddleware would answer a 404 outside /ka/… with a redirect to /ka/contact-click/.
        return _no_store(HttpResponseBadRequest())
    if not CLICKS_PER_CLIENT.hit(client_fingerprint(request)):
        return _no_store(HttpResponse(status=429))
    page = product or farmer
    ContactClick.add(
        page=page,
        kind=kind,
        language=page.locale.language_code,
        village_id=(product or farmer).village_id,
        category_id=product.category_id if product else None,
    )
    return _no_store(HttpResponse(status=204))
