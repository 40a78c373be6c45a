"""Helpers for the listing tests: a valid listing form, photos made with Pillow, and the form page per language.

The demo content (loaded once per run by tests/conftest.py) has the listing form page at /<lang>/gaqidva/,
villages and categories, and three listings waiting for moderation.
"""

import io
import time

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image
from wagtail.users.models import UserProfile

from listings.models import ListingFormPage
from products.models import Category, Village
from tests.form_timing import started_at

FORM_PATH = "/{language}/gaqidva/"


def form_url(language="ka"):
    return FORM_PATH.format(language=language)


def source_id(model, slug):
    return model.objects.get(slug=slug, locale__language_code="ka").pk


def listing_data(**overrides):
    """A valid listing as a farmer fills it in, sent a minute after the form was shown."""
    data = {
        "farmer_name": "გიორგი ბაღაშვილი",
        "phone": "599 12 34 56",
        "village": source_id(Village, "nikozi"),
        "email": "",
        "title": "ვაშლი „ჯონაგოლდი“",
        "category": source_id(Category, "vashli"),
        "description": "ტკბილი ვაშლი ჩვენი ბაღიდან.\n\nინახება გაზაფხულამდე.",
        "price": "1,50",
        "unit": "kg",
        "quantity": "2 000",
        "months": ["9", "10", "11"],
        "certificate": "",
        "certificate_number": "",
        "offers_pickup": "on",
        "delivery_note": "",
        "phone_consent": "on",
        "privacy_consent": "on",
        "website": "",
        "started": started_at(time.time() - 60),
    }
    data.update(overrides)
    return {name: value for name, value in data.items() if value is not None}


def image_bytes(format_name="JPEG", size=(640, 480), color=(200, 60, 40), exif=None):
    buffer = io.BytesIO()
    image = Image.new("RGB", size, color)
    options = {"exif": exif} if exif is not None else {}
    image.save(buffer, format_name, **options)
    return buffer.getvalue()


def photo(name="apples.jpg", content=None, content_type="image/jpeg"):
    return SimpleUploadedFile(name, content if content is not None else image_bytes(), content_type=content_type)


def post_listing(client, language="ka", photos=(), **overrides):
    data = listing_data(**overrides)
    if photos:
        data["photos"] = list(photos)
    return client.post(form_url(language), data)


@pytest.fixture
def form_page():
    return ListingFormPage.objects.get(locale__language_code="ka")


@pytest.fixture
def generous_limits(settings):
    """Rate limits out of the way, for tests that send many listings from one test client."""
    settings.LISTING_POSTS_PER_CLIENT_PER_HOUR = 10_000
    settings.LISTINGS_PER_PHONE_PER_DAY = 10_000
    settings.INQUIRIES_PER_CLIENT_PER_HOUR = 10_000
    settings.REPORTS_PER_CLIENT_PER_HOUR = 10_000
    return settings


@pytest.fixture
def moderator(django_user_model):
    """An administrator who reads the admin in English (it defaults to the site's language, Georgian)."""
    user = django_user_model.objects.create_superuser("moderator", "moderator@example.org", "moderator-password")
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save()
    return user


def token_from(response):
    """The private token from the redirect after a valid submission (…/gaqidva/manage/<token>/?welcome=1)."""
    location = response["Location"]
    assert "/manage/" in location, location
    return location.split("/manage/")[1].split("/")[0]
