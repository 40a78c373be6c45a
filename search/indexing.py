"""Keeping the site search index and its vocabulary current.

Wagtail re-indexes a page when it is saved. Here every language version of a page indexes the text of all
of them (search/documents.py), so when one version changes, is published, unpublished or deleted, the
other versions of its translation group are re-indexed too: once per group, after the transaction commits
(a publish saves a page several times; the demo loader saves hundreds in one transaction).
"""

import threading

from django.db import transaction
from django.db.models.signals import post_delete, post_save
from wagtail.search.backends import get_search_backends

from . import vocabulary
from .documents import SEARCHABLE_TYPES, language_versions, one_text_per_translation_group, searchable_type_for

_pending = threading.local()


def _groups():
    if not hasattr(_pending, "groups"):
        _pending.groups = set()
    return _pending.groups


def page_changed(sender, instance, raw=False, **kwargs):
    """Re-index the translation group of a saved or deleted page once the change is committed."""
    if raw or instance.alias_of_id:
        return  # an untranslated copy adds no text of its own
    _groups().add((sender, instance.translation_key))
    transaction.on_commit(reindex_pending_groups)


def reindex_pending_groups():
    groups = list(_groups())
    _groups().clear()
    texts = []
    with one_text_per_translation_group():
        for model, translation_key in groups:
            texts += reindex_translation_group(model, translation_key)
    vocabulary.add_texts(texts)


def reindex_translation_group(model, translation_key):
    """Re-index every language version of one page; returns the texts whose words join the vocabulary."""
    pages = list(model.objects.filter(translation_key=translation_key))
    if not pages:
        return []
    if getattr(model, "search_auto_update", True):
        for backend in get_search_backends(with_auto_update=True):
            backend.add_bulk(model, pages)
    searchable = searchable_type_for(model)
    return [text for version in language_versions(pages[0]) for text, _weight in searchable.texts(version)]


def name_changed(sender, instance, raw=False, **kwargs):
    """Category and village names are matched at query time; their words join the vocabulary for typos."""
    if not raw:
        vocabulary.add_texts([instance.name])


def connect():
    from products.models import Category, Village

    for searchable in SEARCHABLE_TYPES:
        model = searchable.get_model()
        post_save.connect(page_changed, sender=model, dispatch_uid=f"search-reindex-{model._meta.label}")
        post_delete.connect(page_changed, sender=model, dispatch_uid=f"search-reindex-deleted-{model._meta.label}")
    for model in (Category, Village):
        post_save.connect(name_changed, sender=model, dispatch_uid=f"search-vocabulary-{model._meta.label}")
