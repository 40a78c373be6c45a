"""Idempotent builders the demo loaders share: pages by slug, translations, Pillow-drawn images."""

import io
import random

from django.conf import settings
from django.core.files.images import ImageFile
from PIL import Image as PILImage
from PIL import ImageDraw
from wagtail.images import get_image_model
from wagtail.models import Collection, Locale, Page, Site

from core.romanisation import ascii_slug

SOURCE_LANGUAGE = settings.LANGUAGE_CODE
OTHER_LANGUAGES = [code for code, _name in settings.LANGUAGES if code != SOURCE_LANGUAGE]


def locale(code):
    return Locale.objects.get(language_code=code)


def source_home():
    """The Georgian home page, the root of the default site."""
    return Site.objects.get(is_default_site=True).root_page.specific


def _assign(page, fields):
    """Set fields on a page; True if anything changed."""
    changed = False
    for name, value in fields.items():
        current = getattr(page, name)
        if hasattr(current, "raw_data"):  # StreamField: compare content, not the generated block ids
            setattr(page, name, value)
            if _stream_content(getattr(page, name)) == _stream_content(current):
                setattr(page, name, current)
            else:
                changed = True
            continue
        if current != value:
            setattr(page, name, value)
            changed = True
    return changed


def _stream_content(stream):
    return [(child.block_type, child.block.get_prep_value(child.value)) for child in stream]


def assign_and_publish(page, **fields):
    """Set fields and publish, only when something changed (keeps the loader idempotent)."""
    if _assign(page, fields) or not page.live:
        publish(page)
    return page


def publish(page):
    revision = page.save_revision()
    revision.publish()
    page.refresh_from_db()
    return page


def upsert_child(parent, model, slug, **fields):
    """The source-language child of `parent` with this slug, created or updated, and published.

    Publishing gives new pages their untranslated copies in the other languages (editorial.publishing).
    """
    page = model.objects.child_of(parent).filter(slug=slug).first()
    if page is None:
        page = model(slug=slug, **fields)
        parent.add_child(instance=page)
        publish(page)
        return page
    if _assign(page, fields) or not page.live:
        publish(page)
    return page


def upsert_translation(source, code, **fields):
    """A real translation of `source` into language `code`, replacing an untranslated alias."""
    target_locale = locale(code)
    page = source.get_translation_or_none(target_locale)
    if page is None:
        page = source.copy_for_translation(target_locale, copy_parents=True)
    page = page.specific
    changed = False
    if page.alias_of_id:
        page.alias_of_id = None
        page.save(update_fields=["alias_of_id"], clean=False)
        changed = True
    changed |= _assign(page, fields)
    if changed or not page.live:
        publish(page)
    return page


def upsert_translations(source, translations):
    """`translations` maps a language code to the fields of that translation."""
    return {code: upsert_translation(source, code, **fields) for code, fields in translations.items()}


def demo_collection(name="Demo images"):
    root = Collection.get_first_root_node()
    existing = root.get_children().filter(name=name).first()
    return existing or root.add_child(name=name)


def draw_image(title, palette, shape="fruit", seed=0, size=(1200, 900)):
    """A Pillow-drawn illustration (no downloads): a sky, a field and a few fruits or shapes."""
    Image = get_image_model()
    existing = Image.objects.filter(title=title).first()
    if existing is not None:
        return existing
    rng = random.Random(f"{title}-{seed}")
    width, height = size
    background, ground, accent = palette
    canvas = PILImage.new("RGB", size, background)
    draw = ImageDraw.Draw(canvas)
    horizon = int(height * rng.uniform(0.55, 0.7))
    for band in range(6):  # soft hills
        top = horizon - rng.randint(20, 120)
        left = rng.randint(-400, width // 2)
        draw.ellipse((left, top, left + rng.randint(600, 1400), top + 320), fill=_shade(ground, -10 * band))
    draw.rectangle((0, horizon, width, height), fill=ground)
    for _index in range(rng.randint(5, 9)):
        radius = rng.randint(60, 130)
        x = rng.randint(radius, width - radius)
        y = rng.randint(horizon - radius // 2, height - radius)
        if shape == "fruit":
            draw.ellipse((x - radius, y - radius, x + radius, y + radius), fill=_shade(accent, rng.randint(-30, 20)))
            draw.ellipse((x - radius // 3, y - radius + 10, x, y - radius // 2), fill=(255, 255, 255))
            draw.line((x, y - radius, x + 10, y - radius - 40), fill=(90, 60, 30), width=10)
            draw.ellipse((x + 8, y - radius - 50, x + 70, y - radius - 20), fill=(60, 140, 60))
        elif shape == "jar":
            draw.rounded_rectangle((x - radius, y - radius, x + radius, int(y + radius * 1.3)), 30, fill=accent)
            draw.rectangle((x - radius + 10, y - radius - 30, x + radius - 10, y - radius), fill=(140, 90, 40))
        elif shape == "sheaf":
            for stalk in range(-4, 5):
                draw.line((x, y + radius, x + stalk * 18, y - radius), fill=accent, width=8)
                draw.ellipse((x + stalk * 18 - 10, y - radius - 30, x + stalk * 18 + 10, y - radius + 10), fill=accent)
        else:  # "field": furrows and a tractor-like block
            draw.rectangle((x - radius, y - radius // 2, x + radius, y + radius // 2), fill=accent)
            draw.ellipse((x - radius, y, x - radius // 3, y + radius * 2 // 3), fill=(40, 40, 40))
    buffer = io.BytesIO()
    canvas.save(buffer, "JPEG", quality=82)
    image = Image(title=title, collection=demo_collection())
    image.file = ImageFile(buffer, name=f"demo-{ascii_slug(title) or seed}.jpg")
    image.save()
    return image


def _shade(color, amount):
    return tuple(max(0, min(255, channel + amount)) for channel in color)


def all_locale_homes():
    home = source_home()
    return [home] + [home.get_translation(locale(code)) for code in OTHER_LANGUAGES]


def page_by_slug(parent, slug):
    return Page.objects.child_of(parent).filter(slug=slug).first()
