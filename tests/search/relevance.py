"""The relevance set (relevance.json) run against the search page: which queries find their listings."""

import json
from pathlib import Path

from wagtail.models import Page

from tests.context import drawn

RELEVANCE_FILE = Path(__file__).with_name("relevance.json")


def load_cases():
    data = json.loads(RELEVANCE_FILE.read_text(encoding="utf-8"))
    return data["top"], data["cases"]


def found_pages(response):
    """The pages of a results page, in the order shown (products come as rendered cards)."""
    ids = [pk for section in drawn(response, "sections") or [] for pk in section.ids]
    pages = Page.objects.in_bulk(ids)
    return [pages[pk].specific for pk in ids if pk in pages]


def top_slugs(client, language, query, top):
    """Slugs of the first `top` results of /<language>/search/?q=query, in the order shown."""
    response = client.get(f"/{language}/search/", {"q": query})
    assert response.status_code == 200, (language, query, response.status_code)
    slugs = [page.slug for page in found_pages(response)]
    return slugs[:top]


def evaluate(client):
    """(hits, misses): each miss with the slugs that were found instead."""
    top, cases = load_cases()
    hits, misses = [], []
    for case in cases:
        found = top_slugs(client, case["language"], case["query"], top)
        check = all if case["match"] == "all" else any
        if check(slug in found for slug in case["expect"]):
            hits.append(case)
        else:
            misses.append((case, found))
    return hits, misses
