"""Bench data: thousands of products under the existing farmers, written in bulk.

Pages are inserted with their tree paths computed here (treebeard's materialised paths), so 10,000
products with their untranslated copies in the other languages take seconds instead of the hours that
creating and publishing them one by one would. They have no revisions and are not in the search
index unless --search-index is given.
"""

import random
import uuid
from datetime import timedelta
from decimal import Decimal

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction
from django.db.models import F
from django.utils import timezone
from wagtail.models import Locale, Page
from wagtail.search.backends import get_search_backends

from core import page_cache
from core.romanisation import ascii_slug
from products.demo.data import PRODUCTS
from products.models import Category, FarmerPage, ProductGalleryImage, ProductPage
from products.months import months_to_mask
from products.units import Unit

BATCH = 400


class Command(BaseCommand):
    help = "Add N generated products under the existing farmers, with untranslated copies in the other languages."

    def add_arguments(self, parser):
        parser.add_argument("--products", type=int, default=10_000, help="How many products to add (default 10000).")
        parser.add_argument("--seed", type=int, default=3, help="Random seed, for repeatable data.")
        parser.add_argument("--search-index", action="store_true", help="Also add the new pages to the search index.")

    def handle(self, *args, **options):
        count = options["products"]
        if count < 1:
            raise CommandError("--products must be at least 1")
        rng = random.Random(options["seed"])
        source_locale = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
        farmers = list(FarmerPage.objects.live().filter(locale=source_locale, alias_of__isnull=True).order_by("path"))
        categories = list(Category.objects.filter(locale=source_locale, children__isnull=True))
        image_ids = list(ProductGalleryImage.objects.values_list("image_id", flat=True).distinct()[:200])
        if not farmers or not categories:
            raise CommandError("Load the demo content first: seed_catalogue adds products under existing farmers.")
        with page_cache.one_bump(), transaction.atomic():
            created = self._seed(count, rng, source_locale, farmers, categories, image_ids)
        if connection.vendor == "postgresql":
            # Fresh planner statistics: until autovacuum gets to them, PostgreSQL plans the catalogue's
            # queries for the few rows it last counted (nested loops over 10,000 offers).
            with connection.cursor() as cursor:
                cursor.execute("ANALYZE")
        if options["search_index"]:
            self._index(created)
        self.stdout.write(self.style.SUCCESS(f"Added {count} products ({len(created)} pages in all languages)."))

    def _seed(self, count, rng, source_locale, farmers, categories, image_ids):
        content_type = ContentType.objects.get_for_model(ProductPage)
        copies_by_farmer = self._copies_of_farmers(farmers, source_locale)
        now = timezone.now()
        rows = []
        for number in range(count):
            farmer = farmers[number % len(farmers)]
            template = rng.choice(PRODUCTS)
            title = f"{template.title('ka')} {number + 1}"
            rows.append(
                {
                    "farmer": farmer,
                    "title": title,
                    "slug": f"{ascii_slug(title)}-{uuid.uuid4().hex[:6]}",
                    "description": f"<p>{template.description('ka')}</p>",
                    "category_id": rng.choice(categories).pk,
                    "price": None if rng.random() < 0.05 else Decimal(rng.randint(50, 50_000)) / 100,
                    "unit": rng.choice(Unit.values),
                    "months": months_to_mask(rng.sample(range(1, 13), rng.randint(2, 12))),
                    "quantity": Decimal(rng.randint(1, 5000)),
                    "status": ProductPage.Status.SOLD_OUT if rng.random() < 0.1 else ProductPage.Status.AVAILABLE,
                    "published": now - timedelta(minutes=rng.randint(60, 525_600)),
                    "image_id": rng.choice(image_ids) if image_ids else None,
                    "translation_key": uuid.uuid4(),
                }
            )
        created = []
        for farmer in farmers:
            mine = [row for row in rows if row["farmer"] is farmer]
            if not mine:
                continue
            sources = self._insert_pages(farmer, mine, content_type, alias_of=None)
            created += sources
            for copy in copies_by_farmer.get(farmer.translation_key, []):
                created += self._insert_pages(copy, mine, content_type, alias_of=sources)
        return created

    def _copies_of_farmers(self, farmers, source_locale):
        """Each farmer's pages in the other languages (translations or untranslated copies)."""
        copies = {}
        for page in FarmerPage.objects.filter(translation_key__in=[f.translation_key for f in farmers]).exclude(
            locale=source_locale
        ):
            copies.setdefault(page.translation_key, []).append(page)
        return copies

    def _insert_pages(self, farmer, rows, content_type, alias_of):
        """Insert `rows` as children of `farmer`: base page rows, product rows, then one photo each."""
        last = farmer.get_last_child()
        first_position = Page._str2int(last.path[-Page.steplen :]) + 1 if last else 1
        depth = farmer.depth + 1
        pages = []
        for offset, row in enumerate(rows):
            pages.append(
                Page(
                    title=row["title"],
                    draft_title=row["title"],
                    slug=row["slug"],
                    path=Page._get_path(farmer.path, depth, first_position + offset),
                    depth=depth,
                    numchild=0,
                    url_path=f"{farmer.url_path}{row['slug']}/",
                    live=True,
                    has_unpublished_changes=False,
                    first_published_at=row["published"],
                    last_published_at=row["published"],
                    latest_revision_created_at=row["published"],
                    content_type=content_type,
                    locale_id=farmer.locale_id,
                    translation_key=row["translation_key"],
                    alias_of_id=alias_of[offset].pk if alias_of else None,
                )
            )
        for start in range(0, len(pages), BATCH):
            Page.objects.bulk_create(pages[start : start + BATCH])
        products = [
            ProductPage(
                page_ptr_id=page.pk,
                category_id=row["category_id"],
                description=row["description"],
                price=row["price"],
                unit=row["unit"],
                months_available=row["months"],
                quantity_available=row["quantity"],
                status=row["status"],
                farmer_id=farmer.pk,
                village_id=farmer.village_id,
            )
            for page, row in zip(pages, rows, strict=True)
        ]
        # Django's bulk_create refuses multi-table children, so the product rows are inserted directly.
        local_fields = ProductPage._meta.local_concrete_fields
        for start in range(0, len(products), BATCH):
            ProductPage.objects._insert(products[start : start + BATCH], fields=local_fields, using=connection.alias)
        ProductGalleryImage.objects.bulk_create(
            [
                ProductGalleryImage(page_id=page.pk, image_id=row["image_id"], sort_order=0)
                for page, row in zip(pages, rows, strict=True)
                if row["image_id"]
            ],
            batch_size=BATCH,
        )
        Page.objects.filter(pk=farmer.pk).update(numchild=F("numchild") + len(pages))
        return pages

    def _index(self, pages):
        products = ProductPage.objects.filter(pk__in=[page.pk for page in pages]).order_by("pk")
        for backend in get_search_backends(with_auto_update=True):
            for start in range(0, len(pages), 1000):
                backend.add_bulk(ProductPage, list(products[start : start + 1000]))
