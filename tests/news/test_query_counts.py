"""Pages cost the same number of queries whatever the amount of news, topics and actions."""

from datetime import date

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from news.models import PlanAction


def queries_for(client, url):
    client.get(url)  # first view makes image renditions; measure the next one
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    assert response.status_code == 200
    return len(context)


@pytest.mark.parametrize(
    "url",
    [
        "/en/siakhleebi/?topic=mosavali",
        "/en/siakhleebi/2024/?topic=mosavali",
        "/en/siakhleebi/feed/",
        "/en/siakhleebi/feed/atom/",
        "/en/",
    ],
)
def test_news_listings_cost_the_same_with_more_news(client, add_news, url):
    add_news("en", 1, topic_slug="mosavali")
    small = queries_for(client, url)
    add_news("en", 6, topic_slug="mosavali", first_day=date(2024, 3, 1), slug_prefix="more")
    large = queries_for(client, url)
    assert large == small


def test_plan_page_costs_the_same_with_more_linked_news(client, add_news):
    action = PlanAction.objects.get(locale__language_code="ka", sort_order=12)
    small = queries_for(client, "/en/ganvitarebis-gegma/")
    add_news("en", 5, plan_action=action)
    large = queries_for(client, "/en/ganvitarebis-gegma/")
    assert large == small


def test_news_page_query_budget(client, django_assert_max_num_queries):
    client.get("/en/siakhleebi/onlain-gaqidvebi/")
    with django_assert_max_num_queries(30):
        client.get("/en/siakhleebi/onlain-gaqidvebi/")
