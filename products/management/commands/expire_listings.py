"""Daily: listings whose time is up leave the catalogue and are marked expired; old form counters go.

An expired listing's page stays reachable (it says the offer is no longer available and shows similar
offers) but the catalogue, search and sitemap leave it out by its expiry date. Run it once a day:

    15 3 * * *  cd /srv/agrofarm && .venv/bin/python manage.py expire_listings
"""

from django.core.files.storage import default_storage
from django.core.management.base import BaseCommand
from django.utils import timezone

from products.models import ListingSubmission
from products.photos import KEPT_PHOTO_FOLDER, KEPT_PHOTO_MAX_AGE
from products.rate_limits import forget_old_attempts


class Command(BaseCommand):
    help = "Mark listings past their expiry date as expired, and delete old rate-limit counters and kept photos."

    def handle(self, *args, **options):
        today = timezone.localdate()
        expired = ListingSubmission.objects.filter(
            status=ListingSubmission.Status.LIVE, product_page__expires_at__lt=today
        ).update(status=ListingSubmission.Status.EXPIRED, updated_at=timezone.now())
        counters = forget_old_attempts()
        photos = forget_old_kept_photos()
        if options["verbosity"]:
            self.stdout.write(
                f"{expired} listing(s) expired; {counters} old rate-limit counter(s) and "
                f"{photos} unused kept photo(s) deleted."
            )


def forget_old_kept_photos():
    """Photos kept for a form that was never sent again."""
    try:
        _folders, files = default_storage.listdir(KEPT_PHOTO_FOLDER)
    except (FileNotFoundError, NotImplementedError, OSError):
        return 0
    deleted = 0
    cutoff = timezone.now().timestamp() - KEPT_PHOTO_MAX_AGE
    for name in files:
        path = f"{KEPT_PHOTO_FOLDER}/{name}"
        try:
            if default_storage.get_modified_time(path).timestamp() < cutoff:
                default_storage.delete(path)
                deleted += 1
        except (NotImplementedError, OSError):
            continue
    return deleted
