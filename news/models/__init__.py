"""News, topics and the development plan; split by concern, imported here for Django and for callers."""

from .pages import NewsIndexPage, NewsPage, NewsPageRelatedPage, NewsPageTopic
from .plan import DevelopmentPlanPage
from .plan_data import BudgetSource, BuildingBlock, IndicatorUnit, PlanBudgetLine, PlanIndicator
from .snippets import NewsTopic, PlanAction, PlanActionStatus, PlanGoal

__all__ = [
    "BudgetSource",
    "BuildingBlock",
    "DevelopmentPlanPage",
    "IndicatorUnit",
    "NewsIndexPage",
    "NewsPage",
    "NewsPageRelatedPage",
    "NewsPageTopic",
    "NewsTopic",
    "PlanAction",
    "PlanActionStatus",
    "PlanBudgetLine",
    "PlanGoal",
    "PlanIndicator",
]
