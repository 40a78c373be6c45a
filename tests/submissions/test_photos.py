"""Photos sent with a listing: refused with a clear message when they are not photos we can use, stored in the
Submissions collection without their GPS position, and kept on the server when the form has other errors."""

import io
import os
import struct
import time
import zlib
from unittest import mock

import pytest
from django.core.files.storage import default_storage
from django.core.management import call_command
from PIL import Image
from wagtail.images import get_image_model

from listings import photos
from listings.models import ListingSubmission
from listings.photos import KEPT_PHOTO_FOLDER
from products.models import ProductPage

from .conftest import form_url, image_bytes, photo, post_listing
from .helpers import latest_submission

GPS_IFD = 0x8825


def _png_header_only(width, height):
    """A PNG whose header announces width × height (the pixels are never needed to refuse it)."""

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"\x00" * 64)) + chunk(
        b"IEND", b""
    )


def _noisy_jpeg(size=(1200, 900)):
    buffer = io.BytesIO()
    Image.effect_noise(size, 80).convert("RGB").save(buffer, "JPEG")
    return buffer.getvalue()


def _errors(response):
    return response.content.decode()


@pytest.mark.parametrize(
    ("upload", "message"),
    [
        (
            photo("price-list.jpg", b"<!DOCTYPE html><html><body>not a photo</body></html>", "image/jpeg"),
            "“price-list.jpg” is not a photo we can read. Send photos in JPEG, PNG, WebP, AVIF or GIF format.",
        ),
        (
            photo("logo.svg", b'<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>', "image/svg+xml"),
            "“logo.svg” is not a photo we can read.",
        ),
        (
            photo("huge.png", _png_header_only(20000, 20000), "image/png"),
            "“huge.png” has too many pixels. Send a photo of at most 40 megapixels",
        ),
        (
            photo("cut.jpg", _noisy_jpeg()[:20000]),
            "“cut.jpg” is damaged or incomplete. Please take or choose this photo again.",
        ),
        (
            photo("big.jpg", image_bytes() + b"\x00" * (11 * 1024 * 1024)),
            "“big.jpg” is too large (11.0",
        ),
        (photo("empty.jpg", b""), "“empty.jpg” is empty. Please choose the photo again."),
    ],
    ids=["html-renamed-jpg", "svg", "20000x20000-png", "truncated-jpeg", "11-mb", "empty"],
)
def test_broken_images_are_refused_with_a_clear_message(client, upload, message):
    images_before = get_image_model().objects.count()
    response = post_listing(client, "en", photos=[upload])
    assert response.status_code == 200
    assert message in _errors(response)
    assert 'value="გიორგი ბაღაშვილი"' in _errors(response)
    assert get_image_model().objects.count() == images_before
    assert not ListingSubmission.objects.filter(farmer_name="გიორგი ბაღაშვილი").exists()


def test_seven_photos_are_refused(client):
    response = post_listing(client, "en", photos=[photo(f"{n}.jpg") for n in range(7)])
    assert "You can add at most 6 photos. You chose 7: please leave some out." in _errors(response)


def test_photos_together_may_not_exceed_the_total_limit(client, settings):
    settings.LISTING_PHOTOS_MAX_TOTAL_SIZE = 200_000
    response = post_listing(client, "en", photos=[photo(f"{n}.jpg", _noisy_jpeg((400, 300))) for n in range(4)])
    assert "The photos together are too large" in _errors(response)


def _exif_with_gps():
    exif = Image.Exif()
    exif[0x010F] = "PhoneMaker"
    exif[0x0112] = 6  # rotated: the stored photo must come out upright
    exif.get_ifd(GPS_IFD).update({1: "N", 2: (41.0, 59.0, 12.5), 3: "E", 4: (44.0, 6.0, 30.0)})
    return exif.tobytes()


def test_gps_position_is_removed_and_orientation_applied(client):
    original = image_bytes(size=(400, 300), exif=_exif_with_gps())
    assert Image.open(io.BytesIO(original)).getexif().get_ifd(GPS_IFD)
    response = post_listing(client, "en", photos=[photo("farm.jpg", original)])
    assert response.status_code == 303
    submission = ListingSubmission.objects.latest("created_at")
    stored = submission.photos.get().image
    assert stored.collection.name == "Submissions"
    with stored.open_file() as handle, Image.open(handle) as image:
        exif = image.getexif()
        assert not exif.get_ifd(GPS_IFD)
        assert GPS_IFD not in exif and 0x0112 not in exif
        assert image.size == (300, 400)
    product = ProductPage.objects.get(pk=submission.product_page_id)
    assert [item.image_id for item in product.get_latest_revision_as_object().gallery_images.all()] == [stored.pk]


def test_good_photos_are_kept_while_other_fields_are_corrected(client):
    first = post_listing(client, "en", village="", photos=[photo("a.jpg"), photo("b.png", image_bytes("PNG"))])
    html = _errors(first)
    assert "Photos you already sent" in html and "a.jpg" in html and "b.png" in html
    references = [value for value in first.context["form"].data.getlist("kept_photos")]
    assert len(references) == 2
    key = first.context["form"].data["submission_key"]  # the form comes back with its key: the photos are its own
    assert f'name="submission_key" value="{key}"' in html
    second = post_listing(client, "en", kept_photos=references, submission_key=key)
    assert second.status_code == 303
    submission = ListingSubmission.objects.latest("created_at")
    assert submission.photos.count() == 2


def test_forged_kept_photo_references_are_ignored(client):
    response = post_listing(client, "en", kept_photos=["listing-uploads/../../settings.py", "x:y:z"])
    assert response.status_code == 303
    assert ListingSubmission.objects.latest("created_at").photos.count() == 0


# Kept photos do not linger (issue 12, finding 5) ---------------------------------------------------------------

def _kept_files():
    try:
        return default_storage.listdir(KEPT_PHOTO_FOLDER)[1]
    except FileNotFoundError:
        return []


def _first_try_with_a_photo(client):
    """A form with an error and one good photo: (its references, its key)."""
    first = post_listing(client, "en", village="", photos=[photo("a.jpg")])
    data = first.context["form"].data
    return data.getlist("kept_photos"), data["submission_key"]


def test_a_kept_photo_is_stored_for_its_form_and_deleted_once_the_listing_is_sent(client):
    before = set(_kept_files())
    references, key = _first_try_with_a_photo(client)
    assert len(set(_kept_files()) - before) == 1
    assert post_listing(client, "en", kept_photos=references, submission_key=key).status_code == 303
    assert set(_kept_files()) == before  # stored with the listing, no copy left behind
    assert latest_submission().photos.count() == 1


def test_a_kept_photo_sent_with_another_form_is_not_used_and_the_farmer_is_asked_for_it_again(client):
    references, _key = _first_try_with_a_photo(client)
    before = ListingSubmission.objects.count()
    response = post_listing(client, "en", kept_photos=references, submission_key="another-form-key-0123456789")
    html = response.content.decode()
    assert response.status_code == 200
    assert "Photos you chose earlier are no longer kept: we keep them for 2 hours. Please choose them again." in html
    assert ListingSubmission.objects.count() == before


@pytest.mark.parametrize(
    ("language", "message"),
    [
        ("ka", "ადრე არჩეული ფოტოები აღარ ინახება"),
        ("ru", "Выбранные ранее фото больше не хранятся"),
    ],
)
def test_a_photo_kept_more_than_two_hours_ago_is_asked_for_again_in_the_farmers_language(client, language, message):
    references, key = _first_try_with_a_photo(client)
    before = ListingSubmission.objects.count()
    with mock.patch("time.time", return_value=time.time() + 2 * 3600 + 60):
        response = post_listing(client, language, kept_photos=references, submission_key=key)
    assert response.status_code == 200 and message in response.content.decode()
    assert ListingSubmission.objects.count() == before


def test_expire_listings_deletes_photos_kept_more_than_two_hours_ago_and_keeps_younger_ones(client):
    _first_try_with_a_photo(client)
    _first_try_with_a_photo(client)
    old, young = [f"{KEPT_PHOTO_FOLDER}/{name}" for name in sorted(_kept_files())[-2:]]
    three_hours_ago = time.time() - 3 * 3600
    os.utime(default_storage.path(old), (three_hours_ago, three_hours_ago))
    call_command("expire_listings", verbosity=0)
    assert not default_storage.exists(old)
    assert default_storage.exists(young)


def test_a_form_that_keeps_photos_also_clears_out_those_older_than_two_hours(client):
    _first_try_with_a_photo(client)
    (old,) = [f"{KEPT_PHOTO_FOLDER}/{name}" for name in _kept_files()][-1:]
    three_hours_ago = time.time() - 3 * 3600
    os.utime(default_storage.path(old), (three_hours_ago, three_hours_ago))
    with mock.patch.dict(photos._last_sweep, {"at": 0.0}):
        _first_try_with_a_photo(client)
    assert not default_storage.exists(old)


def test_a_photo_sent_on_its_own_without_its_forms_key_is_not_kept(client):
    before = set(_kept_files())
    response = client.post(form_url("en") + "photo/", {"photo": photo("tree.jpg")})
    assert response.status_code == 400
    assert response.json()["error"] == "Please reload the page and choose the photo again."
    assert set(_kept_files()) == before
