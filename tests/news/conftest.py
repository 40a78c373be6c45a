"""Fixtures for the news tests: the demo's news index per language, and a way to add more posts."""

from datetime import date, timedelta

import pytest
from wagtail.images import get_image_model
from wagtail.models import Page

from news.models import NewsIndexPage, NewsPage, NewsPageTopic, NewsTopic

LANGUAGES = ("ka", "en", "ru")


@pytest.fixture
def news_index():
    """The news index of a language, by code."""

    def find(code):
        return NewsIndexPage.objects.get(locale__language_code=code, slug="siakhleebi")

    return find


@pytest.fixture
def add_news(news_index):
    """Publish `count` more posts straight in one language's index, with photos and optional topics."""

    def add(code, count, topic_slug=None, plan_action=None, first_day=date(2024, 1, 1), slug_prefix="extra-post"):
        index = news_index(code)
        images = list(get_image_model().objects.filter(title__startswith="News: ").order_by("pk"))
        topic = NewsTopic.objects.get(slug=topic_slug, locale__language_code="ka") if topic_slug else None
        posts = []
        for number in range(count):
            post = NewsPage(
                title=f"Extra post {number} ({code})",
                slug=f"{slug_prefix}-{code}-{number}",
                date=first_day + timedelta(days=number),
                intro=f"Extra post number {number} for the query budget.",
                hero_image=images[number % len(images)],
                plan_action=plan_action,
            )
            if topic is not None:
                post.topic_links = [NewsPageTopic(topic=topic)]
            index.add_child(instance=post)
            post.save_revision().publish()
            posts.append(post)
        return posts

    return add


def live_news(code):
    return NewsPage.objects.live().filter(locale__language_code=code)


def page_url(slug, code):
    return Page.objects.get(slug=slug, locale__language_code=code).url
