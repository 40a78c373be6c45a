"""Every page type and slugged snippet gets an ASCII slug romanised from its Georgian title."""

import pytest
from wagtail.models import Locale, Page

from home.models import StandardPage
from news.models import NewsIndexPage, NewsPage, NewsTopic


def georgian_home():
    return Page.objects.get(depth=2, locale__language_code="ka")


@pytest.mark.parametrize(
    ("make", "expected"),
    [
        (lambda: georgian_home().add_child(instance=StandardPage(title="ჩვენი ბაღები")), "chveni-baghebi"),
        (
            lambda: NewsIndexPage.objects.get(locale__language_code="ka").add_child(
                instance=NewsPage(title="ქართლის ვაშლი", intro="მოკლედ")
            ),
            "kartlis-vashli",
        ),
    ],
)
def test_a_page_titled_in_georgian_gets_the_romanised_slug(make, expected):
    assert make().slug == expected


def test_a_georgian_slug_typed_by_hand_is_romanised_and_an_ascii_one_kept():
    home = georgian_home()
    typed = home.add_child(instance=StandardPage(title="ბაღი", slug="ბაღი"))
    kept = home.add_child(instance=StandardPage(title="ბაღი", slug="our-garden"))
    assert (typed.slug, kept.slug) == ("baghi", "our-garden")


def test_a_news_topic_with_a_georgian_slug_gets_one_romanised_from_its_name():
    topic = NewsTopic(name="ყურძნის რთველი", slug="რთველი", locale=Locale.objects.get(language_code="ka"))
    topic.save()
    topic.refresh_from_db()
    assert topic.slug == "qurdznis-rtveli"
