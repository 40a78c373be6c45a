"""Daily: listings and buyers' requests whose time is up are marked expired; finished listings lose the
farmer's personal data after LISTING_RETENTION_DAYS; old form counters go.

An expired listing's page stays reachable (it says the offer is no longer available and shows similar
offers) but the catalogue, search and sitemap leave it out by its expiry date. Run it once a day:

    15 3 * * *  cd /srv/agrofarm && .venv/bin/python manage.py expire_listings
"""

from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils import timezone

from core.page_cache import bump_generation
from core.rate_limits import forget_old_attempts
from listings.erasure import anonymise_finished_submissions
from listings.models import ListingSubmission
from listings.photos import forget_old_kept_photos
from listings.wanted import expire_requests


class Command(BaseCommand):
    help = (
        "Mark listings past their expiry date as expired, anonymise finished listings after the retention "
        "period, and delete old rate-limit counters and kept photos."
    )

    def handle(self, *args, **options):
        today = timezone.localdate()
        expired = ListingSubmission.objects.filter(
            status=ListingSubmission.Status.LIVE, product_page__expires_at__lt=today
        ).update(status=ListingSubmission.Status.EXPIRED, updated_at=timezone.now())
        requests = expire_requests(today)  # buyers' requests (Wanted) past their last day
        # Pages filter expired offers by date; cached ones are keyed by date too, this makes sure.
        bump_generation()
        anonymised = anonymise_finished_submissions()
        counters = forget_old_attempts()
        photos = forget_old_kept_photos()
        if options["verbosity"]:
            self.stdout.write(
                f"{expired} listing(s) and {requests} buyer's request(s) expired; {anonymised} finished listing(s) "
                f"anonymised after {settings.LISTING_RETENTION_DAYS} days; {counters} old rate-limit counter(s) and "
                f"{photos} unused kept photo(s) deleted."
            )

