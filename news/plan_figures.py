"""The development plan's headline figures as plain numbers, for the public Results page and reports.

The same computation as the plan page and its downloads (news/plan_progress.py), so the numbers agree.
"""

from collections import Counter

from django.conf import settings
from django.utils import timezone
from django.utils.translation import get_language
from wagtail.models import Locale

from news.models import BudgetSource, PlanAction, PlanActionStatus
from news.plan_progress import IndicatorStatus, Progress, SourceAmounts, progress_by_action
from news.translations import versions_by_key


def plan_headline_figures(locale=None):
    """Actions by status, indicators on track out of all, and money planned and spent by source.

    `locale` is a wagtail Locale, a language code or None (the active language); it only decides which
    actions count when one exists in that language alone: the numbers come from the source-language facts.

    Returns::

        {
            "as_of": date,                        # today: "on track" is judged against the time passed
            "actions": {"total": 12, "by_status": {"done": 3, "in_progress": 4, "planned": 5}},
            "indicators": {
                "total": 17,
                "on_track": 10,                   # on track or target reached
                "by_status": {"reached": 2, "on_track": 8, "behind": 1, "no_data": 6},
                "average_progress_percent": 45,   # mean of the measured ones, each capped at 100; None if none
            },
            "budget": {
                "currency": "GEL",
                "planned": Decimal, "spent": Decimal,
                "spent_percent": 18,              # None when nothing is planned
                "by_source": {"municipal": {"planned": Decimal, "spent": Decimal}, "state": {...},
                              "donor": {...}, "private": {...}},   # every source, zeros included
            },
        }
    """
    if isinstance(locale, Locale):
        language_code = locale.language_code
    else:
        language_code = locale or get_language() or settings.LANGUAGE_CODE
    facts = [source for _text, source in versions_by_key(PlanAction.objects.all(), language_code).values()]
    progress = Progress()
    for action_progress in progress_by_action(facts, language_code).values():
        progress.add(action_progress)
    statuses = Counter(action.status for action in facts)
    indicator_statuses = Counter(item.status for item in progress.indicators)
    budget = progress.budget
    return {
        "as_of": timezone.localdate(),
        "actions": {
            "total": len(facts),
            "by_status": {status: statuses[status] for status in PlanActionStatus.values},
        },
        "indicators": {
            "total": progress.indicator_count,
            "on_track": progress.on_track_count,
            "by_status": {
                status: indicator_statuses[status]
                for status in (IndicatorStatus.REACHED, IndicatorStatus.ON_TRACK, IndicatorStatus.BEHIND,
                               IndicatorStatus.NO_DATA)
            },
            "average_progress_percent": progress.average_percent,
        },
        "budget": {
            "currency": "GEL",
            "planned": budget.planned,
            "spent": budget.spent,
            "spent_percent": budget.percent,
            "by_source": {
                source: {"planned": amounts.planned, "spent": amounts.spent}
                for source in BudgetSource.values
                for amounts in [budget.sources.get(source) or SourceAmounts(source=source)]
            },
        },
    }
