from django.core.management.base import BaseCommand
from django.db import transaction

from home.demo import site
from news import demo as news_demo
from products import demo as products_demo
from products.demo import listings as listings_demo


class Command(BaseCommand):
    help = "Load the demo content in Georgian, English and Russian. Safe to run again: it updates, never duplicates."

    def handle(self, *args, **options):
        with transaction.atomic():
            site.load()
            products_demo.load()
            listings_demo.load()
            news_demo.load()
        if options["verbosity"]:
            self.stdout.write(self.style.SUCCESS("Demo content loaded in ka, en and ru."))
