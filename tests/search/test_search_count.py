"""Searches are counted by the results page in the browser (js/search-count.js → POST /search-count/), so a
page served from a cache counts as well; the search page itself writes nothing."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.contrib.search_promotions.models import Query

from search.models import UnansweredQuery

from .conftest import COUNT_MARK


def test_the_first_page_of_results_carries_what_the_browser_counts(search, add_products):
    found = COUNT_MARK.search(search("en", "Honey").content.decode())
    assert found[1] == "/search-count/" and found[2] == "Honey" and found[3] == "1"
    nothing = COUNT_MARK.search(search("ru", "бананы").content.decode())
    assert nothing[2] == "бананы" and nothing[3] == "0"
    add_products(25)
    assert COUNT_MARK.search(search("ka", "მაწონი").content.decode())
    second_page = search("ka", "მაწონი", page="2")
    assert second_page.context["page_obj"].number == 2
    assert COUNT_MARK.search(second_page.content.decode()) is None  # a search counts once, on its first page
    assert 'src="/static/js/search-count.js"' in search("en", "Honey").content.decode()


def test_showing_results_writes_nothing_to_the_database(search):
    search("en", "Honey")
    with CaptureQueriesContext(connection) as queries:
        search("en", "Honey")
    assert not [query for query in queries.captured_queries if not query["sql"].lstrip().startswith("SELECT")]
    assert not Query.objects.filter(query_string="honey").exists()


def test_a_page_served_by_the_page_cache_is_counted_each_time(client, settings, search):
    settings.PAGE_CACHE_SECONDS = 600
    search("en", "Honey", counted=True)
    assert search("en", "Honey", counted=True)["X-Cache"] == "HIT"
    assert Query.objects.get(query_string="honey").hits == 2


def test_a_search_without_results_is_counted_in_its_language(client):
    assert client.post("/search-count/", {"q": " Бананы ", "language": "ru", "found": "0"}).status_code == 204
    assert UnansweredQuery.objects.get(query_string="бананы", language="ru").hits == 1
    assert Query.objects.get(query_string="бананы").hits == 1


@pytest.mark.parametrize(
    "data",
    [
        {"q": "honey", "language": "de", "found": "1"},
        {"q": "honey", "found": "1"},
        {"q": "   ", "language": "en", "found": "1"},
        {"q": "honey", "language": "en", "found": "yes"},
        {},
    ],
)
def test_junk_is_refused_and_counts_nothing(client, data):
    response = client.post("/search-count/", data)
    assert response.status_code == 400
    assert {"private", "no-store"} <= {part.strip() for part in response["Cache-Control"].split(",")}
    assert not Query.objects.filter(query_string="honey").exists()


def test_only_posts_are_counted(client):
    assert client.get("/search-count/", {"q": "honey", "language": "en", "found": "1"}).status_code == 405


def test_one_client_cannot_flood_the_reports(client, settings):
    settings.SEARCH_COUNTS_PER_CLIENT_PER_HOUR = 2
    answers = [client.post("/search-count/", {"q": "honey", "language": "en", "found": "1"}).status_code
               for _ in range(3)]
    assert answers == [204, 204, 429]
    assert Query.objects.get(query_string="honey").hits == 2
