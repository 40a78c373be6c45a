"""RSS and Atom feeds of one language's news index (served by the index page's routes)."""

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.translation import gettext as _

from news.models.pages import attach_topics


class NewsRssFeed(Feed):
    """The latest news of a news index, as RSS 2.0, in the index's language."""

    feed_type = Rss201rev2Feed

    def __init__(self, index):
        super().__init__()
        self.index = index
        self.language = index.locale.language_code

    def get_object(self, request, *args, **kwargs):
        self.request = request
        return self.index

    def title(self, index):
        return f"{index.title} · Agrofarm"

    def link(self, index):
        return index.get_url(self.request)

    def description(self, index):
        return index.intro or _("News from the Strategic Development Agency of Gori Municipality.")

    def author_name(self, index):
        return _("Strategic Development Agency of Gori Municipality")

    def items(self, index):
        return attach_topics(index.feed_items(), self.language)

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.intro

    def item_link(self, item):
        return item.get_url(self.request)

    def item_pubdate(self, item):
        return item.published_at

    def item_updateddate(self, item):
        return item.last_published_at or item.published_at

    def item_categories(self, item):
        return [topic.name for topic in item.topic_list]


class NewsAtomFeed(NewsRssFeed):
    """The same news as Atom 1.0."""

    feed_type = Atom1Feed

    def subtitle(self, index):
        return self.description(index)
