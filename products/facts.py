"""Facts (price, unit, quantity, status, months, category, village, phone…) are the same in every language.

wagtail-localize copies synchronised fields into a translation only when that translation is synced again;
publishing the source in the admin left the English and Russian pages with the old price. Here every publish
of a product or farmer page publishes its facts into the other real translations (untranslated copies follow
their source by themselves).
"""

import threading

from django.dispatch import receiver
from wagtail.signals import page_published
from wagtail_localize.fields import SynchronizedField

from .models import FarmerPage, ProductPage

_sharing = threading.local()


def fact_fields(model):
    """The attribute names of a page type's synchronised facts (the slug aside)."""
    return [
        model._meta.get_field(field.field_name).attname
        for field in model.override_translatable_fields
        if isinstance(field, SynchronizedField) and field.field_name != "slug"
    ]


def publish_facts(page, facts):
    """Publish `facts` on a live page; a change waiting on it gets them too, so it cannot bring old ones back."""
    pending = page.get_latest_revision_as_object() if page.has_unpublished_changes else None
    for name, value in facts.items():
        setattr(page, name, value)
    page.save_revision(log_action=True).publish(skip_permission_checks=True)
    if pending is not None:
        for name, value in facts.items():
            setattr(pending, name, value)
        pending.save_revision(log_action=True)


@receiver(page_published)
def share_facts_with_translations(sender, instance, **kwargs):
    if sender not in (ProductPage, FarmerPage) or instance.alias_of_id or getattr(_sharing, "active", False):
        return
    facts = {name: getattr(instance, name) for name in fact_fields(sender)}
    translations = sender.objects.filter(translation_key=instance.translation_key, alias_of__isnull=True, live=True)
    _sharing.active = True
    try:
        for page in translations.exclude(pk=instance.pk):
            if any(getattr(page, name) != value for name, value in facts.items()):
                publish_facts(page, facts)
    finally:
        _sharing.active = False
