"""Photos sent with a listing: refused with a clear message when they are not photos we can use, stored in the
Submissions collection without their GPS position, and kept on the server when the form has other errors."""

import io
import struct
import zlib

import pytest
from PIL import Image
from wagtail.images import get_image_model

from products.models import ListingSubmission, ProductPage

from .conftest import image_bytes, photo, post_listing

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
    second = post_listing(client, "en", kept_photos=references)
    assert second.status_code == 303
    submission = ListingSubmission.objects.latest("created_at")
    assert submission.photos.count() == 2


def test_forged_kept_photo_references_are_ignored(client):
    response = post_listing(client, "en", kept_photos=["listing-uploads/../../settings.py", "x:y:z"])
    assert response.status_code == 303
    assert ListingSubmission.objects.latest("created_at").photos.count() == 0
