"""What the site search needs from each content app, declared through a Wagtail hook.

A content app contributes a page type to the site search by registering a `SearchableType` (which model,
the texts and tokens of its folded document, its candidates, how a result card is prepared and which
template shows it) with the hook `register_site_search_type`, in its own `wagtail_hooks.py`. The search
app reads them with `searchable_types()`; no content app imports the search app.

Every language version of a searchable page is indexed with the folded text of *all* its language
versions (the original and each real translation; untranslated copies add nothing), plus tokens for its
category and village, so a search in one language finds pages written in another. That text goes into one
`AutocompleteField` ("site_search_text"), added by `SiteSearchable`.
"""

import threading
from contextlib import contextmanager

from django.utils.html import strip_tags
from wagtail import hooks

from . import folding

SEARCH_TYPE_HOOK = "register_site_search_type"

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


def plain_text(html):
    return strip_tags(html or "").replace("\xa0", " ")


class SearchableType:
    """One page type in the site search. Subclasses name `model` (the page class), `template`, `name`,
    `label` and `order` (types are listed in that order: products, farmers, news)."""

    model = None
    template = None
    name = None
    label = None
    order = 100

    def get_model(self):
        return self.model

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

    def image_ids(self, items):
        """The ids of the images the cards of `items` show: the search fetches the images of every type on
        a page of results together, in two queries."""
        return []

    def prepare(self, items, request, taxonomy, images):
        """Give the results of one page of results what their card shows (`images` by id), in a fixed
        number of queries."""
        return items

    def cards(self, ids, request, taxonomy):
        """The results' cards as HTML, in this order, for a type that keeps its cards rendered; None: the
        results are loaded and drawn with `template`."""
        return None


def searchable_types():
    """The registered searchable types, in the order their results are listed."""
    return sorted((hook() for hook in hooks.get_hooks(SEARCH_TYPE_HOOK)), key=lambda searchable: searchable.order)


def searchable_type_for(model):
    return next((searchable for searchable in searchable_types() if searchable.get_model() is model), None)


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


class SiteSearchable:
    """Mixin for page types found by the site search; add `index.AutocompleteField("site_search_text")`.

    The search app indexes a whole translation group when one of its pages changes (a change of one
    language version changes the text of all), so Wagtail's own per-save indexing is switched off here:
    a save is indexed once.
    """

    search_auto_update = False

    def site_search_text(self):
        """Folded text of every language version of this page, for the site search."""
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
