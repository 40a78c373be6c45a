"""The vocabulary of the site search: the folded words the index holds, to tell typos from words and to
find the nearest real word for a typo.

PostgreSQL picks candidates by trigram similarity (pg_trgm's indexed nearest-neighbour search); SQLite by
word length. Both then
keep the candidates within a small edit distance, so a typo gets the same correction on either database.
"""

from collections import Counter, defaultdict

from django.db import connection, transaction
from django.db.models import Count, Q
from wagtail.search.backends import get_search_backend
from wagtail.search.query import PlainText

from core import folding
from core.page_cache import bump_generation, cached_fragment
from core.site_search import searchable_types
from products.models import Category, Village

from .models import SearchTerm

MAX_TERM_LENGTH = 64
# Candidates PostgreSQL hands over for the edit-distance check, nearest by trigrams first.
TRIGRAM_CANDIDATES = 100


def allowed_typos(folded):
    """How many wrong letters a word of this length may have and still be recognised."""
    if len(folded) < 4:
        return 0
    return 1 if len(folded) < 8 else 2


def _entries(texts):
    """Terms of `texts` with their written forms: {term: {script: Counter(word)}}."""
    entries = defaultdict(lambda: defaultdict(Counter))
    for text in texts:
        for word in folding.words(text or ""):
            if len(word) > MAX_TERM_LENGTH:
                continue
            written_in = folding.script(word)
            for term in folding.terms(word):
                if not term.isdigit() and len(term) <= MAX_TERM_LENGTH:
                    entries[term][written_in][word] += 1
    return entries


def _term_row(term, forms, documents=1):
    examples = {script: counter.most_common(1)[0][0] for script, counter in forms.items()}
    return SearchTerm(
        term=term,
        length=len(term),
        documents=documents,
        example_ka=examples.get("ka", ""),
        example_ru=examples.get("ru", ""),
        example_latin=examples.get("latin", ""),
    )


def add_texts(texts):
    """Add the words of `texts` that the vocabulary does not hold yet."""
    entries = _entries(texts)
    if not entries:
        return
    existing = set(SearchTerm.objects.filter(term__in=list(entries)).values_list("term", flat=True))
    new_rows = [_term_row(term, forms) for term, forms in entries.items() if term not in existing]
    if new_rows:
        SearchTerm.objects.bulk_create(new_rows, ignore_conflicts=True, batch_size=500)
        bump_generation()  # a word once taken for a typo is a word now


def forget_unused(terms):
    """Remove those of `terms` that no live page in the search index and no category or village name uses
    any more (the words of a page that was just unpublished or deleted); returns how many went.

    A word counts as used when the site search would still find a live page with it (one small index query
    per word and page type), so a word shared with any other live page stays.
    """
    candidates = set(SearchTerm.objects.filter(term__in=list(terms)).values_list("term", flat=True))
    candidates -= set(_entries(_taxonomy_names()))
    if not candidates:
        return 0
    backend = get_search_backend()
    live_pages = [
        searchable.get_model().objects.filter(pk__in=searchable.get_model().objects.live().values("pk"))
        for searchable in searchable_types()
    ]
    unused = [
        term
        for term in sorted(candidates)
        if not any(backend.autocomplete(PlainText(term), pages)[:1] for pages in live_pages)
    ]
    if unused:
        SearchTerm.objects.filter(term__in=unused).delete()
        bump_generation()  # a word that is gone is a typo again, and suggests nothing
    return len(unused)


def terms_of(texts):
    """The vocabulary terms the words of `texts` make."""
    return set(_entries(texts))


def _taxonomy_names():
    for model in (Category, Village):
        yield from model.objects.values_list("name", flat=True)


def indexed_texts():
    """(page key, text) of every live original page the site search indexes, and of every category and
    village name in every language."""
    for searchable in searchable_types():
        pages = searchable.get_model().objects.live().filter(alias_of__isnull=True).order_by("pk")
        for page in pages.iterator(chunk_size=500):
            for text, _weight in searchable.texts(page):
                yield (searchable.get_model()._meta.label, page.pk), text
    for model in (Category, Village):
        for pk, name in model.objects.values_list("pk", "name"):
            yield (model._meta.label, pk), name


def rebuild():
    """Replace the vocabulary with the words of everything the site search indexes; returns its size."""
    entries = defaultdict(lambda: defaultdict(Counter))
    documents = defaultdict(set)
    for page_key, text in indexed_texts():
        for term, forms in _entries([text]).items():
            documents[term].add(page_key)
            for script, counter in forms.items():
                entries[term][script].update(counter)
    rows = [_term_row(term, forms, len(documents[term])) for term, forms in entries.items()]
    with transaction.atomic():
        SearchTerm.objects.all().delete()
        SearchTerm.objects.bulk_create(rows, batch_size=500)
    bump_generation()
    return len(rows)


def known_words(words):
    """For each word (a tuple of its query terms), whether some vocabulary term starts with one of them.

    One query for all the words, kept across requests until the vocabulary (or anything else) changes.
    """
    return cached_fragment("known-words", [repr(words)], lambda: _count_known(words))


def _count_known(words):
    checks = {}
    for number, terms in enumerate(words):
        if all(term.isdigit() for term in terms):
            continue
        condition = Q()
        for term in terms:
            condition |= Q(term__startswith=term)
        checks[f"word{number}"] = Count("pk", filter=condition)
    counts = SearchTerm.objects.aggregate(**checks) if checks else {}
    return [counts.get(f"word{number}", 1) > 0 for number in range(len(words))]


def nearest_terms(folded, max_typos, limit=3, loose=False):
    """Vocabulary terms at most `max_typos` edits away from `folded`, nearest and commonest first.

    On PostgreSQL the candidates come from the trigram index. A `loose` look-up (for "did you mean",
    after a search found nothing) compares every term of a similar length instead, on both databases,
    since words two edits away may share no trigram; it keeps the first letter (else "bananas" would
    suggest "manana").
    """
    if max_typos < 1 or not folded:
        return []
    terms = SearchTerm.objects.filter(term__startswith=folded[0]) if loose else SearchTerm.objects.all()
    fields = ("term", "documents", "example_ka", "example_ru", "example_latin")
    if connection.vendor == "postgresql" and not loose:
        candidates = _similar_terms(terms.only(*fields), folded)
    else:
        candidates = terms.filter(length__range=(len(folded) - max_typos, len(folded) + max_typos)).only(*fields)
    scored = []
    for term in candidates:
        distance = edit_distance(folded, term.term, max_typos)
        if distance <= max_typos:
            scored.append((distance, -term.documents, term.term, term))
    scored.sort(key=lambda item: item[:3])
    return [term for *_order, term in scored[:limit]]


def _similar_terms(terms, folded):
    """The terms nearest to `folded` by trigrams (PostgreSQL): a nearest-neighbour search on the trigram
    index, with no similarity threshold to tune."""
    from django.contrib.postgres.search import TrigramDistance

    return terms.annotate(distance=TrigramDistance("term", folded)).order_by("distance")[:TRIGRAM_CANDIDATES]


def edit_distance(first, second, limit):
    """Edits (insert, delete, replace, swap two neighbours) from one word to the other; limit + 1 when more."""
    if abs(len(first) - len(second)) > limit:
        return limit + 1
    previous_previous, previous = None, list(range(len(second) + 1))
    for i, first_char in enumerate(first, 1):
        current = [i] + [0] * len(second)
        for j, second_char in enumerate(second, 1):
            cost = first_char != second_char
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if (
                previous_previous is not None
                and j > 1
                and first_char == second[j - 2]
                and first[i - 2] == second_char
            ):
                current[j] = min(current[j], previous_previous[j - 2] + 1)
        if min(current) > limit:
            return limit + 1
        previous_previous, previous = previous, current
    return previous[-1]
