"""Photos farmers upload with a listing: checked the way Wagtail checks images, then cleaned before storage.

Each file goes through Wagtail's WagtailImageField (real format sniffing, size and pixel limits). A file that
passes is decoded and saved again without its EXIF block: phones write the GPS position of the farm into
every photo, and renditions can keep it. Orientation is applied first so nothing turns sideways, and very
large photos are scaled down to a size the site never exceeds.
"""

import io
import os
import secrets
from dataclasses import dataclass

from django import forms
from django.conf import settings
from django.core import signing
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.core.files.storage import default_storage
from django.db import transaction
from django.template.defaultfilters import filesizeformat
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from PIL import Image as PILImage
from PIL import ImageOps
from wagtail.images import get_image_model
from wagtail.images.fields import WagtailImageField
from wagtail.models import Collection

MAX_PHOTOS = 6
LONGEST_SIDE = 2400
SUBMISSIONS_COLLECTION = "Submissions"
KEPT_PHOTO_FOLDER = "listing-uploads"
KEPT_PHOTO_SALT = "products.photos.kept"
KEPT_PHOTO_MAX_AGE = 2 * 24 * 3600


def max_total_upload_size():
    """All photos of one form together: a phone's six photos fit, a flood of data does not."""
    return getattr(settings, "LISTING_PHOTOS_MAX_TOTAL_SIZE", 40 * 1024 * 1024)


@dataclass
class CleanPhoto:
    """A checked photo, re-encoded without EXIF, ready to be stored."""

    name: str
    content: bytes
    extension: str
    width: int
    height: int


class PhotoInput(forms.FileInput):
    """A file input that takes several photos at once; phones offer the camera and the gallery."""

    allow_multiple_selected = True

    def __init__(self, attrs=None):
        super().__init__({"accept": "image/*", **(attrs or {})})


def _short_name(upload):
    return Truncator(os.path.basename(getattr(upload, "name", "") or "")).chars(60) or "—"


class _ListingImageField(WagtailImageField):
    """Wagtail's checks, with messages that name the file and say what to do, in the farmer's language."""

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        for code in ("invalid_image", "invalid_image_extension", "invalid_image_known_format", "invalid"):
            self.error_messages[code] = "not_a_photo"
        self.error_messages["file_too_large"] = "too_large"
        self.error_messages["file_too_large_unknown_size"] = "too_large"
        self.error_messages["file_too_many_pixels"] = "too_many_pixels"
        self.error_messages["empty"] = "empty"


def _photo_error(code, upload, **values):
    name = _short_name(upload)
    messages = {
        "not_a_photo": _("“%(name)s” is not a photo we can read. Send photos in JPEG, PNG, WebP, AVIF or GIF format."),
        "too_large": _("“%(name)s” is too large (%(size)s). Each photo may be at most %(limit)s."),
        "too_many_pixels": _(
            "“%(name)s” has too many pixels. Send a photo of at most %(megapixels)s megapixels: "
            "your phone camera's usual setting is fine."
        ),
        "damaged": _("“%(name)s” is damaged or incomplete. Please take or choose this photo again."),
        "empty": _("“%(name)s” is empty. Please choose the photo again."),
    }
    limit = getattr(settings, "WAGTAILIMAGES_MAX_UPLOAD_SIZE", 10 * 1024 * 1024)
    pixels = getattr(settings, "WAGTAILIMAGES_MAX_IMAGE_PIXELS", 40_000_000)
    params = {
        "name": name,
        "size": filesizeformat(getattr(upload, "size", 0) or 0),
        "limit": filesizeformat(limit),
        "megapixels": pixels // 1_000_000,
        **values,
    }
    return ValidationError(messages[code], code=code, params=params)


def check_photo(upload):
    """Wagtail's image checks for one uploaded file; raises ValidationError with a message naming the file."""
    field = _ListingImageField(required=True)
    try:
        field.clean(upload)
    except ValidationError as error:
        code = error.messages[0] if error.messages else "not_a_photo"
        known = {"too_large", "empty", "too_many_pixels"}
        raise _photo_error(code if code in known else "not_a_photo", upload) from None
    except PILImage.DecompressionBombError:
        # Pillow refuses to even open images far beyond its own limit: that is "too many pixels" too.
        raise _photo_error("too_many_pixels", upload) from None
    except Exception:  # noqa: BLE001 - recognised as an image (else Wagtail says so) but it breaks when read
        raise _photo_error("damaged", upload) from None


def without_location(upload):
    """The photo decoded and saved again with its orientation applied and no EXIF (so no GPS position)."""
    upload.seek(0)
    try:
        with PILImage.open(upload) as original:
            original.seek(0)  # the first frame of an animation is enough for a listing
            original.load()
            image = ImageOps.exif_transpose(original)
            icc_profile = original.info.get("icc_profile")
            transparent = image.mode in ("RGBA", "LA", "PA") or "transparency" in image.info
            image = image.convert("RGBA" if transparent else "RGB")
            image.thumbnail((LONGEST_SIDE, LONGEST_SIDE))
            buffer = io.BytesIO()
            extra = {"icc_profile": icc_profile} if icc_profile else {}
            if transparent:
                image.save(buffer, "PNG", optimize=True, **extra)
                extension = "png"
            else:
                image.save(buffer, "JPEG", quality=85, optimize=True, progressive=True, **extra)
                extension = "jpg"
            return CleanPhoto(
                name=_short_name(upload),
                content=buffer.getvalue(),
                extension=extension,
                width=image.width,
                height=image.height,
            )
    except (OSError, SyntaxError, ValueError, PILImage.DecompressionBombError):
        raise _photo_error("damaged", upload) from None
    finally:
        upload.seek(0)


class ListingPhotosField(forms.FileField):
    """Up to six photos, each checked and cleaned; the value is a list of CleanPhoto."""

    widget = PhotoInput

    def __init__(self, max_photos=MAX_PHOTOS, **kwargs):
        self.max_photos = max_photos
        kwargs.setdefault("required", False)
        super().__init__(**kwargs)

    def to_python(self, data):
        return data

    def clean(self, data, initial=None):
        uploads = [upload for upload in (data or []) if upload]
        if len(uploads) > self.max_photos:
            raise ValidationError(
                ngettext(
                    "You can add at most %(limit)d photo. You chose %(count)d: please leave some out.",
                    "You can add at most %(limit)d photos. You chose %(count)d: please leave some out.",
                    self.max_photos,
                )
                % {"limit": self.max_photos, "count": len(uploads)},
                code="too_many_photos",
            )
        total = sum(getattr(upload, "size", 0) or 0 for upload in uploads)
        if total > max_total_upload_size():
            raise ValidationError(
                _(
                    "The photos together are too large (%(size)s). Send at most %(limit)s at once: "
                    "leave some photos out or send smaller ones."
                ),
                code="total_too_large",
                params={"size": filesizeformat(total), "limit": filesizeformat(max_total_upload_size())},
            )
        if self.required and not uploads:
            raise ValidationError(self.error_messages["required"], code="required")
        photos, errors = [], []
        for upload in uploads:
            try:
                check_photo(upload)
                photos.append(without_location(upload))
            except ValidationError as error:
                errors.append(error)
        # The good photos of a form with errors are kept by the view (the field is this form's own copy).
        self.valid_photos = photos
        if errors:
            raise ValidationError(errors)
        return photos

    def bound_data(self, data, initial):
        return None

    def has_changed(self, initial, data):
        return bool(data)


# Photos kept between two tries of a form ---------------------------------------------------------------------

def keep_photos(photos):
    """Store cleaned photos of a form that had other errors; returns signed references for hidden inputs.

    A farmer on 3G who forgot the village should not have to send six photos again.
    """
    references = []
    for photo in photos:
        name = default_storage.save(
            f"{KEPT_PHOTO_FOLDER}/{secrets.token_urlsafe(16)}.{photo.extension}", ContentFile(photo.content)
        )
        references.append(
            signing.dumps(
                {"file": name, "name": photo.name, "w": photo.width, "h": photo.height}, salt=KEPT_PHOTO_SALT
            )
        )
    return references


@dataclass
class KeptPhoto:
    reference: str
    file: str
    name: str
    width: int
    height: int

    @property
    def url(self):
        return default_storage.url(self.file)


def read_kept_photo(reference):
    """The kept photo a signed reference points at, or None when it is forged, too old or gone."""
    try:
        data = signing.loads(reference, salt=KEPT_PHOTO_SALT, max_age=KEPT_PHOTO_MAX_AGE)
        name = data["file"]
    except (signing.BadSignature, KeyError, TypeError):
        return None
    if not isinstance(name, str) or not name.startswith(f"{KEPT_PHOTO_FOLDER}/") or not default_storage.exists(name):
        return None
    return KeptPhoto(reference, name, str(data.get("name", "")), int(data.get("w", 0)), int(data.get("h", 0)))


def forget_kept_photos(kept_photos):
    """Delete kept photos once they are stored with a submission."""
    for kept in kept_photos:
        default_storage.delete(kept.file)


def load_kept_photo(kept):
    """A kept photo as a CleanPhoto again (it was cleaned before it was kept)."""
    with default_storage.open(kept.file, "rb") as handle:
        content = handle.read()
    extension = kept.file.rsplit(".", 1)[-1]
    return CleanPhoto(name=kept.name, content=content, extension=extension, width=kept.width, height=kept.height)


# Storage as Wagtail images -----------------------------------------------------------------------------------

def submissions_collection():
    """The "Submissions" collection (created by a migration; recreated here if someone deleted it)."""
    existing = Collection.objects.filter(name=SUBMISSIONS_COLLECTION, depth=2).first()
    if existing is not None:
        return existing
    with transaction.atomic():
        root = Collection.objects.select_for_update().get(pk=Collection.get_first_root_node().pk)
        existing = Collection.objects.filter(name=SUBMISSIONS_COLLECTION, depth=2).first()
        return existing or root.add_child(name=SUBMISSIONS_COLLECTION)


def store_photo(photo, title):
    """Save a cleaned photo as a Wagtail image in the Submissions collection."""
    Image = get_image_model()
    image = Image(title=title[:255], collection=submissions_collection())
    image.file = ImageFile(io.BytesIO(photo.content), name=f"listing.{photo.extension}")
    image._set_image_file_metadata()
    image.save()
    return image
