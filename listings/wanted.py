"""Buyers' requests between the form and the site: approving, rejecting, expiring, and showing them.

Every change of a request that visitors could see bumps the page cache's generation (the requests show on
the Wanted page, the catalogue and product pages of their category, in every language).
"""

from datetime import timedelta

from django.conf import settings
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.utils import timezone
from django.utils.dates import MONTHS

from core.page_cache import bump_generation
from listings.models import BuyerRequest
from products.months import mask_to_months
from products.pricing import format_price, format_quantity

# How many requests a product or catalogue page shows before "see all".
SHOWN_ON_PRODUCT_PAGES = 3


def approve(buyer_request):
    """Publish a request for WANTED_LIFETIME_DAYS from today."""
    buyer_request.status = BuyerRequest.Status.LIVE
    buyer_request.reviewed_at = timezone.now()
    buyer_request.rejection_note = ""
    buyer_request.expires_at = timezone.localdate() + timedelta(days=settings.WANTED_LIFETIME_DAYS)
    buyer_request.save()


def reject(buyer_request, note=""):
    buyer_request.status = BuyerRequest.Status.REJECTED
    buyer_request.reviewed_at = timezone.now()
    buyer_request.rejection_note = (note or "").strip()
    buyer_request.save()


def withdraw(buyer_request):
    buyer_request.status = BuyerRequest.Status.WITHDRAWN
    buyer_request.save()


def expire_requests(today=None):
    """Mark approved requests past their last day as expired; returns how many."""
    today = today or timezone.localdate()
    expired = BuyerRequest.objects.filter(status=BuyerRequest.Status.LIVE, expires_at__lt=today)
    count = expired.update(status=BuyerRequest.Status.EXPIRED)
    if count:
        bump_generation()
    return count


@receiver(post_save, sender=BuyerRequest)
@receiver(post_delete, sender=BuyerRequest)
def request_changed(sender, instance, raw=False, **kwargs):
    """A request that is (or was) on the site changed: pages showing it render afresh."""
    if not raw:
        bump_generation()


def decorate_requests(requests, taxonomy):
    """Give each request the facts a card shows, in the visitor's language (its own text keeps its language)."""
    language = taxonomy.language
    requests = list(requests)
    for item in requests:
        item.category_term = taxonomy.category(item.category_id)
        item.village_term = taxonomy.village(item.village_id)
        item.quantity_label = format_quantity(item.quantity, item.unit, language)
        item.price_label = format_price(item.price, item.unit, language) if item.price is not None else ""
        item.month_names = [str(MONTHS[month]) for month in mask_to_months(item.months)]
        item.text_language = item.language
    return requests


def requests_for_category(category_id, taxonomy, limit=SHOWN_ON_PRODUCT_PAGES):
    """Requests on the site for this category, a category above it or one below it: (first few, count)."""
    if category_id is None or taxonomy.category(category_id) is None:
        return [], 0
    related = set(taxonomy.with_descendants(category_id))
    term = taxonomy.category(category_id)
    while term is not None and term.parent_id is not None:
        related.add(term.parent_id)
        term = taxonomy.category(term.parent_id)
    matching = BuyerRequest.on_the_site().filter(category_id__in=related).order_by("-reviewed_at", "-pk")
    shown = list(matching[: limit + 1])
    count = len(shown) if len(shown) <= limit else matching.count()
    return decorate_requests(shown[:limit], taxonomy), count
