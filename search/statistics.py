"""What people search for: Wagtail's query statistics (the "Search terms" report, promoted results) and,
per language, the searches that found nothing (the "Searches without results" report)."""

from django.db import IntegrityError, connection, transaction
from django.db.models import F
from django.utils import timezone
from wagtail.contrib.search_promotions.models import Query, QueryDailyHits, SearchPromotion
from wagtail.models import Page
from wagtail.search.utils import normalise_query_string

from core.page_cache import cached_fragment
from figures.models import UnansweredSearchCount

from .models import UnansweredQuery

# Longer "queries" are pasted text or bots: not worth an editor's attention.
MAX_RECORDED_LENGTH = 100


def record(text, language, found):
    """Count a search (the first page of its results) in Wagtail's statistics, and remember it per
    language when it found nothing."""
    if not text or len(text) > MAX_RECORDED_LENGTH:
        return
    query_string = normalise_query_string(text)
    if not _add_daily_hit(query_string):
        Query.get(query_string)  # a first search for these words
        _add_daily_hit(query_string)
    if found:
        return
    UnansweredSearchCount.add(language)  # the per-day count behind the marketplace figures
    now = timezone.now()
    updated = UnansweredQuery.objects.filter(query_string=query_string, language=language).update(
        hits=F("hits") + 1, last_seen=now
    )
    if not updated:
        try:
            with transaction.atomic():
                UnansweredQuery.objects.create(query_string=query_string, language=language, hits=1)
        except IntegrityError:  # another request recorded it first
            UnansweredQuery.objects.filter(query_string=query_string, language=language).update(
                hits=F("hits") + 1, last_seen=now
            )


def _add_daily_hit(query_string):
    """Count today's search for a known query in one statement (Wagtail's `Query.add_hit` takes three);
    False when the query has never been searched for."""
    hits, queries = QueryDailyHits._meta.db_table, Query._meta.db_table
    with connection.cursor() as cursor:
        cursor.execute(
            f"INSERT INTO {hits} (query_id, date, hits) SELECT id, %s, 1 FROM {queries} WHERE query_string = %s "
            f"ON CONFLICT (query_id, date) DO UPDATE SET hits = {hits}.hits + 1",
            [timezone.now().date(), query_string],
        )
        return cursor.rowcount > 0


def promoted_pages(text, locale, request):
    """The editors' promoted results for this query (Settings → Promoted search results), each in the
    visitor's language where it exists; external links as they are. Kept across requests until something
    changes (saving a promotion starts a new cache generation)."""
    return cached_fragment(
        "search-promotions", [normalise_query_string(text), locale.pk], lambda: _promoted_pages(text, locale, request)
    )


def _promoted_pages(text, locale, request):
    promotions = list(
        SearchPromotion.objects.filter(query__query_string=normalise_query_string(text))
        .select_related("page")
        .order_by("sort_order")
    )
    if not promotions:
        return []
    keys = {promotion.page.translation_key for promotion in promotions if promotion.page}
    in_language = {
        page.translation_key: page
        for page in Page.objects.live().public().filter(translation_key__in=keys, locale=locale)
    }
    picks = []
    for promotion in promotions:
        if promotion.page:
            page = in_language.get(promotion.page.translation_key)
            if page is not None:
                picks.append({"title": page.title, "url": page.get_url(request), "description": promotion.description})
        elif promotion.external_link_url:
            picks.append(
                {
                    "title": promotion.external_link_text or promotion.external_link_url,
                    "url": promotion.external_link_url,
                    "description": promotion.description,
                }
            )
    return picks
