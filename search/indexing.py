"""Keeping the site search index and its vocabulary current.

Every language version of a searchable page indexes the text of all of them (core/site_search.py), so
when one version changes, is published, unpublished or deleted, its whole translation group is re-indexed:
once per group, after the transaction commits (a publish saves a page several times; the demo loader saves
hundreds in one transaction). This is the only indexing path for those page types: `SiteSearchable` turns
Wagtail's own per-save indexing off for them.
"""

import threading

from django.db import transaction
from django.db.models.signals import post_delete, post_save
from wagtail.search import index
from wagtail.search.backends import get_search_backends
from wagtail.signals import page_unpublished

from core.site_search import language_versions, one_text_per_translation_group, searchable_type_for, searchable_types
from products.models import Category, Village

from . import vocabulary

_pending = threading.local()


def _groups():
    if not hasattr(_pending, "groups"):
        _pending.groups = set()
    return _pending.groups


def page_changed(sender, instance, raw=False, **kwargs):
    """Re-index the translation group of a saved or deleted page once the change is committed."""
    if raw:
        return
    _groups().add((sender, instance.translation_key))
    transaction.on_commit(reindex_pending_groups)


def _departed_terms():
    if not hasattr(_pending, "departed"):
        _pending.departed = set()
    return _pending.departed


def page_left_site(sender, instance, **kwargs):
    """An unpublished page (withdrawn, erased, taken down): its words leave the vocabulary once the change is
    committed, unless another live page or a category or village name uses them, so "Did you mean" never
    offers a withdrawn farmer's name (issue 12, finding 7). Read now: erasure scrubs the text right after."""
    searchable = searchable_type_for(sender)
    if searchable is None:
        return
    _departed_terms().update(vocabulary.terms_of(text for text, _weight in searchable.texts(instance)))
    transaction.on_commit(reindex_pending_groups)


def page_deleted(sender, instance, **kwargs):
    """Take a deleted page out of the index, then re-index what is left of its translation group."""
    index.remove_object(instance)
    if instance.live:
        page_left_site(sender, instance)
    page_changed(sender, instance)


def reindex_pending_groups():
    groups = list(_groups())
    _groups().clear()
    departed = set(_departed_terms())
    _departed_terms().clear()
    texts = []
    with one_text_per_translation_group():
        for model, translation_key in groups:
            texts += reindex_translation_group(model, translation_key)
    vocabulary.add_texts(texts)
    if departed:  # after the re-indexing above: the index tells which words live pages still use
        vocabulary.forget_unused(departed - vocabulary.terms_of(texts))


def reindex_translation_group(model, translation_key):
    """Re-index every language version of one page; returns the texts whose words join the vocabulary."""
    pages = list(model.objects.filter(translation_key=translation_key))
    if not pages:
        return []
    for backend in get_search_backends(with_auto_update=True):
        backend.add_bulk(model, pages)
    searchable = searchable_type_for(model)
    # Only published words join the vocabulary: a draft's (a listing waiting for review or rejected, a farmer's
    # name) would come back as "Did you mean …" (issue 12, finding 7).
    live_versions = [version for version in language_versions(pages[0]) if version.live]
    return [text for version in live_versions for text, _weight in searchable.texts(version)]


def name_changed(sender, instance, raw=False, **kwargs):
    """Category and village names are matched at query time; their words join the vocabulary for typos."""
    if not raw:
        vocabulary.add_texts([instance.name])


def connect():
    for searchable in searchable_types():
        model = searchable.get_model()
        post_save.connect(page_changed, sender=model, dispatch_uid=f"search-reindex-{model._meta.label}")
        post_delete.connect(page_deleted, sender=model, dispatch_uid=f"search-reindex-deleted-{model._meta.label}")
        page_unpublished.connect(page_left_site, sender=model, dispatch_uid=f"search-unpublished-{model._meta.label}")
    for model in (Category, Village):
        post_save.connect(name_changed, sender=model, dispatch_uid=f"search-vocabulary-{model._meta.label}")
