"""What every page needs (site, locales, menu, footer, language links, text language) is computed once and
kept across requests: a warm page spends its queries on its own content only."""

import pytest
from django.db import connection


def warm_queries(client, url):
    client.get(url)  # the first view fills the chrome cache and makes renditions
    queries = []
    with connection.execute_wrapper(lambda execute, sql, *args: (queries.append(sql), execute(sql, *args))[1]):
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


@pytest.mark.parametrize("code", ["ka", "en", "ru"])
def test_a_bare_standard_page_runs_at_most_six_queries(client, code):
    assert warm_queries(client, f"/{code}/konpidentsialurobis-politika/") <= 6


def page_urls():
    from news.models import NewsPage
    from products.models import FarmerPage, ProductPage

    def first(model):
        return model.objects.live().filter(locale__language_code="en", alias_of__isnull=True).first().get_url()

    return {
        "home": "/en/",
        "catalogue": "/en/produktebi/",
        "filtered catalogue": "/en/produktebi/?village=nikozi&sort=price_asc&in_season=1",
        "product": first(ProductPage),
        "farmer": first(FarmerPage),
        "farmers": "/en/permerebi/",
        "news index": "/en/siakhleebi/",
        "news post": first(NewsPage),
        "plan": "/en/ganvitarebis-gegma/",
        "sell form": "/en/gaqidva/",
        "standard page": "/en/chvens-shesakheb/",
        # Products, farmers and news all match: every section of the results page is shown.
        "search": "/en/search/?q=apples",
        "wanted": "/en/vqidulob/",
        "filtered wanted": "/en/vqidulob/?category=khili&village=nikozi",
        "wanted form": "/en/vqidulob/new/",
        "results": "/en/shedegebi/",
    }


@pytest.mark.parametrize(
    "page_type",
    ["home", "catalogue", "filtered catalogue", "product", "farmer", "farmers", "news index", "news post", "plan",
     "sell form", "standard page", "search", "wanted", "filtered wanted", "wanted form", "results"],
)
def test_every_page_type_stays_within_twelve_queries(client, page_type):
    assert warm_queries(client, page_urls()[page_type]) <= 12


def test_a_published_menu_change_shows_on_the_next_request(client):
    from wagtail.models import Page

    client.get("/en/konpidentsialurobis-politika/")
    about = Page.objects.get(url_path__endswith="/chvens-shesakheb/", locale__language_code="en").specific
    about.title = "Who we are"
    about.save_revision().publish()
    assert "Who we are" in client.get("/en/konpidentsialurobis-politika/").content.decode()
