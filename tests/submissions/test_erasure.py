"""A farmer's personal data: the email is never published, withdrawing takes every copy off the site, the
agency exports and erases a farmer's data on request, and finished listings are anonymised after
LISTING_RETENTION_DAYS (issue 12: findings 1 and 2, build item 3)."""

import json
from datetime import timedelta

import pytest
from django.contrib.auth.models import Group
from django.core.files.storage import default_storage
from django.core.management import call_command
from django.utils import timezone
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Locale, Page

from listings.models import ListingSubmission
from products.models import FarmerPage, ProductPage

from .conftest import photo, post_listing, token_from
from .helpers import approve, latest_submission, moderate, product_of

EMAIL = "giorgi.private@example.ge"
PHONE = "+995599123456"


@pytest.fixture
def live_listing(client, moderator):
    token = token_from(post_listing(client, "ka", email=EMAIL, photos=[photo()]))
    submission = latest_submission()
    approve(submission, moderator)
    submission.refresh_from_db()
    return submission, token


def versions(page):
    return Page.objects.filter(translation_key=page.translation_key)


def url_in(page, language):
    return versions(page).get(locale__language_code=language).url


def make_real_english_translation(page):
    """Turn the untranslated English copy into a translation of its own (as a translator publishing it does)."""
    english = versions(page).get(locale__language_code="en")
    Page.objects.filter(pk=english.pk).update(alias_of=None)
    return english


def test_email_stays_with_the_agency_even_when_the_phone_may_be_published(client, live_listing):
    submission, _token = live_listing
    farmer = FarmerPage.objects.get(pk=submission.farmer_page_id)
    assert submission.email == EMAIL and farmer.email == ""
    for page in (farmer, product_of(submission)):
        html = client.get(page.url).content.decode()
        assert "599 12 34 56" in html  # the phone, published with consent
        assert EMAIL not in html and f"mailto:{EMAIL}" not in html


def test_withdraw_takes_translations_and_the_farmer_off_the_site_in_every_language(client, live_listing):
    submission, token = live_listing
    product = product_of(submission)
    farmer = FarmerPage.objects.get(pk=submission.farmer_page_id)
    make_real_english_translation(product)
    make_real_english_translation(farmer)
    addresses = [url_in(page, language) for page in (product, farmer) for language in ("ka", "en", "ru")]
    assert all(client.get(address).status_code == 200 for address in addresses)

    client.post(f"/ka/gaqidva/manage/{token}/", {"action": "withdraw", "confirm": "on"})

    assert {address: client.get(address).status_code for address in addresses} == dict.fromkeys(addresses, 404)
    assert not versions(product).filter(live=True).exists() and not versions(farmer).filter(live=True).exists()


def test_withdraw_keeps_the_farmer_on_the_site_while_another_offer_is_live(client, moderator, generous_limits):
    first_token = token_from(post_listing(client, "ka", title="ვაშლი"))
    first = latest_submission()
    approve(first, moderator)
    post_listing(client, "ka", title="მსხალი")
    second = latest_submission()
    moderator_client_attach(client, moderator, second, first.farmer_page_id)
    approve(second, moderator)
    client.logout()

    client.post(f"/ka/gaqidva/manage/{first_token}/", {"action": "withdraw", "confirm": "on"})

    farmer = FarmerPage.objects.get(pk=first.farmer_page_id)
    assert client.get(farmer.url).status_code == 200
    assert client.get(product_of(second).url).status_code == 200
    assert not product_of(first).live


def moderator_client_attach(client, moderator, submission, farmer_id):
    client.force_login(moderator)
    response = client.post(f"/admin/listing-submissions/attach/{submission.pk}/", {"farmer": farmer_id})
    assert response.status_code == 302


@pytest.fixture
def moderators_member(django_user_model):
    user = django_user_model.objects.create_user("moderators-member", "m@agrofarm.ge", "x-secret-42")
    user.groups.add(Group.objects.get(name="Moderators"))
    return user


@pytest.fixture
def editors_member(django_user_model):
    user = django_user_model.objects.create_user("editors-member", "e@agrofarm.ge", "x-secret-42")
    user.groups.add(Group.objects.get(name="Editors"))
    return user


def test_moderators_export_a_farmers_data_as_json(client, live_listing, moderators_member):
    submission, _token = live_listing
    client.force_login(moderators_member)
    response = client.get(f"/admin/listing-submissions/personal-data/{submission.pk}/export/")
    assert response.status_code == 200 and "attachment" in response["Content-Disposition"]
    exported = json.loads(response.content)
    assert exported["submissions"][0]["email"] == EMAIL and exported["submissions"][0]["phone"] == PHONE
    assert {page["language"] for page in exported["farmer_pages"]} == {"ka", "en", "ru"}


def test_editors_may_not_export_or_erase(client, live_listing, editors_member):
    submission, _token = live_listing
    client.force_login(editors_member)
    url = f"/admin/listing-submissions/personal-data/{submission.pk}/"
    assert client.get(url).status_code in {302, 403} and client.get(f"{url}export/").status_code in {302, 403}
    client.post(url, {"confirm": "on"})
    submission.refresh_from_db()
    assert submission.anonymised_at is None


def test_erasing_removes_name_phone_email_photos_and_pages(
    client, live_listing, moderators_member, django_capture_on_commit_callbacks
):
    submission, token = live_listing
    product, farmer = product_of(submission), FarmerPage.objects.get(pk=submission.farmer_page_id)
    photo_files = [item.image.file.name for item in submission.photos.all()]
    addresses = [url_in(page, language) for page in (product, farmer) for language in ("ka", "en", "ru")]
    client.force_login(moderators_member)
    url = f"/admin/listing-submissions/personal-data/{submission.pk}/"
    assert "გიორგი ბაღაშვილი" in client.get(url).content.decode()
    refused = client.post(url, {})
    assert refused.status_code == 200 and ListingSubmission.objects.get(pk=submission.pk).anonymised_at is None

    with django_capture_on_commit_callbacks(execute=True):  # Wagtail deletes files on commit
        assert client.post(url, {"confirm": "on"}).status_code == 302
    client.logout()

    submission.refresh_from_db()
    assert submission.anonymised_at and submission.phone == "" and submission.email == ""
    assert "გიორგი" not in json.dumps(submission.data, ensure_ascii=False) + submission.farmer_name
    assert not submission.photos.exists() and not any(default_storage.exists(name) for name in photo_files)
    assert all(client.get(address).status_code == 404 for address in addresses)
    assert client.get(f"/ka/gaqidva/manage/{token}/").status_code == 404
    assert not Redirect.objects.filter(old_path__contains="baghashvili").exists()  # no name kept in a redirect
    for version in FarmerPage.objects.filter(translation_key=farmer.translation_key):
        assert (version.phone, version.email, version.live) == ("", "", False)
        assert "ბაღაშვილი" not in version.title + version.slug
        assert all("ბაღაშვილი" not in json.dumps(r.content, ensure_ascii=False) for r in version.revisions.all())
    assert not product_of(submission).gallery_images.exists()


def _finish(submission, status, days_ago):
    ListingSubmission.objects.filter(pk=submission.pk).update(
        status=status, updated_at=timezone.now() - timedelta(days=days_ago)
    )


def test_finished_listings_are_anonymised_after_the_retention_period(
    client, moderator, settings, generous_limits, django_capture_on_commit_callbacks
):
    settings.LISTING_RETENTION_DAYS = 180
    post_listing(client, "ka", photos=[photo()])
    rejected_long_ago = latest_submission()
    moderate(product_of(rejected_long_ago), moderator, "reject", reason="other", comment="")
    _finish(rejected_long_ago, ListingSubmission.Status.REJECTED, 181)
    post_listing(client, "ka", phone="599 65 43 21")
    rejected_lately = latest_submission()
    _finish(rejected_lately, ListingSubmission.Status.REJECTED, 179)
    photo_files = [item.image.file.name for item in rejected_long_ago.photos.all()]

    with django_capture_on_commit_callbacks(execute=True):  # Wagtail deletes files on commit
        call_command("expire_listings", verbosity=0)

    rejected_long_ago.refresh_from_db()
    rejected_lately.refresh_from_db()
    assert rejected_long_ago.anonymised_at and rejected_long_ago.phone == "" and rejected_long_ago.token_revoked_at
    assert not rejected_long_ago.photos.exists() and not any(default_storage.exists(n) for n in photo_files)
    assert FarmerPage.objects.get(pk=rejected_long_ago.farmer_page_id).phone == ""
    assert rejected_lately.anonymised_at is None and rejected_lately.phone == "+995599654321"


def test_expired_listing_leaves_the_site_after_the_retention_period(client, live_listing, settings):
    settings.LISTING_RETENTION_DAYS = 30
    submission, _token = live_listing
    product = product_of(submission)
    _finish(submission, ListingSubmission.Status.EXPIRED, 31)
    call_command("expire_listings", verbosity=0)
    assert not versions(product).filter(live=True).exists()
    farmer = FarmerPage.objects.get(pk=submission.farmer_page_id)
    assert not farmer.live and farmer.phone == ""
    assert Locale.objects.count() == 3  # nothing else of the site was touched
    assert ProductPage.objects.live().exists()
