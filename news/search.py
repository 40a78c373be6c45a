"""What the news app contributes to the site search: news posts (registered in wagtail_hooks.py)."""

from django.utils.translation import gettext_lazy as _

from core.site_search import TEXT_WEIGHT, TITLE_WEIGHT, SearchableType, plain_text
from core.text_language import with_source_language

from .models import NewsPage, NewsPageTopic
from .models.pages import attach_topics


class NewsSearch(SearchableType):
    model = NewsPage
    template = "includes/news_card.html"
    name = "news"
    label = _("News")
    order = 300

    def texts(self, page):
        body = page._meta.get_field("body").get_searchable_content(page.body)
        topics = NewsPageTopic.objects.filter(page=page).values_list("topic__name", flat=True)
        return [
            (page.title, TITLE_WEIGHT),
            (page.intro, TEXT_WEIGHT),
            (" ".join(plain_text(text) for text in body), TEXT_WEIGHT),
            (" ".join(topics), TEXT_WEIGHT),
        ]

    def candidates(self, locale_id, filters, taxonomy):
        if filters:
            return None
        return NewsPage.objects.live().public().filter(locale_id=locale_id)

    def listing(self, queryset):
        return with_source_language(queryset.defer_streamfields())

    def image_ids(self, items):
        return [news.hero_image_id for news in items]

    def prepare(self, items, request, taxonomy, images):
        items = attach_topics(items, taxonomy.language)
        for news in items:
            news.hero_image = images.get(news.hero_image_id)
        return items
