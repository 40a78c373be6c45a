"""The plan's headline figures on the Results page: its actions by status, and from news/ the indicators on
track and the budget spent (the same numbers as the plan page and its downloads)."""

from collections import Counter

from django.conf import settings

from news import plan_figures
from news.models import PlanAction, PlanActionStatus


def plan_headline_figures(language_code=None):
    """The plan's actions per status (done first) and their total; facts come from the source rows."""
    counts = Counter(
        PlanAction.objects.filter(locale__language_code=settings.LANGUAGE_CODE).values_list("status", flat=True)
    )
    statuses = [PlanActionStatus.DONE, PlanActionStatus.IN_PROGRESS, PlanActionStatus.PLANNED]
    total = sum(counts.values())
    progress = plan_figures.plan_headline_figures(language_code)
    return {
        "indicators": progress["indicators"],
        "budget": progress["budget"],
        "actions_total": total,
        "actions_by_status": [
            {"status": status.value, "label": str(status.label), "count": counts[status],
             "percent": round(100 * counts[status] / total) if total else 0}
            for status in statuses
        ],
    }
