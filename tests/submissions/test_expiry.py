"""Listings expire after LISTING_LIFETIME_DAYS unless renewed: `expire_listings` marks them, the catalogue and
the sitemap leave them out, and their page says the offer is no longer available."""

from datetime import timedelta

from django.core.management import call_command
from django.utils import timezone

from core.page_cache import bump_generation
from listings.models import ListingSubmission
from products.models import ProductPage

from .conftest import post_listing
from .helpers import approve, latest_submission, product_of


def _expire(product):
    ProductPage.objects.filter(translation_key=product.translation_key).update(
        expires_at=timezone.localdate() - timedelta(days=1)
    )
    # Offers expire at midnight, and the day is part of every cache key (core.page_cache): the new day
    # starts afresh, as this bump of the generation does.
    bump_generation()


def test_expire_listings_marks_listings_past_their_date(client, moderator):
    post_listing(client, "ka")
    submission = latest_submission()
    product = approve(submission, moderator)
    call_command("expire_listings", verbosity=0)
    submission.refresh_from_db()
    assert submission.status == ListingSubmission.Status.LIVE
    _expire(product)
    call_command("expire_listings", verbosity=0)
    submission.refresh_from_db()
    assert submission.status == ListingSubmission.Status.EXPIRED
    assert product_of(submission).live  # still reachable, saying it is no longer available


def test_expired_listing_leaves_the_catalogue_and_sitemap_but_its_page_remains(client, moderator):
    post_listing(client, "ka", title="ტყემლის ქლიავი ქვემო ნიქოზიდან")
    product = approve(latest_submission(), moderator)
    url = product.get_url()
    assert "ტყემლის ქლიავი ქვემო ნიქოზიდან" in client.get("/ka/produktebi/").content.decode()
    _expire(product)
    assert "ტყემლის ქლიავი ქვემო ნიქოზიდან" not in client.get("/ka/produktebi/").content.decode()
    assert url not in client.get("/sitemap.xml").content.decode()
    english = client.get(url.replace("/ka/", "/en/"))
    assert english.status_code == 200
    assert "This offer is no longer available. See similar offers below." in english.content.decode()
    assert "Send a message about this offer" not in english.content.decode()


def test_listing_lifetime_comes_from_the_setting(client, settings):
    settings.LISTING_LIFETIME_DAYS = 30
    post_listing(client, "ka")
    assert product_of(latest_submission()).expires_at == timezone.localdate() + timedelta(days=30)
