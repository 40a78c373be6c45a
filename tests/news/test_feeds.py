import feedparser
import pytest

from .conftest import LANGUAGES

LATEST_TITLES = {
    "ka": "განვითარების გეგმა: რა გაკეთდა 2026 წელს",
    "en": "Development plan: what was done in 2026",
    "ru": "План развития: что сделано в 2026 году",
}
FEEDS = {"rss": "feed/", "atom": "feed/atom/"}


def read_feed(client, code, kind):
    response = client.get(f"/{code}/siakhleebi/{FEEDS[kind]}")
    assert response.status_code == 200
    return response, feedparser.parse(response.content)


@pytest.mark.parametrize("kind", FEEDS)
@pytest.mark.parametrize("code", LANGUAGES)
def test_feed_parses_with_every_post_in_the_feeds_language(client, code, kind):
    response, feed = read_feed(client, code, kind)
    assert not feed.bozo, feed.get("bozo_exception")
    assert feed.version == ("rss20" if kind == "rss" else "atom10")
    assert response["Content-Type"].startswith("application/rss+xml" if kind == "rss" else "application/atom+xml")
    assert feed.feed.language == code
    assert feed.feed.link == f"http://testserver/{code}/siakhleebi/"
    assert len(feed.entries) == 10
    latest = feed.entries[0]
    assert latest.title == LATEST_TITLES[code]
    assert latest.link == f"http://testserver/{code}/siakhleebi/gegmis-progresi-2026/"
    assert latest.published_parsed[:3] == (2026, 11, 16)
    assert latest.summary


def test_feed_entries_are_newest_first_with_absolute_links_and_topics(client):
    _response, feed = read_feed(client, "en", "atom")
    dates = [entry.published_parsed for entry in feed.entries]
    assert dates == sorted(dates, reverse=True)
    assert all(entry.link.startswith("http://testserver/en/siakhleebi/") for entry in feed.entries)
    assert all(entry.get("updated_parsed") for entry in feed.entries)
    harvest = next(entry for entry in feed.entries if "harvest" in entry.link or "vashlis" in entry.link)
    assert [tag.term for tag in harvest.tags] == ["Harvest"]
    assert feed.feed.author == "Strategic Development Agency of Gori Municipality"


def test_feed_leaves_out_untranslated_copies(client, news_index):
    from news.models import NewsPage

    post = NewsPage(title="მხოლოდ ქართულად", slug="mkholod-kartulad", intro="ტექსტი.")
    news_index("ka").add_child(instance=post)
    post.save_revision().publish()
    _response, georgian = read_feed(client, "ka", "rss")
    _response, english = read_feed(client, "en", "rss")
    assert georgian.entries[0].title == "მხოლოდ ქართულად"
    assert "მხოლოდ ქართულად" not in [entry.title for entry in english.entries]
