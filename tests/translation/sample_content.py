"""Fill any page or snippet with content in every field and every StreamField block, nested ones too.

Each text gets its own number ("Georgian sample 7") so a test can find what was translated.
"""

import datetime
import itertools
import uuid
from decimal import Decimal

from django.core.files.base import ContentFile
from django.db import models
from wagtail import blocks
from wagtail.documents import get_document_model
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.fields import RichTextField, StreamField
from wagtail.images import get_image_model
from wagtail.images.blocks import ImageChooserBlock
from wagtail.models import Locale, Page, TranslatableMixin
from wagtail.snippets.blocks import SnippetChooserBlock

try:
    from wagtail.contrib.table_block.blocks import TableBlock
except ImportError:  # pragma: no cover
    TableBlock = None

_numbers = itertools.count(1)


def sample_text():
    return f"ნიმუში ტექსტი {next(_numbers)}"


def sample_document():
    Document = get_document_model()
    document = Document.objects.filter(title="Sample price list").first()
    if document is None:
        document = Document(title="Sample price list")
        document.file.save("sample-price-list.txt", ContentFile(b"Apples 2 GEL/kg"), save=False)
        document.save()
    return document


def some_instance_of(model):
    """An existing instance of `model`, in Georgian when the model is translatable."""
    objects = model.objects.all()
    if issubclass(model, Page):
        objects = objects.filter(depth__gt=1)
    if issubclass(model, TranslatableMixin):
        objects = objects.filter(locale__language_code="ka")
    found = objects.first()
    if found is None:
        raise LookupError(f"the demo content has no {model._meta.label} to link to")
    return found


def sample_block_value(block):
    """Raw (JSON-ready) data for `block` with every child block filled."""
    if isinstance(block, blocks.StreamBlock):
        return [
            {"type": name, "value": sample_block_value(child), "id": str(uuid.uuid4())}
            for name, child in block.child_blocks.items()
        ]
    if isinstance(block, blocks.ListBlock):
        return [
            {"type": "item", "value": sample_block_value(block.child_block), "id": str(uuid.uuid4())}
            for _ in range(2)
        ]
    if isinstance(block, blocks.StructBlock):
        return {name: sample_block_value(child) for name, child in block.child_blocks.items()}
    if TableBlock is not None and isinstance(block, TableBlock):
        return {"data": [[sample_text(), sample_text()]], "first_row_is_table_header": False}
    if isinstance(block, ImageChooserBlock):
        return get_image_model().objects.first().pk
    if isinstance(block, DocumentChooserBlock):
        return sample_document().pk
    if isinstance(block, blocks.PageChooserBlock):
        return some_instance_of((block.target_models or [Page])[0]).pk
    if isinstance(block, SnippetChooserBlock):
        return some_instance_of(block.target_model).pk
    if isinstance(block, blocks.RichTextBlock):
        return f'<p>{sample_text()} <b>{sample_text()}</b> <a href="https://agrofarm.ge">{sample_text()}</a></p>'
    if isinstance(block, blocks.RawHTMLBlock):
        return f"<p>{sample_text()}</p>"
    if isinstance(block, blocks.EmailBlock):
        return "farmer@agrofarm.ge"
    if isinstance(block, blocks.URLBlock):
        return "https://agrofarm.ge/"
    if isinstance(block, blocks.MultipleChoiceBlock):
        return [_first_choice(block.field.choices)]
    if isinstance(block, blocks.ChoiceBlock):
        return _first_choice(block.field.choices)
    if isinstance(block, blocks.BooleanBlock):
        return True
    if isinstance(block, blocks.DateTimeBlock):
        return "2025-05-01T10:00:00"
    if isinstance(block, blocks.DateBlock):
        return "2025-05-01"
    if isinstance(block, blocks.TimeBlock):
        return "10:00:00"
    if isinstance(block, blocks.IntegerBlock):
        return 7
    if isinstance(block, blocks.FloatBlock | blocks.DecimalBlock):
        return "2.5"
    if isinstance(block, blocks.StaticBlock):
        return None
    if isinstance(block, blocks.CharBlock | blocks.TextBlock | blocks.RegexBlock):
        return sample_text()
    raise NotImplementedError(f"no sample content for {type(block).__name__}: add it here")


def _first_choice(choices):
    for value, label in choices:
        if isinstance(label, list | tuple):  # a group of choices
            return label[0][0]
        if value not in ("", None):
            return value
    raise ValueError("a choice block without choices")


def _sample_field_value(field):
    if isinstance(field, StreamField):
        return sample_block_value(field.stream_block)
    if field.choices:
        return _first_choice(field.choices)
    if isinstance(field, RichTextField):
        return f"<p>{sample_text()} <i>{sample_text()}</i></p>"
    if isinstance(field, models.EmailField):
        return "farmer@agrofarm.ge"
    if isinstance(field, models.URLField):
        return "https://agrofarm.ge/"
    if isinstance(field, models.SlugField):
        return f"nimushi-{next(_numbers)}"
    if "phone" in field.name and isinstance(field, models.CharField):
        return "+995 555 12 34 56"
    if isinstance(field, models.CharField | models.TextField):
        return sample_text()[: field.max_length] if field.max_length else sample_text()
    if isinstance(field, models.BooleanField):
        return True
    if isinstance(field, models.DateTimeField):
        return datetime.datetime(2025, 5, 1, 10, tzinfo=datetime.UTC)
    if isinstance(field, models.DateField):
        return datetime.date(2025, 5, 1)
    if isinstance(field, models.DecimalField):
        return Decimal("2.50")
    if isinstance(field, models.IntegerField | models.FloatField):
        return 7
    if isinstance(field, models.ForeignKey):
        if issubclass(field.related_model, Locale):
            return Locale.objects.get(language_code="ka")
        return some_instance_of(field.related_model)
    return None


# Wagtail's own page fields: tree position, publishing state, identity. Title and slug are set by the test.
PAGE_FIELDS_LEFT_ALONE = set(
    "id path depth numchild translation_key locale latest_revision live has_unpublished_changes first_published_at"
    " last_published_at live_revision go_live_at expire_at expired locked locked_at locked_by content_type owner"
    " url_path alias_of draft_title slug title latest_revision_created_at page_ptr seo_title search_description"
    " show_in_menus".split()
)


def fill_every_field(instance):
    """Give each editable field of `instance` sample content (StreamFields get every block type)."""
    for field in instance._meta.concrete_fields:
        if field.name in PAGE_FIELDS_LEFT_ALONE or not field.editable or field.primary_key:
            continue
        if isinstance(field, models.ForeignKey) and field.null and not issubclass(field.related_model, Locale):
            try:
                setattr(instance, field.name, some_instance_of(field.related_model))
            except LookupError:
                pass
            continue
        value = _sample_field_value(field)
        if value is not None:
            setattr(instance, field.name, value)
    return instance
