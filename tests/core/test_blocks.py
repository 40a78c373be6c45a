"""Image blocks carry alt text per use (translators see it) or are marked decorative."""

import io

from django.core.files.images import ImageFile
from PIL import Image as PILImage
from wagtail.images import get_image_model
from wagtail.models import Page
from wagtail_localize.segments.extract import extract_segments

from home.models import StandardPage


def photo():
    buffer = io.BytesIO()
    PILImage.new("RGB", (40, 30), (120, 170, 80)).save(buffer, "JPEG")
    image = get_image_model()(title="IMG_2041.jpg")
    image.file = ImageFile(io.BytesIO(buffer.getvalue()), name="orchard.jpg")
    image.save()
    return image


def page_with_images(image):
    # Each use gets its own instance: the block keeps the use's alt text on the image object.
    again = get_image_model().objects.get(pk=image.pk)
    body = [
        ("image", {"image": {"image": image, "alt_text": "ვაშლის ბაღი ნიქოზში", "decorative": False}}),
        ("image", {"image": {"image": again, "alt_text": "", "decorative": True}, "caption": "მორთულობა"}),
    ]
    page = StandardPage(title="ფოტოები", body=body)
    Page.objects.get(depth=2, locale__language_code="ka").add_child(instance=page)
    page.save_revision().publish()
    return page


def test_each_use_of_a_photo_has_its_own_alt_text_or_none_when_decorative(client):
    page = page_with_images(photo())
    html = client.get(page.get_url()).content.decode()
    assert 'alt="ვაშლის ბაღი ნიქოზში"' in html
    assert 'alt=""' in html
    assert "IMG_2041" not in html


def test_translators_get_the_alt_text_to_translate():
    page = page_with_images(photo())
    strings = {segment.string.data for segment in extract_segments(page) if hasattr(segment, "string")}
    assert "ვაშლის ბაღი ნიქოზში" in strings
