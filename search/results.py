"""Running a search plan over the searchable page types of one language, a page of results at a time."""

from dataclasses import dataclass, field

from django.core.paginator import Paginator
from wagtail.search.backends import get_search_backend

from core.site_search import searchable_types
from products.catalogue import fetch_images


@dataclass
class Section:
    """The results of one page type on the current page of results (its heading is shown once)."""

    searchable: object
    items: list
    first: bool  # the type's results start on this page
    rendered: bool = False  # items are the cards' HTML (SearchableType.cards)
    ids: list = field(default_factory=list)  # the results' page ids, in order


class ResultChain:
    """Products, then farmers, then news, as one sequence Django's Paginator can page through.

    Counting costs a query per type; a page of results one query per type it reaches.
    """

    def __init__(self, parts):
        self.parts = parts
        self._counts = None

    def counts(self):
        if self._counts is None:
            self._counts = [results.count() for _searchable, results in self.parts]
        return self._counts

    def count(self):
        return sum(self.counts())

    def __len__(self):
        return self.count()

    def first(self, number):
        """The first `number` results without counting them (for suggestions)."""
        found = []
        for _searchable, results in self.parts:
            if len(found) >= number:
                break
            found.extend(results[: number - len(found)])
        return found

    def __getitem__(self, window):
        start, stop = window.start or 0, window.stop
        sections, offset = [], 0
        for (searchable, results), total in zip(self.parts, self.counts(), strict=True):
            low, high = max(start - offset, 0), min(stop - offset, total)
            if low < high:
                sections.append(Section(searchable, results[low:high], first=low == 0))
            offset += total
        return sections


def candidates(locale_id, filters, taxonomy):
    """For each searchable type the filters allow, its pages a visitor of this language may find."""
    found = []
    for searchable in searchable_types():
        pages = searchable.candidates(locale_id, filters, taxonomy)
        if pages is not None:
            found.append((searchable, searchable.get_model().objects.filter(pk__in=pages.values("pk"))))
    return found


def run(search_plan, candidate_pages, operator="and"):
    """The results of `search_plan` among `candidate_pages` (from `candidates()`), most relevant first
    within each type."""
    backend = get_search_backend()
    query = search_plan.as_query(operator)
    return ResultChain(
        [(searchable, backend.autocomplete(query, searchable.listing(pages))) for searchable, pages in candidate_pages]
    )


def page_of_results(search_plan, locale_id, filters, taxonomy, page_number, per_page):
    """One page of results as ids: (how many in all, the page's number, [(type name, ids, first)]).

    The full-text queries are a search's dearest part (~150 ms each at 10,000 offers): the view keeps this
    answer until something changes, and `sections()` turns it back into results in a query per type.
    """
    candidate_pages = candidates(locale_id, filters, taxonomy)
    found = run(search_plan, candidate_pages)
    if found.count() == 0 and len(search_plan.words) > 1:
        # No page has every word: show those with some of them, best matches first.
        found = run(search_plan, candidate_pages, operator="or")
    page_obj = Paginator(found, per_page).get_page(page_number)
    shown = [(part.searchable.name, [item.pk for item in part.items], part.first) for part in page_obj.object_list]
    return page_obj.paginator.count, page_obj.number, shown


def sections(shown, request, taxonomy):
    """The Sections of a page of results from `page_of_results()`'s ids, in their order."""
    by_name = {searchable.name: searchable for searchable in searchable_types()}
    found = []
    for name, ids, first in shown:
        searchable = by_name[name]
        cards = searchable.cards(ids, request, taxonomy)
        if cards is not None:
            found.append(Section(searchable, cards, first, rendered=True, ids=ids))
            continue
        items = searchable.listing(searchable.get_model().objects.filter(pk__in=ids)).in_bulk(ids)
        found.append(Section(searchable, [items[pk] for pk in ids if pk in items], first, ids=ids))
    return found


def prepare(sections, request, taxonomy):
    """Evaluate the sections of one page of results and give each result what its card shows; the
    images of every section come in one fetch."""
    loaded = [section for section in sections if not section.rendered]
    for section in loaded:
        section.items = list(section.items)
    images = fetch_images(
        image_id for section in loaded for image_id in section.searchable.image_ids(section.items)
    )
    for section in loaded:
        section.items = section.searchable.prepare(section.items, request, taxonomy, images)
    return sections

