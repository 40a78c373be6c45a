"""News, topics and the development plan; split by concern, imported here for Django and for callers."""

from .pages import NewsIndexPage, NewsPage, NewsPageRelatedPage, NewsPageTopic
from .plan import DevelopmentPlanPage
from .snippets import NewsTopic, PlanAction, PlanActionStatus, PlanGoal

__all__ = [
    "DevelopmentPlanPage",
    "NewsIndexPage",
    "NewsPage",
    "NewsPageRelatedPage",
    "NewsPageTopic",
    "NewsTopic",
    "PlanAction",
    "PlanActionStatus",
    "PlanGoal",
]
