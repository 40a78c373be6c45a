"""ASCII slugs, romanised from Georgian by the national table and the same in every language.

`AsciiSlugMixin` goes on every page type, `AsciiSlugSnippetMixin` on every snippet with a slug: an empty or
non-ASCII slug becomes the romanised title ("ნიქოზის ვაშლი" → "nikozis-vashli"); an ASCII slug an editor
typed is kept, so existing addresses never change. wagtail-localize would otherwise pass a Georgian slug
through `slugify()` and lose it (TRAPS.md).
"""

import re

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail_localize.fields import SynchronizedField

from .compat import slug_is_available
from .romanisation import ascii_slug

GEORGIAN_LETTERS = re.compile("[\u10a0-\u10ff\u1c90-\u1cbf]")


def available_slug(base, parent, page=None):
    """`base`, or `base-2`, `base-3`… whichever no sibling under `parent` uses yet."""
    candidate, suffix = base, 1
    while parent is not None and not slug_is_available(candidate, parent, page):
        suffix += 1
        candidate = f"{base}-{suffix}"
    return candidate


class AsciiSlugPageForm(WagtailAdminPageForm):
    """A new page titled in Georgian gets its slug from the national romanisation table (the admin's own
    script guesses another one: "niqozi" for ნიქოზი)."""

    def clean(self):
        title = self.cleaned_data.get("title") or ""
        if not self.instance.pk and GEORGIAN_LETTERS.search(title) and ascii_slug(title):
            self._errors.pop("slug", None)
            self.cleaned_data["slug"] = available_slug(ascii_slug(title), self.parent_page, self.instance)
        return super().clean()


class AsciiSlugMixin:
    """Page slugs stay ASCII: an empty or non-ASCII slug is replaced by the romanised title.

    Translations copy the source slug (a synchronised field), so the slug is the same in every language.
    """

    base_form_class = AsciiSlugPageForm
    # Never sent to translators: subclasses extend this list with their own facts.
    override_translatable_fields = [SynchronizedField("slug", overridable=False)]

    def _ensure_ascii_slug(self):
        if self.slug and self.slug.isascii():
            return
        base = ascii_slug(self.title) or self._meta.model_name
        self.slug = available_slug(base, self.get_parent() if self.path else None, self)

    def full_clean(self, *args, **kwargs):
        self._ensure_ascii_slug()
        super().full_clean(*args, **kwargs)

    def minimal_clean(self):
        self._ensure_ascii_slug()
        super().minimal_clean()

    def save(self, *args, **kwargs):
        self._ensure_ascii_slug()
        return super().save(*args, **kwargs)


class AsciiSlugSnippetMixin(models.Model):
    """An ASCII slug shared by every translation of a snippet, romanised from its name when left empty."""

    slug = models.SlugField(
        _("slug"),
        max_length=80,
        blank=True,
        help_text=_("Used in addresses and filters; made from the Georgian name when left empty."),
    )

    class Meta:
        abstract = True

    def clean(self):
        super().clean()
        if self.slug and not self.slug.isascii():
            raise ValidationError({"slug": _("Use Latin letters, digits and hyphens only.")})

    def save(self, *args, **kwargs):
        if not self.slug or not self.slug.isascii():
            self.slug = ascii_slug(self.name) or f"{self._meta.model_name}-{self.translation_key.hex[:8]}"
        super().save(*args, **kwargs)
