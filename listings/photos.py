"""Photos farmers upload with a listing: checked the way Wagtail checks images, then cleaned before storage.

Each file goes through Wagtail's WagtailImageField (real format sniffing, size and pixel limits). A file that
passes is decoded and saved again without its EXIF block: phones write the GPS position of the farm into
every photo, and renditions can keep it. Orientation is applied first so nothing turns sideways, and very
large photos are scaled down to a size the site never exceeds.
"""

import io
import os
import secrets
import time
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

from core.compat import refresh_image_file_metadata

MAX_PHOTOS = 6
LONGEST_SIDE = 2400
SUBMISSIONS_COLLECTION = "Submissions"
KEPT_PHOTO_FOLDER = "listing-uploads"
KEPT_PHOTO_SALT = "products.photos.kept"  # unchanged since the move: kept photos stay readable
# Photos of a form with errors are kept for the farmer's next try (re-sending six photos over 3G is what they
# would hate), but only for that form and not for long: then they are deleted (keep_photos and the daily
# expire_listings remove what has grown older) and the form asks for them again.
KEPT_PHOTO_MAX_AGE = 2 * 3600
# keep_photos clears out old kept photos at most this often per process.
KEPT_PHOTO_SWEEP_SECONDS = 600
# PNG, WebP and GIF decode at full size (JPEG decodes scaled down, see without_location): a small PNG of tens
# of megapixels costs seconds and hundreds of MB. Phones send JPEG; screenshots are far smaller than this.
OTHER_FORMATS_MAX_PIXELS = 16_000_000


def max_total_upload_size():
    """All photos of one form together: a phone's six photos fit, a flood of data does not."""
    return settings.LISTING_PHOTOS_MAX_TOTAL_SIZE


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
    limit = settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE
    pixels = settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS
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
    _check_pixels_of_other_formats(upload)  # from the header, before anything decodes the pixels
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


def _check_pixels_of_other_formats(upload):
    upload.seek(0)
    try:
        with PILImage.open(upload) as image:  # reads the header only
            too_many = image.format != "JPEG" and image.width * image.height > OTHER_FORMATS_MAX_PIXELS
    except Exception:  # noqa: BLE001 - Wagtail's check above read it; without_location reports a broken one
        too_many = False
    finally:
        upload.seek(0)
    if too_many:
        raise _photo_error("too_many_pixels", upload, megapixels=OTHER_FORMATS_MAX_PIXELS // 1_000_000)


def without_location(upload):
    """The photo decoded and saved again with its orientation applied and no EXIF (so no GPS position)."""
    upload.seek(0)
    try:
        with PILImage.open(upload) as original:
            original.seek(0)  # the first frame of an animation is enough for a listing
            if original.format == "JPEG":
                # Decoded at 1/2, 1/4 or 1/8 scale when that still covers LONGEST_SIDE: less time and memory.
                scale = min(1, LONGEST_SIDE / max(original.size))
                original.draft(None, (round(original.width * scale), round(original.height * scale)))
            original.load()
            image = ImageOps.exif_transpose(original)
            icc_profile = original.info.get("icc_profile")
            transparent = image.mode in ("RGBA", "LA", "PA") or "transparency" in image.info
            image = image.convert("RGBA" if transparent else "RGB")
            image.info = {}  # no comments, text chunks, XMP or EXIF survive into the stored photo
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

def keep_photos(photos, form_key):
    """Store cleaned photos of a form that had other errors; returns signed references for hidden inputs.

    A farmer on 3G who forgot the village should not have to send six photos again. A reference holds only for
    the form it was made for (`form_key`, the form's submission key: one listing at most) and for
    KEPT_PHOTO_MAX_AGE.
    """
    references = []
    for photo in photos:
        name = default_storage.save(
            f"{KEPT_PHOTO_FOLDER}/{secrets.token_urlsafe(16)}.{photo.extension}", ContentFile(photo.content)
        )
        references.append(
            signing.dumps(
                {"file": name, "name": photo.name, "w": photo.width, "h": photo.height, "form": form_key},
                salt=KEPT_PHOTO_SALT,
            )
        )
    _sweep_now_and_then()
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


def read_kept_photos(references, form_key):
    """The photos kept for the form `form_key` that `references` point at, and how many genuine references no
    longer point at one (older than KEPT_PHOTO_MAX_AGE, deleted, or made for another form): the farmer is asked
    to choose those again. Forged references are ignored."""
    kept, lost = [], 0
    for reference in references:
        try:
            data = signing.loads(reference, salt=KEPT_PHOTO_SALT, max_age=KEPT_PHOTO_MAX_AGE)
        except signing.SignatureExpired:
            lost += 1
            continue
        except (signing.BadSignature, TypeError):
            continue
        name = data.get("file") if isinstance(data, dict) else None
        if not isinstance(name, str) or not name.startswith(f"{KEPT_PHOTO_FOLDER}/") or ".." in name:
            continue
        if not form_key or data.get("form") != form_key or not default_storage.exists(name):
            lost += 1
            continue
        kept.append(
            KeptPhoto(reference, name, str(data.get("name", "")), int(data.get("w", 0)), int(data.get("h", 0)))
        )
    return kept, lost


def forget_kept_photos(kept_photos):
    """Delete kept photos once they are stored with a submission."""
    for kept in kept_photos:
        default_storage.delete(kept.file)


def forget_old_kept_photos():
    """Delete kept photos older than KEPT_PHOTO_MAX_AGE (their forms were never sent again); returns how many."""
    try:
        _folders, files = default_storage.listdir(KEPT_PHOTO_FOLDER)
    except (FileNotFoundError, NotImplementedError, OSError):
        return 0
    deleted = 0
    cutoff = time.time() - KEPT_PHOTO_MAX_AGE
    for name in files:
        path = f"{KEPT_PHOTO_FOLDER}/{name}"
        try:
            if default_storage.get_modified_time(path).timestamp() < cutoff:
                default_storage.delete(path)
                deleted += 1
        except (NotImplementedError, OSError):
            continue
    return deleted


_last_sweep = {"at": 0.0}


def _sweep_now_and_then():
    # The daily expire_listings alone would leave a day's kept photos on disk; each process that keeps new
    # ones also clears out the old, every KEPT_PHOTO_SWEEP_SECONDS at most.
    now = time.monotonic()
    if now - _last_sweep["at"] >= KEPT_PHOTO_SWEEP_SECONDS:
        _last_sweep["at"] = now
        forget_old_kept_photos()


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
    refresh_image_file_metadata(image)
    image.save()
    return image
