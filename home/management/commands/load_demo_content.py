from django.core.management.base import BaseCommand
from django.db import transaction

from core import page_cache
from figures import demo as figures_demo
from home.demo import site
from listings import demo as listings_demo
from news import demo as news_demo
from products import demo as products_demo

# The page on selling safely: a standard page (home's), linked from the listing form page (listings').
SAFETY_SLUG = "rogor-gavqidot-usaprtkhod"


class Command(BaseCommand):
    help = "Load the demo content in Georgian, English and Russian. Safe to run again: it updates, never duplicates."

    def handle(self, *args, **options):
        with page_cache.one_bump(), transaction.atomic():
            site.load()
            products_demo.load()
            listings_demo.load(safety=site.standard_page(SAFETY_SLUG, listings_demo.SAFETY))
            products_demo.link_buying_safety(site.standard_page(site.BUYING_SAFELY_SLUG, site.BUYING_SAFELY))
            news_demo.load()
            site.add_footer_link(figures_demo.load(), site.RESULTS_LINK_LABELS)
        if options["verbosity"]:
            self.stdout.write(self.style.SUCCESS("Demo content loaded in ka, en and ru."))
