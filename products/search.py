"""What the catalogue contributes to the site search: products and farmers (registered in wagtail_hooks.py)."""

from django.db.models import OuterRef, Subquery
from django.utils.translation import gettext_lazy as _

from core.site_search import (
    TEXT_WEIGHT,
    TITLE_WEIGHT,
    SearchableType,
    category_token,
    plain_text,
    village_token,
)
from core.text_language import with_source_language

from .catalogue import apply_filters, decorate_cards, live_products, product_cards, with_card_data
from .models import FarmerPage, FarmerPhoto, ProductPage


class ProductSearch(SearchableType):
    model = ProductPage
    template = "includes/product_card.html"
    name = "products"
    label = _("Products and services")
    order = 100

    def texts(self, page):
        farmer_names = []
        if page.farmer_id:
            farmer_names = FarmerPage.objects.filter(
                translation_key__in=FarmerPage.objects.filter(pk=page.farmer_id).values("translation_key"),
                alias_of__isnull=True,
            ).values_list("title", flat=True)
        return [
            (page.title, TITLE_WEIGHT),
            (plain_text(page.description), TEXT_WEIGHT),
            *((name, TEXT_WEIGHT) for name in farmer_names),
        ]

    def tokens(self, page):
        tokens = []
        if page.category_id:
            tokens.append(category_token(page.category_id))
        if page.village_id:
            tokens.append(village_token(page.village_id))
        return tokens

    def candidates(self, locale_id, filters, taxonomy):
        return apply_filters(live_products(locale_id), filters, taxonomy)

    def listing(self, queryset):
        return with_card_data(queryset)

    def image_ids(self, items):
        return [product.card_image_id for product in items]

    def prepare(self, items, request, taxonomy, images):
        return decorate_cards(items, taxonomy, images)

    def cards(self, ids, request, taxonomy):
        return product_cards(request, taxonomy, ids)


class FarmerSearch(SearchableType):
    model = FarmerPage
    template = "products/includes/farmer_result.html"
    name = "farmers"
    label = _("Farmers")
    order = 200

    def texts(self, page):
        return [(page.title, TITLE_WEIGHT), (page.story, TEXT_WEIGHT)]

    def tokens(self, page):
        return [village_token(page.village_id)] if page.village_id else []

    def candidates(self, locale_id, filters, taxonomy):
        if "category" in filters:
            return None
        farmers = FarmerPage.objects.live().public().filter(locale_id=locale_id)
        if "village" in filters:
            farmers = farmers.filter(village_id=taxonomy.village_by_slug(filters["village"]).id)
        return farmers

    def listing(self, queryset):
        first_photo = FarmerPhoto.objects.filter(page=OuterRef("pk")).order_by("sort_order", "pk")
        return with_source_language(queryset).annotate(photo_id=Subquery(first_photo.values("image_id")[:1]))

    def image_ids(self, items):
        return [farmer.photo_id for farmer in items]

    def prepare(self, items, request, taxonomy, images):
        for farmer in items:
            farmer.photo = images.get(farmer.photo_id)
            farmer.village_term = taxonomy.village(farmer.village_id)
        return items
