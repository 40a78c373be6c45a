"""Admin screens for news topics and the development plan's goals and actions; news in the site search."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from core.site_search import SEARCH_TYPE_HOOK
from news.models import NewsTopic, PlanAction, PlanGoal
from news.search import NewsSearch


class NewsTopicViewSet(SnippetViewSet):
    model = NewsTopic
    icon = "tag"
    menu_label = _("News topics")
    list_display = ["name", "slug", "locale"]
    search_fields = ["name"]


class PlanGoalViewSet(SnippetViewSet):
    model = PlanGoal
    icon = "pick"
    menu_label = _("Plan goals")
    list_display = ["title", "sort_order", "locale"]
    ordering = ["sort_order", "pk"]


class PlanActionViewSet(SnippetViewSet):
    model = PlanAction
    icon = "list-ul"
    menu_label = _("Plan actions")
    list_display = ["title", "goal", "status", "start_date", "end_date", "locale"]
    list_filter = ["status", "goal"]
    search_fields = ["title", "description"]
    ordering = ["sort_order", "start_date", "pk"]


class NewsAndPlanGroup(SnippetViewSetGroup):
    items = (NewsTopicViewSet, PlanGoalViewSet, PlanActionViewSet)
    menu_icon = "calendar-alt"
    menu_label = _("News and plan")
    menu_name = "news-and-plan"


register_snippet(NewsAndPlanGroup)


@hooks.register(SEARCH_TYPE_HOOK)
def register_news_in_site_search():
    return NewsSearch()
