"""Category and village names in the visitor's language: one query each, kept until one of them changes.

Pages point at the Georgian (source) rows. Here each source row is paired with its translation in
the active language by translation key, falling back to the source name (marked with its language).
"""

from dataclasses import dataclass, field

from django.conf import settings

from core.page_cache import cached_fragment

from .communities import community_label, community_name
from .models import Category, Village


@dataclass
class Term:
    id: int
    slug: str
    name: str
    lang: str  # the language `name` is written in
    sort_order: int = 0
    kind: str = ""
    parent_id: int | None = None
    icon: str = ""
    community: str = ""
    community_label: str = ""  # "ტყვიავის თემი", "Tkviavi community"
    children: list = field(default_factory=list)


def _terms(model, language, extra_fields):
    source = settings.LANGUAGE_CODE
    rows = model.objects.filter(locale__language_code__in={source, language}).values(
        "id", "translation_key", "locale__language_code", "name", "slug", *extra_fields
    )
    translated, originals = {}, []
    for row in rows:
        if row["locale__language_code"] == source:
            originals.append(row)
        if row["locale__language_code"] == language:
            translated[row["translation_key"]] = row["name"]
    terms = {}
    for row in originals:
        name = translated.get(row["translation_key"])
        extra = {name_: row[name_] for name_ in extra_fields}
        terms[row["id"]] = Term(
            id=row["id"],
            slug=row["slug"],
            name=name or row["name"],
            lang=language if name else source,
            **extra,
        )
    return terms


class Taxonomy:
    """Categories and villages of the catalogue, named in `language`."""

    def __init__(self, language):
        self.language = language
        self.categories = _terms(Category, language, ["kind", "parent_id", "icon", "sort_order"])
        self.villages = _terms(Village, language, ["community"])
        for term in self.categories.values():
            parent = self.categories.get(term.parent_id)
            if parent is not None:
                parent.children.append(term)
        for term in self.categories.values():
            term.children.sort(key=_order)
        for term in self.villages.values():
            term.community_label = community_label(term.community, language)
            term.community = community_name(term.community, language)

    @classmethod
    def for_request(cls, request, language):
        """One taxonomy per request and language, however many parts of the page ask for it, kept across
        requests until a category or village changes (the page cache's generation)."""
        cache = request.__dict__.setdefault("_product_taxonomies", {}) if request is not None else {}
        if language not in cache:
            cache[language] = cached_fragment("taxonomy", (language,), lambda: cls(language))
        return cache[language]

    def category(self, category_id):
        return self.categories.get(category_id)

    def village(self, village_id):
        return self.villages.get(village_id)

    def top_categories(self):
        return sorted((term for term in self.categories.values() if term.parent_id is None), key=_order)

    def categories_in_tree_order(self):
        """Main categories each followed by their subcategories, with their depth."""
        ordered = []

        def walk(term, depth):
            ordered.append((term, depth))
            for child in term.children:
                walk(child, depth + 1)

        for term in self.top_categories():
            walk(term, 0)
        return ordered

    def villages_by_name(self):
        return sorted(self.villages.values(), key=lambda term: term.name)

    def category_by_slug(self, slug):
        return next((term for term in self.categories.values() if term.slug == slug), None)

    def village_by_slug(self, slug):
        return next((term for term in self.villages.values() if term.slug == slug), None)

    def with_descendants(self, category_id):
        """The ids of a category and of all its subcategories."""
        ids, pending = set(), [category_id]
        while pending:
            current = pending.pop()
            if current in ids or current not in self.categories:
                continue
            ids.add(current)
            pending.extend(child.id for child in self.categories[current].children)
        return ids

    def top_ancestor(self, category_id):
        term, seen = self.categories.get(category_id), set()
        while term is not None and term.parent_id in self.categories and term.id not in seen:
            seen.add(term.id)
            term = self.categories[term.parent_id]
        return term


def _order(term):
    return (term.sort_order, term.name)
