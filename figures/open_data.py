"""Open data: the licence of what the portal publishes, and the live listings as CSV (never a phone or email)."""

import csv
import io

from django.conf import settings
from django.utils import timezone

from products.models import ProductPage
from products.taxonomy import Taxonomy

LISTING_COLUMNS = [
    "id", "title", "category", "village", "community", "price_gel", "unit", "quantity_available", "minimum_order",
    "months_available", "status", "pickup", "delivery", "expires_on", "first_published", "farmer", "url",
]


def licence():
    """The licence of the open data (CC BY 4.0 unless OPEN_DATA_LICENCE_NAME / _URL say otherwise)."""
    return {"name": settings.OPEN_DATA_LICENCE_NAME, "url": settings.OPEN_DATA_LICENCE_URL}


def live_listings(language_code):
    """Offers in the catalogue of one language today, in catalogue order, with facts named in that language."""
    from products.months import mask_to_months

    taxonomy = Taxonomy(language_code)
    today = timezone.localdate()
    products = (
        ProductPage.objects.live()
        .public()
        .filter(locale__language_code=language_code)
        .exclude(expires_at__lt=today)
        .select_related("farmer")
        .defer_streamfields()
        .order_by("path")
    )
    for product in products:
        category = taxonomy.category(product.category_id)
        village = taxonomy.village(product.village_id)
        yield {
            "id": product.pk,
            "title": product.title,
            "category": category.name if category else "",
            "village": village.name if village else "",
            "community": village.community if village else "",
            "price_gel": product.price if product.price is not None else "",
            "unit": product.get_unit_display(),
            "quantity_available": product.quantity_available if product.quantity_available is not None else "",
            "minimum_order": product.minimum_order if product.minimum_order is not None else "",
            "months_available": " ".join(str(month) for month in mask_to_months(product.months_available or 0)),
            "status": product.status,
            "pickup": int(product.offers_pickup),
            "delivery": int(product.offers_delivery),
            "expires_on": product.expires_at.isoformat() if product.expires_at else "",
            "first_published": product.first_published_at.date().isoformat() if product.first_published_at else "",
            "farmer": product.farmer.title if product.farmer else "",
            "url": product.full_url or "",
        }


def listings_csv(language_code):
    """The CSV text of live_listings (UTF-8 with a BOM, so spreadsheet programs read Georgian right)."""
    output = io.StringIO()
    output.write("\ufeff")
    writer = csv.DictWriter(output, fieldnames=LISTING_COLUMNS)
    writer.writeheader()
    for row in live_listings(language_code):
        writer.writerow(row)
    return output.getvalue()
