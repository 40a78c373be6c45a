"""Every change a visitor could see bumps the page cache's generation (core/page_cache.py)."""

from django.apps import apps
from django.db import DatabaseError
from django.db.models.signals import post_delete, post_migrate, post_save
from wagtail.contrib.redirects.models import Redirect
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.models import Locale, Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_unpublished, post_page_move
from wagtail.snippets.models import get_snippet_models

from .page_cache import bump_generation

# Promoted search results are shown on the (cached) results pages.
SITE_MODELS = (Site, Locale, PageViewRestriction, Redirect, SearchPromotion)


def _shown_to_visitors(instance):
    """Snippets (categories, villages, topics, plan actions, the footer), site records and promoted search
    results (read when saved:
    snippets register after the apps are ready)."""
    return isinstance(instance, SITE_MODELS) or type(instance) in get_snippet_models()


def _saved(sender, instance, raw=False, **kwargs):
    if raw:
        return
    if isinstance(instance, Page):
        # A live page saved without a publish (an untranslated copy following its original, facts copied to
        # a translation) changes what visitors see; drafts of live pages are saved as revisions instead.
        if instance.live and not instance.has_unpublished_changes:
            bump_generation()
    elif _shown_to_visitors(instance):
        bump_generation()


def _deleted(sender, instance, **kwargs):
    if isinstance(instance, Page) or _shown_to_visitors(instance):
        bump_generation()


def _released(sender, **kwargs):
    """`migrate`, run on every release: pages and fragments drawn by the previous release's templates (and kept
    in the shape it kept them) are not served again."""
    try:
        bump_generation()
    except DatabaseError:  # before the first `createcachetable`: nothing is cached yet
        pass


def connect():
    page_published.connect(bump_generation, dispatch_uid="page-cache-published")
    page_unpublished.connect(bump_generation, dispatch_uid="page-cache-unpublished")
    post_page_move.connect(bump_generation, dispatch_uid="page-cache-moved")
    post_save.connect(_saved, dispatch_uid="page-cache-saved")
    post_delete.connect(_deleted, dispatch_uid="page-cache-deleted")
    post_migrate.connect(_released, sender=apps.get_app_config("core"), dispatch_uid="page-cache-released")
