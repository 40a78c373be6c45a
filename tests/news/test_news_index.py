import re
from html import unescape

import pytest
from wagtail.models import Page

from news.models import NewsPage

from .conftest import LANGUAGES

FIRST_PAGE_TITLES = {
    "ka": "განვითარების გეგმა: რა გაკეთდა 2026 წელს",
    "en": "Development plan: what was done in 2026",
    "ru": "План развития: что сделано в 2026 году",
}
OLDEST_TITLES = {
    "ka": "გორის საკრებულომ ადგილობრივი ეკონომიკური განვითარების გეგმა დაამტკიცა",
    "en": "Gori Municipal Council adopts the Local Economic Development Plan",
    "ru": "Горийское сакребуло утвердило План местного экономического развития",
}
TOPIC_NAMES = {
    "ka": ("ტრენინგები", "მოსავალი"),
    "en": ("Training", "Harvest"),
    "ru": ("Обучение", "Урожай"),
}


def card_titles(html):
    return [unescape(title) for title in re.findall(r'<h3(?: lang="\w+")?><a href="[^"]+">([^<]+)</a></h3>', html)]


@pytest.mark.parametrize("code", LANGUAGES)
def test_news_index_lists_the_demo_news_in_each_language(client, code):
    response = client.get(f"/{code}/siakhleebi/")
    html = response.content.decode()
    assert response.status_code == 200
    assert f'<html lang="{code}">' in html
    titles = card_titles(html)
    assert titles[0] == FIRST_PAGE_TITLES[code]
    assert len(titles) == 8  # the first page of ten
    second = card_titles(client.get(f"/{code}/siakhleebi/?page=2").content.decode())
    assert OLDEST_TITLES[code] in second
    assert len(second) == 2


def test_news_cards_show_photos_dates_and_topics_in_the_visitors_language(client):
    html = client.get("/ru/siakhleebi/").content.decode()
    cards = [card.split("</article>")[0] for card in html.split('<article class="card news-card">')[1:]]
    first_card = cards[0]
    assert "<picture>" in first_card and 'loading="eager"' in first_card and 'fetchpriority="high"' in first_card
    assert all('loading="lazy"' in card and "fetchpriority" not in card for card in cards[1:] if "<picture>" in card)
    assert '<time datetime="2026-11-16">' in first_card
    assert '<li class="badge">План развития</li>' in first_card


@pytest.mark.parametrize("bad_page", ["abc", "0", "-1", "999", "1e9", "%00", "9" * 500])
def test_any_page_number_answers_with_a_page_of_news(client, bad_page):
    response = client.get("/en/siakhleebi/", {"page": bad_page})
    assert response.status_code == 200
    assert card_titles(response.content.decode())


def test_pagination_links_keep_the_topic_filter(client, add_news):
    add_news("en", 9, topic_slug="treningebi")
    html = client.get("/en/siakhleebi/?topic=treningebi").content.decode()
    assert 'href="?topic=treningebi&amp;page=2" rel="next"' in html
    second = client.get("/en/siakhleebi/?topic=treningebi&page=2").content.decode()
    assert "Free organic farming training in Karaleti and Mejvriskhevi" not in card_titles(second)
    assert len(card_titles(second)) == 12 - 8


@pytest.mark.parametrize("code", LANGUAGES)
def test_topic_filter_shows_topics_in_the_visitors_language_and_filters(client, code):
    training, harvest = TOPIC_NAMES[code]
    everything = client.get(f"/{code}/siakhleebi/").content.decode()
    assert f'?topic=treningebi">{training}</a>' in everything
    assert f'?topic=mosavali">{harvest}</a>' in everything
    html = client.get(f"/{code}/siakhleebi/", {"topic": "mosavali"}).content.decode()
    titles = card_titles(html)
    assert len(titles) == 1
    assert re.search(r'\?topic=mosavali" aria-current="true">', html)
    training_titles = card_titles(client.get(f"/{code}/siakhleebi/", {"topic": "treningebi"}).content.decode())
    assert len(training_titles) == 3


def test_english_topic_filter_heading_names_the_topic(client):
    html = client.get("/en/siakhleebi/?topic=mosavali").content.decode()
    assert "News about “Harvest”" in html
    assert card_titles(html) == ["Apple harvest in Gori's villages: a good year and steady prices"]


@pytest.mark.parametrize(
    "topic", ["no-such-topic", "<script>alert(1)</script>", "x" * 10_000, "", "'; DROP TABLE x;--"]
)
def test_unknown_topics_are_ignored(client, topic):
    response = client.get("/en/siakhleebi/", {"topic": topic})
    html = response.content.decode()
    assert response.status_code == 200
    assert len(card_titles(html)) == 8
    assert "<script>alert(1)</script>" not in html


@pytest.mark.parametrize("code", LANGUAGES)
def test_year_archive_lists_the_news_of_that_year(client, code):
    response = client.get(f"/{code}/siakhleebi/2025/")
    titles = card_titles(response.content.decode())
    assert response.status_code == 200
    assert len(titles) == 2
    assert OLDEST_TITLES[code] in titles
    assert len(card_titles(client.get(f"/{code}/siakhleebi/2026/").content.decode())) == 8


def test_year_archive_combines_with_the_topic_filter(client):
    html = client.get("/en/siakhleebi/2025/?topic=inprastruktura").content.decode()
    assert card_titles(html) == ["Study begins: how much cold storage do Gori's orchards need?"]
    assert "News about “Infrastructure” from 2025" in html


def test_index_lists_years_with_news_newest_first(client):
    html = client.get("/en/siakhleebi/").content.decode()
    years = re.findall(r'href="/en/siakhleebi/(\d{4})/"', html)
    assert years == ["2026", "2025"]


@pytest.mark.parametrize("path", ["1999/", "0000/", "99999/", "-1/", "2026/extra/", "feed/nope/", "abc/"])
def test_paths_that_name_nothing_are_not_found(client, path):
    assert client.get(f"/en/siakhleebi/{path}").status_code == 404


def test_index_links_its_feeds_in_the_head(client):
    head = client.get("/ru/siakhleebi/").content.decode().split("</head>")[0]
    assert '<link rel="alternate" type="application/rss+xml"' in head
    assert 'href="/ru/siakhleebi/feed/"' in head
    assert '<link rel="alternate" type="application/atom+xml"' in head
    assert 'href="/ru/siakhleebi/feed/atom/"' in head


def test_untranslated_news_is_listed_in_its_original_language_with_lang(client, news_index):
    source = news_index("ka")
    post = NewsPage(title="ახალი სიახლე ქართულად", slug="akhali-siakhle", intro="მხოლოდ ქართულად დაწერილი.")
    source.add_child(instance=post)
    post.save_revision().publish()
    assert Page.objects.filter(alias_of=post, locale__language_code="en").exists()
    html = client.get("/en/siakhleebi/").content.decode()
    assert '<h3 lang="ka"><a href="/en/siakhleebi/akhali-siakhle/">ახალი სიახლე ქართულად</a></h3>' in html
    assert '<p lang="ka">მხოლოდ ქართულად დაწერილი.</p>' in html


def test_a_filter_with_no_news_says_so_and_offers_all_news(client):
    html = client.get("/en/siakhleebi/2025/?topic=mosavali").content.decode()
    assert card_titles(html) == []
    assert "No news matches this choice." in html
    assert '<a href="/en/siakhleebi/">Show all news</a>' in html
