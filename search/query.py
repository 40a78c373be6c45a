"""From what a visitor typed to the query the search index runs.

Each word becomes its folded spelling and key (core/folding.py), matched as prefixes, so inflected
forms and other scripts meet. A word the vocabulary does not know is taken for a typo and replaced by the
nearest known word. A word that names a category (in any of the three languages, with its subcategories)
or a village also matches that category's or village's token in the index.
"""

from dataclasses import dataclass, field
from functools import partial

from django.conf import settings
from wagtail.search.query import And, Or, PlainText

from core import folding
from core.page_cache import cached_fragment
from core.site_search import category_token, village_token
from products.models import Category, Village

from . import vocabulary

MAX_QUERY_LENGTH = 200
MAX_WORDS = 6
# Typos looked up per query (a query each): more than three in one search is rare.
MAX_CORRECTIONS = 3
MIN_PREFIX = 3

STOPWORDS = {
    # English
    "a", "an", "and", "the", "of", "in", "on", "for", "from", "with", "to", "by", "or", "at",
    # Russian
    "и", "в", "во", "на", "с", "со", "из", "для", "по", "к", "от", "без", "или", "у", "о", "об",
    # Georgian
    "და", "ან", "თუ", "ეს", "ის", "რომ",
}


def clean(raw):
    """The query as shown back to the visitor: printable characters only, single spaces, at most
    MAX_QUERY_LENGTH characters (PostgreSQL refuses NUL characters in text)."""
    text = "".join(char if char.isprintable() else " " for char in str(raw or "")[: MAX_QUERY_LENGTH * 4])
    return " ".join(text.split())[:MAX_QUERY_LENGTH].strip()


@dataclass
class QueryWord:
    typed: str
    terms: tuple
    known: bool = True  # some indexed term starts with one of its terms
    correction: object = None  # the SearchTerm standing in for a typo
    tags: list = field(default_factory=list)

    @property
    def shown(self):
        """The word as the visitor should read it: the correction in the script they typed in."""
        if self.correction is None:
            return self.typed
        return self.correction.example(folding.script(self.typed)) or self.typed

    def as_query(self):
        alternatives = [PlainText(term) for term in (*self.terms, *self.tags)]
        return alternatives[0] if len(alternatives) == 1 else Or(alternatives)


@dataclass
class SearchPlan:
    text: str
    words: list

    @property
    def is_empty(self):
        return not self.words

    @property
    def corrected(self):
        """The query with typos corrected, or "" when nothing was corrected."""
        if not any(word.correction for word in self.words):
            return ""
        return " ".join(word.shown for word in self.words)

    def as_query(self, operator="and"):
        parts = [word.as_query() for word in self.words]
        if len(parts) == 1:
            return parts[0]
        return And(parts) if operator == "and" else Or(parts)


def plan(raw):
    """The search plan for what the visitor typed (a few queries: vocabulary, categories, villages)."""
    text = clean(raw)
    typed = [word for word in folding.words(text) if folding.fold(word)]
    meaningful = [word for word in typed if word not in STOPWORDS]
    distinct = list(dict.fromkeys(meaningful or typed))
    words = [QueryWord(word, folding.terms(word)) for word in distinct[:MAX_WORDS]]
    if not words:
        return SearchPlan(text, [])
    for word, known in zip(words, vocabulary.known_words([word.terms for word in words]), strict=True):
        word.known = known
    for word in [word for word in words if not word.known][:MAX_CORRECTIONS]:
        nearest = vocabulary.nearest_terms(word.terms[0], vocabulary.allowed_typos(word.terms[0]), limit=1)
        if nearest:
            word.correction = nearest[0]
            word.terms = folding.terms(nearest[0].term) or word.terms
    _add_taxonomy_tags(words)
    return SearchPlan(text, words)


def did_you_mean(search_plan):
    """A looser correction of the unknown words, for a search that found nothing ("" when there is none)."""
    shown, changed = [], False
    unknown = [word for word in search_plan.words if not word.known][:MAX_CORRECTIONS]
    for word in search_plan.words:
        if word not in unknown:
            shown.append(word.typed)
            continue
        folded = folding.fold(word.typed)
        nearest = vocabulary.nearest_terms(folded, vocabulary.allowed_typos(folded) + 1, limit=1, loose=True)
        if nearest and nearest[0].term != folded:
            shown.append(nearest[0].example(folding.script(word.typed)) or word.typed)
            changed = True
        else:
            shown.append(word.typed)
    return " ".join(shown) if changed else ""


def _add_taxonomy_tags(words):
    """Let words that name a category or village match its pages, whatever language names it."""
    for model, token, with_children in ((Category, category_token, True), (Village, village_token, False)):
        names = cached_fragment(
            "folded-names", (model._meta.label,), partial(_folded_names, model, with_children)
        )
        for word in words:
            prefixes = [term for term in word.terms if len(term) >= MIN_PREFIX]
            for ids, name_terms in names:
                if any(name_term.startswith(prefix) for prefix in prefixes for name_term in name_terms):
                    word.tags.extend(token(pk) for pk in sorted(ids) if token(pk) not in word.tags)


def _folded_names(model, with_children):
    """(ids of the Georgian rows it stands for, folded terms of the name) for every name in every language.

    Pages point at the Georgian rows; a category stands for itself and its subcategories.
    """
    rows = list(model.objects.values_list("pk", "name", "translation_key", "locale__language_code", *(
        ("parent_id",) if with_children else ()
    )))
    source_ids = {row[2]: row[0] for row in rows if row[3] == settings.LANGUAGE_CODE}
    children = {}
    if with_children:
        for row in rows:
            if row[3] == settings.LANGUAGE_CODE and row[4]:
                children.setdefault(row[4], []).append(row[0])

    def with_descendants(pk):
        ids, pending = set(), [pk]
        while pending:
            current = pending.pop()
            if current not in ids:
                ids.add(current)
                pending.extend(children.get(current, []))
        return ids

    names = []
    for row in rows:
        source_id = source_ids.get(row[2])
        if source_id is None:
            continue
        name_terms = [term for word in folding.words(row[1]) if word not in STOPWORDS for term in folding.terms(word)]
        names.append((with_descendants(source_id), name_terms))
    return names
