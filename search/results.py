"""Running a search plan over the searchable page types of one language, a page of results at a time."""

from dataclasses import dataclass

from wagtail.search.backends import get_search_backend

from .documents import SEARCHABLE_TYPES


@dataclass
class Section:
    """The results of one page type on the current page of results (its heading is shown once)."""

    searchable: object
    items: list
    first: bool  # the type's results start on this page


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
    for searchable in SEARCHABLE_TYPES:
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


def prepare(sections, request, taxonomy):
    """Evaluate the sections of one page of results and give each result what its card shows."""
    for section in sections:
        section.items = section.searchable.prepare(list(section.items), request, taxonomy)
    return sections

