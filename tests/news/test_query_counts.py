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


def test_news_page_costs_the_same_with_more_topics_and_related_pages(client):
    from news.models import NewsPage, NewsPageRelatedPage, NewsPageTopic, NewsTopic
    from products.models import ProductPage

    url = "/en/siakhleebi/onlain-gaqidvebi/"
    small = queries_for(client, url)
    post = NewsPage.objects.get(slug="onlain-gaqidvebi", locale__language_code="en")
    post.topic_links = [NewsPageTopic(topic=topic) for topic in NewsTopic.objects.filter(locale__language_code="ka")]
    post.related_pages = [
        NewsPageRelatedPage(related_page=product)
        for product in ProductPage.objects.filter(locale__language_code="ka").order_by("pk")[:6]
    ]
    post.save_revision().publish()
    large = queries_for(client, url)
    assert large == small
