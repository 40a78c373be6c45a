"""The news index (per language, with topics, a year archive and feeds) and the news post."""

from datetime import datetime, time

from django.core.paginator import Paginator
from django.db import models
from django.db.models import Exists, OuterRef, Prefetch
from django.http import Http404
from django.templatetags.static import static
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path
from wagtail.fields import StreamField
from wagtail.images import get_image_model
from wagtail.models import Orderable, Page, PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from core.page_cache import cached_fragment
from core.site_search import SiteSearchable
from core.slugs import AsciiSlugMixin
from core.text_language import OPEN_GRAPH_LOCALES, source_text_language, with_source_language
from news.blocks import NewsBodyBlock
from news.translations import localized_by_key
from products.catalogue import live_products, product_cards
from products.models import FarmerPage
from products.taxonomy import Taxonomy

from .snippets import NewsTopic, PlanAction

NEWS_PER_PAGE = 8
FEED_LENGTH = 20


class NewsPageQuerySet(PageQuerySet):
    def for_listing(self):
        """Live public news for cards, newest first: no body, hero images with their renditions.

        `source_language` names the language of an untranslated copy's text (None otherwise).
        """
        return (
            with_source_language(self.live().public().defer_streamfields())
            .prefetch_related(Prefetch("hero_image", queryset=get_image_model().objects.prefetch_renditions()))
            .order_by("-date", "-first_published_at", "-pk")
        )

    def with_topic(self, topic):
        """News filed under `topic`, whichever language version of it a page points at."""
        links = NewsPageTopic.objects.filter(page=OuterRef("pk"), topic__translation_key=topic.translation_key)
        return self.filter(Exists(links))


NewsPageManager = PageManager.from_queryset(NewsPageQuerySet)


def topics_by_key(language_code):
    """Every news topic in the visitor's language by translation key, kept across requests until something
    changes (the topics are a short list that changes rarely)."""
    return cached_fragment(
        "news-topics", [language_code], lambda: localized_by_key(NewsTopic.objects.all(), language_code)
    )


def attach_topics(news_items, language_code):
    """Give each news item a `topic_list` in the visitor's language (two queries for any number of items)."""
    news_items = list(news_items)
    links = list(
        NewsPageTopic.objects.filter(page__in=[item.pk for item in news_items])
        .order_by("sort_order")
        .values_list("page_id", "topic__translation_key")
    )
    topics = topics_by_key(language_code)
    by_page = {}
    for page_id, key in links:
        if key in topics:
            by_page.setdefault(page_id, []).append(topics[key])
    for item in news_items:
        item.topic_list = by_page.get(item.pk, [])
    return news_items


class NewsIndexPage(AsciiSlugMixin, RoutablePageMixin, Page):
    """The agency's news in one language: newest first, by topic or year, with RSS and Atom feeds."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    # The address is the same in every language: never sent to translators.
    override_translatable_fields = [SynchronizedField("slug", overridable=False)]

    search_fields = Page.search_fields + [index.SearchField("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["news.NewsPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("news index")
        verbose_name_plural = _("news indexes")

    def news(self):
        return NewsPage.objects.child_of(self).for_listing()

    def topics_in_use(self, language_code):
        """Topics of this index's live news, in the visitor's language, by name."""
        used = set(
            NewsPageTopic.objects.filter(page__in=NewsPage.objects.child_of(self).live()).values_list(
                "topic__translation_key", flat=True
            )
        )
        topics = [topic for key, topic in topics_by_key(language_code).items() if key in used]
        return sorted(topics, key=lambda topic: topic.name.casefold())

    def get_context(self, request, *args, year=None, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        language_code = get_language()
        news = self.news()
        years = [day.year for day in NewsPage.objects.child_of(self).live().public().dates("date", "year", "DESC")]
        if year is not None:
            if year not in years:
                raise Http404("No news in that year")
            news = news.filter(date__year=year)
        topics = self.topics_in_use(language_code)
        # Only a known slug filters; anything else is ignored, never an error.
        requested = request.GET.get("topic", "")[:80]
        topic = next((topic for topic in topics if topic.slug == requested), None)
        if topic is not None:
            news = news.with_topic(topic)
        news_page = Paginator(news, NEWS_PER_PAGE).get_page(request.GET.get("page"))
        news_page.object_list = attach_topics(news_page.object_list, language_code)
        context.update(
            news_page=news_page,
            topics=topics,
            selected_topic=topic,
            years=years,
            selected_year=year,
        )
        return context

    @path("")
    def news_list(self, request):
        return self.render(request)

    @re_path(r"^(?P<year>[0-9]{4})/$")
    def year_archive(self, request, year):
        return self.render(request, year=int(year))

    @path("feed/")
    def rss_feed(self, request):
        from news.feeds import NewsRssFeed

        return NewsRssFeed(self)(request)

    @path("feed/atom/")
    def atom_feed(self, request):
        from news.feeds import NewsAtomFeed

        return NewsAtomFeed(self)(request)

    def feed_items(self):
        """The latest news written in this index's language (untranslated copies left out), for the feeds."""
        return (
            NewsPage.objects.child_of(self)
            .live()
            .public()
            .filter(alias_of__isnull=True)
            .defer_streamfields()
            .order_by("-date", "-first_published_at", "-pk")[:FEED_LENGTH]
        )


class NewsPage(SiteSearchable, AsciiSlugMixin, Page):
    """One news post: a date, a short introduction, a hero photo, the story, its topics and links."""

    date = models.DateField(_("publication date"), default=timezone.localdate)
    intro = models.TextField(
        _("introduction"), max_length=400, help_text=_("One or two sentences shown on cards, in feeds and in search.")
    )
    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("main photo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    hero_caption = models.CharField(_("photo caption"), max_length=250, blank=True)
    body = StreamField(NewsBodyBlock(), verbose_name=_("story"), blank=True)
    plan_action = models.ForeignKey(
        "news.PlanAction",
        verbose_name=_("development plan action"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="news",
        help_text=_("The action of the development plan this post reports on, if any."),
    )

    objects = NewsPageManager()

    content_panels = Page.content_panels + [
        FieldPanel("date"),
        FieldPanel("intro"),
        MultiFieldPanel([FieldPanel("hero_image"), FieldPanel("hero_caption")], heading=_("Main photo")),
        FieldPanel("body"),
        InlinePanel("topic_links", label=_("Topics")),
        FieldPanel("plan_action"),
        InlinePanel("related_pages", label=_("Related products and farmers")),
    ]

    search_fields = Page.search_fields + [
        index.SearchField("intro"),
        index.SearchField("body"),
        index.FilterField("date"),
        index.AutocompleteField("site_search_text"),
    ]

    parent_page_types = ["news.NewsIndexPage"]
    subpage_types = []

    # The plan action is a fact: every language reports on the same action (wagtail-localize
    # would otherwise ask for the action's translation before publishing a translated post).
    override_translatable_fields = [SynchronizedField("slug", overridable=False), SynchronizedField("plan_action")]

    class Meta:
        verbose_name = _("news post")
        verbose_name_plural = _("news posts")

    @property
    def published_at(self):
        """The news date as a moment: the first publication when it fell on that day, else that day's noon.

        Noon in Tbilisi is the same calendar day in UTC, which is how feed readers show dates.
        """
        first = self.first_published_at
        if first is not None and timezone.localdate(first) == self.date:
            return first
        return datetime.combine(self.date, time(12), tzinfo=timezone.get_current_timezone())

    def get_context(self, request, *args, **kwargs):
        from .plan import DevelopmentPlanPage

        context = super().get_context(request, *args, **kwargs)
        language_code = get_language()
        index = self.get_parent()
        context["news_index"] = index
        context["topics"] = attach_topics([self], language_code)[0].topic_list
        context["related_products"], context["related_farmers"] = self.related_in(request, language_code)
        if self.plan_action_id:
            action_key = PlanAction.objects.filter(pk=self.plan_action_id).values("translation_key")
            versions = localized_by_key(PlanAction.objects.filter(translation_key__in=action_key), language_code)
            context["plan_action"] = next(iter(versions.values()), None)
            context["plan_page"] = (
                DevelopmentPlanPage.objects.live().public().filter(locale__language_code=language_code).first()
            )
        # An untranslated copy is written in its source's language and points search engines at the source.
        source_language = source_text_language(self)
        source = self
        if source_language:
            source = (
                Page.objects.filter(translation_key=self.translation_key, locale__language_code=source_language)
                .exclude(pk=self.pk)
                .first()
            ) or self
        context["text_language"] = source_language or language_code
        context["canonical_url"] = request.build_absolute_uri(source.get_url(request))
        image = self.hero_image.get_rendition("fill-1200x630|format-jpeg") if self.hero_image else None
        context["open_graph_image"] = image
        context["open_graph_image_url"] = request.build_absolute_uri(image.url) if image else ""
        context["open_graph_locale"] = OPEN_GRAPH_LOCALES.get(context["text_language"], context["text_language"])
        context["structured_data"] = self.structured_data(request, context)
        return context

    def related_in(self, request, language_code):
        """The products (as catalogue cards) and farmers this post is about, in the visitor's language.

        Links point at whichever language version an editor chose; the versions shown are
        this post's language's, found by translation key (untranslated copies included).
        """
        keys = list(self.related_pages.order_by("sort_order").values_list("related_page__translation_key", flat=True))
        if not keys:
            return [], []
        order = {key: position for position, key in enumerate(keys)}
        taxonomy = Taxonomy.for_request(request, language_code)
        found = live_products(self.locale_id).filter(translation_key__in=keys).values_list("translation_key", "pk")
        products = product_cards(request, taxonomy, [pk for _key, pk in sorted(found, key=lambda row: order[row[0]])])
        farmers = list(
            with_source_language(
                FarmerPage.objects.live().public().filter(locale_id=self.locale_id, translation_key__in=keys)
            ).only("id", "title", "path", "depth", "url_path", "translation_key", "village_id", "locale_id")
        )
        for farmer in farmers:
            farmer.village_term = taxonomy.village(farmer.village_id)
        return (
            products,
            sorted(farmers, key=lambda page: order[page.translation_key]),
        )

    def structured_data(self, request, context):
        """schema.org NewsArticle data, written by the `json_ld` tag."""
        url = context["canonical_url"]
        organisation = {"@type": "Organization", "name": str(_("Strategic Development Agency of Gori Municipality"))}
        data = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": self.title[:110],
            "description": self.intro,
            "datePublished": self.published_at.isoformat(),
            "dateModified": timezone.localtime(self.last_published_at or self.published_at).isoformat(),
            "inLanguage": context["text_language"],
            "mainEntityOfPage": {"@type": "WebPage", "@id": url},
            "url": url,
            "author": organisation,
            "publisher": {
                **organisation,
                "logo": {"@type": "ImageObject", "url": request.build_absolute_uri(static("img/favicon.svg"))},
            },
        }
        if context["open_graph_image_url"]:
            data["image"] = [context["open_graph_image_url"]]
        if context["topics"]:
            data["keywords"] = [topic.name for topic in context["topics"]]
        return data


class NewsPageTopic(Orderable):
    """A topic a news post is filed under (kept on the post, so every language shares the same topics)."""

    page = ParentalKey(NewsPage, on_delete=models.CASCADE, related_name="topic_links")
    topic = models.ForeignKey(NewsTopic, verbose_name=_("topic"), on_delete=models.CASCADE, related_name="+")

    panels = [FieldPanel("topic")]

    class Meta(Orderable.Meta):
        verbose_name = _("topic")
        verbose_name_plural = _("topics")


class NewsPageRelatedPage(Orderable):
    """A product or farmer a news post is about."""

    page = ParentalKey(NewsPage, on_delete=models.CASCADE, related_name="related_pages")
    related_page = models.ForeignKey(
        "wagtailcore.Page", verbose_name=_("page"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [PageChooserPanel("related_page", ["products.ProductPage", "products.FarmerPage"])]

    class Meta(Orderable.Meta):
        verbose_name = _("related product or farmer")
        verbose_name_plural = _("related products and farmers")

