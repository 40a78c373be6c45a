"""What the site search indexes for each page, and the page types it searches.

Every language version of a product, farmer or news post is indexed with the folded text of *all* its
language versions (the Georgian original and each real translation; untranslated copies add nothing),
plus tokens for its category and village. A search then runs in the visitor's language only: one result
per translation group, in the visitor's language when translated and as the untranslated copy (at the
visitor's /en/ or /ru/ address, text marked with its own `lang`) when not. So "მაწონის" on /en/ finds
"Village matsoni", "honey" on /ka/ finds თაფლი, and no listing shows twice.

The text goes into one `AutocompleteField` ("site_search_text", see `SiteSearchable`), the column
Wagtail's database backend matches by prefix on SQLite (FTS5) and PostgreSQL ("simple" configuration).
"""

import threading
from contextlib import contextmanager

from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _

from . import folding

# A word of the title counts three times, a category or village twice, body text once: both backends
# rank by how often the query's terms occur.
TITLE_WEIGHT = 3
FACT_WEIGHT = 2
TEXT_WEIGHT = 1


def category_token(category_id):
    """The indexed stand-in for a category (its Georgian row), matched when a query names the category."""
    return f"ctg{category_id}x"


def village_token(village_id):
    return f"vlg{village_id}x"


def folded_terms(text, weight=1):
    """The folded spellings and keys of the words of `text`, each repeated `weight` times."""
    terms = []
    for word in folding.words(text or ""):
        terms.extend(folding.terms(word))
    return terms * weight


class SiteSearchable:
    """Mixin for page types found by the site search; add `index.AutocompleteField("site_search_text")`."""

    def site_search_text(self):
        """Folded text of every language version of this page, for the site search (see search/documents.py)."""
        memo = getattr(_memo, "texts", None)
        if memo is not None and (type(self), self.translation_key) in memo:
            return memo[type(self), self.translation_key]
        searchable = searchable_type_for(type(self))
        if searchable is None:
            return ""
        terms = []
        for version in language_versions(self):
            for text, weight in searchable.texts(version):
                terms.extend(folded_terms(text, weight))
        for token in searchable.tokens(self):
            terms.extend([token] * FACT_WEIGHT)
        text = " ".join(terms)
        if memo is not None:
            memo[type(self), self.translation_key] = text
        return text


_memo = threading.local()


@contextmanager
def one_text_per_translation_group():
    """While indexing many pages at once, compute the shared text of a translation group once, not once
    per language version."""
    outer = getattr(_memo, "texts", None)
    if outer is None:
        _memo.texts = {}
    try:
        yield
    finally:
        if outer is None:
            del _memo.texts


def language_versions(page):
    """The live original and real translations of `page` (untranslated copies repeat the original)."""
    versions = list(
        type(page)
        .objects.filter(translation_key=page.translation_key, alias_of__isnull=True, live=True)
        .order_by("pk")
    )
    if not versions:
        versions = [page if page.alias_of_id is None else type(page).objects.get(pk=page.alias_of_id)]
    return versions


class SearchableType:
    """One page type in the site search: what it indexes, which pages of a language are candidates, how
    results are prepared for their card. Subclasses name `model` ("app_label.ModelName") and `template`."""

    model = None
    template = None
    name = None
    label = None

    def get_model(self):
        from django.apps import apps

        return apps.get_model(self.model)

    def texts(self, page):
        """(text, weight) pairs of one language version."""
        return [(page.title, TITLE_WEIGHT)]

    def tokens(self, page):
        """Language-independent tokens (category, village)."""
        return []

    def candidates(self, locale_id, filters, taxonomy):
        """The pages of one language a visitor may find, with the catalogue filters applied, or None when
        the filters rule this type out."""
        raise NotImplementedError

    def listing(self, queryset):
        """Annotations the result cards need (a queryset filtered to the candidates is passed in)."""
        return queryset

    def prepare(self, items, request, taxonomy):
        """Give the results of one page of results what their card shows, in a fixed number of queries."""
        return items


def _plain(html):
    return strip_tags(html or "").replace("\xa0", " ")


class ProductSearch(SearchableType):
    model = "products.ProductPage"
    template = "includes/product_card.html"
    name = "products"
    label = _("Products and services")

    def texts(self, page):
        farmer_names = []
        if page.farmer_id:
            from products.models import FarmerPage

            farmer_names = FarmerPage.objects.filter(
                translation_key__in=FarmerPage.objects.filter(pk=page.farmer_id).values("translation_key"),
                alias_of__isnull=True,
            ).values_list("title", flat=True)
        return [
            (page.title, TITLE_WEIGHT),
            (_plain(page.description), TEXT_WEIGHT),
            *((name, TEXT_WEIGHT) for name in farmer_names),
        ]

    def tokens(self, page):
        tokens = []
        if page.category_id:
            tokens.append(category_token(page.category_id))
        if page.village_id:
            tokens.append(village_token(page.village_id))
        return tokens

    def candidates(self, locale_id, filters, taxonomy):
        from products.catalogue import apply_filters, live_products

        return apply_filters(live_products(locale_id), filters, taxonomy)

    def listing(self, queryset):
        from products.catalogue import with_card_data

        return with_card_data(queryset)

    def prepare(self, items, request, taxonomy):
        from products.catalogue import cards

        (items,), _images = cards([items], taxonomy)
        return items


class FarmerSearch(SearchableType):
    model = "products.FarmerPage"
    template = "search/includes/farmer_result.html"
    name = "farmers"
    label = _("Farmers")

    def texts(self, page):
        return [(page.title, TITLE_WEIGHT), (page.story, TEXT_WEIGHT)]

    def tokens(self, page):
        return [village_token(page.village_id)] if page.village_id else []

    def candidates(self, locale_id, filters, taxonomy):
        if "category" in filters:
            return None
        farmers = self.get_model().objects.live().public().filter(locale_id=locale_id)
        if "village" in filters:
            farmers = farmers.filter(village_id=taxonomy.village_by_slug(filters["village"]).id)
        return farmers

    def listing(self, queryset):
        from django.db.models import OuterRef, Subquery

        from products.catalogue import source_language_of
        from products.models import FarmerPhoto

        first_photo = FarmerPhoto.objects.filter(page=OuterRef("pk")).order_by("sort_order", "pk")
        return queryset.annotate(
            photo_id=Subquery(first_photo.values("image_id")[:1]),
            source_language=source_language_of(OuterRef("alias_of_id")),
        )

    def prepare(self, items, request, taxonomy):
        from products.catalogue import fetch_images

        items = list(items)
        images = fetch_images(farmer.photo_id for farmer in items)
        for farmer in items:
            farmer.photo = images.get(farmer.photo_id)
            farmer.village_term = taxonomy.village(farmer.village_id)
        return items


class NewsSearch(SearchableType):
    model = "news.NewsPage"
    template = "includes/news_card.html"
    name = "news"
    label = _("News")

    def texts(self, page):
        from news.models import NewsPageTopic

        body = page._meta.get_field("body").get_searchable_content(page.body)
        topics = NewsPageTopic.objects.filter(page=page).values_list("topic__name", flat=True)
        return [
            (page.title, TITLE_WEIGHT),
            (page.intro, TEXT_WEIGHT),
            (" ".join(_plain(text) for text in body), TEXT_WEIGHT),
            (" ".join(topics), TEXT_WEIGHT),
        ]

    def candidates(self, locale_id, filters, taxonomy):
        if filters:
            return None
        return self.get_model().objects.live().public().filter(locale_id=locale_id)

    def listing(self, queryset):
        from django.db.models import OuterRef

        from products.catalogue import source_language_of

        return queryset.defer_streamfields().annotate(source_language=source_language_of(OuterRef("alias_of_id")))

    def prepare(self, items, request, taxonomy):
        from news.models.pages import attach_topics
        from products.catalogue import fetch_images

        items = attach_topics(items, taxonomy.language)
        images = fetch_images(news.hero_image_id for news in items)
        for news in items:
            news.hero_image = images.get(news.hero_image_id)
        return items


# Products first, then farmers, then news: the order results are listed in.
SEARCHABLE_TYPES = (ProductSearch(), FarmerSearch(), NewsSearch())


def searchable_type_for(model):
    label = model._meta.label
    return next((searchable for searchable in SEARCHABLE_TYPES if searchable.model == label), None)
