"""How far the development plan has come, in numbers: indicator progress and money, per action, goal and plan.

Read in a fixed number of queries whatever the number of actions and indicators, and shared by the plan page,
its open-data downloads and the Results page's headline figures, so they can never disagree.

An indicator's *progress* is the share of the way from its baseline to its target that the latest measured
value has come (it works for indicators that should go down, too). It is *on track* when that share is at
least the share of the time that had passed on the day it was measured, less ON_TRACK_TOLERANCE; the time runs
from the action's start (or the baseline date, if later) to the target date. An indicator at or past its
target has *reached* it; one never measured is *not measured yet* and not on track.
"""

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation

from django.conf import settings
from django.utils import timezone
from django.utils.translation import pgettext_lazy
from wagtail.documents import get_document_model

from news.models.plan_data import INDICATOR_QUANTITY_FORMS, BudgetSource, PlanBudgetLine, PlanIndicator
from news.translations import versions_by_key
from products.pricing import format_money, format_number
from products.units import plural_count

ON_TRACK_TOLERANCE = 0.1
ZERO = Decimal(0)


class IndicatorStatus:
    REACHED = "reached"
    ON_TRACK = "on_track"
    BEHIND = "behind"
    NO_DATA = "no_data"

    LABELS = {
        REACHED: pgettext_lazy("indicator status", "Target reached"),
        ON_TRACK: pgettext_lazy("indicator status", "On track"),
        BEHIND: pgettext_lazy("indicator status", "Behind schedule"),
        NO_DATA: pgettext_lazy("indicator status", "Not measured yet"),
    }
    ON_TRACK_STATUSES = (REACHED, ON_TRACK)


def _decimal(value):
    try:
        return Decimal(str(value))
    except (InvalidOperation, TypeError, ValueError):
        return None


def _date(value):
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        return None


def quantity_text(value, unit):
    """A measured amount with its unit in the active language: "120 ჰა", "3 фермера", "1,200 farmers"."""
    written = format_number(value, cents=False)
    forms = INDICATOR_QUANTITY_FORMS.get(unit)
    if forms is None:
        return written
    return forms % {"count": plural_count(value), "quantity": written}


def _share(part, whole):
    return float(part / whole) if whole else None


def _percent(share):
    return None if share is None else round(100 * share)


def _bar(share):
    """A bar's width in a 0–100 viewBox: never below 0 or past the end, whatever the share."""
    return 0.0 if share is None else round(min(max(share, 0.0), 1.0) * 100, 2)


@dataclass
class Measurement:
    date: date
    value: Decimal
    document_id: int | None = None
    source_url: str = ""
    document: object = None

    @property
    def source_link(self):
        if self.document is not None:
            return self.document.url
        return self.source_url


def measurements_of(indicator):
    """The indicator's measured values, oldest first, read from the stored JSON (no query per document)."""
    result = []
    for block in indicator.actual_values.raw_data:
        value = block.get("value") or {}
        when, amount = _date(value.get("date")), _decimal(value.get("value"))
        if when is None or amount is None:
            continue
        result.append(Measurement(when, amount, value.get("document") or None, value.get("source_url") or ""))
    result.sort(key=lambda measurement: measurement.date)
    return result


@dataclass
class IndicatorProgress:
    """One indicator: its name in the visitor's language (`indicator`), its numbers from the source (`facts`)."""

    indicator: PlanIndicator
    facts: PlanIndicator
    measurements: list
    action_start: date | None = None

    @property
    def latest(self):
        return self.measurements[-1] if self.measurements else None

    @property
    def meter_id(self):
        return f"indicator-{str(self.facts.translation_key)[:8]}"

    def share_of(self, value):
        """The share of the way from baseline to target that `value` stands for."""
        distance = self.facts.target_value - self.facts.baseline_value
        if not distance:
            return 1.0 if value >= self.facts.target_value else 0.0
        return float((value - self.facts.baseline_value) / distance)

    @property
    def share(self):
        """The share of the way from baseline to target reached by the latest value (None before any value)."""
        return None if self.latest is None else self.share_of(self.latest.value)

    @property
    def expected_share(self):
        """The share of the time to the target that had passed when it was last measured (or today)."""
        start = max(self.facts.baseline_date, self.action_start or self.facts.baseline_date)
        end = self.facts.target_date
        when = self.latest.date if self.latest else timezone.localdate()
        if end <= start:
            return 1.0
        return min(max((when - start).days / (end - start).days, 0.0), 1.0)

    @property
    def status(self):
        share = self.share
        if share is None:
            return IndicatorStatus.NO_DATA
        if share >= 1:
            return IndicatorStatus.REACHED
        if share >= self.expected_share - ON_TRACK_TOLERANCE:
            return IndicatorStatus.ON_TRACK
        return IndicatorStatus.BEHIND

    @property
    def on_track(self):
        return self.status in IndicatorStatus.ON_TRACK_STATUSES

    @property
    def status_label(self):
        return IndicatorStatus.LABELS[self.status]

    @property
    def percent(self):
        return _percent(self.share)

    @property
    def bar_width(self):
        return _bar(self.share)

    @property
    def expected_x(self):
        return _bar(self.expected_share)

    @property
    def expected_percent(self):
        return _percent(self.expected_share)

    # The numbers as a sentence reads them, in the active language.
    def baseline_text(self):
        return quantity_text(self.facts.baseline_value, self.facts.unit)

    def target_text(self):
        return quantity_text(self.facts.target_value, self.facts.unit)

    def latest_text(self):
        return quantity_text(self.latest.value, self.facts.unit) if self.latest else ""


@dataclass
class BudgetAmounts:
    planned: Decimal = ZERO
    spent: Decimal = ZERO

    @property
    def share(self):
        return _share(self.spent, self.planned)

    @property
    def percent(self):
        return _percent(self.share)

    @property
    def bar_width(self):
        return _bar(self.share)

    def planned_text(self):
        return format_money(self.planned)

    def spent_text(self):
        return format_money(self.spent)


@dataclass
class SourceAmounts(BudgetAmounts):
    source: str = ""
    offset: float = 0.0
    width: float = 0.0

    @property
    def label(self):
        return BudgetSource(self.source).label


@dataclass
class Budget(BudgetAmounts):
    """Money planned and spent, in total and by source (sources in a fixed order, empty ones left out)."""

    sources: dict = field(default_factory=dict)

    def add(self, source, planned, spent):
        amounts = self.sources.setdefault(source, SourceAmounts(source=source))
        amounts.planned += planned
        amounts.spent += spent
        self.planned += planned
        self.spent += spent

    def merge(self, other):
        for amounts in other.sources.values():
            self.add(amounts.source, amounts.planned, amounts.spent)
        return self

    @property
    def by_source(self):
        """Sources in the order of BudgetSource, each with its segment of a bar of planned money."""
        result, offset = [], 0.0
        for source in BudgetSource.values:
            amounts = self.sources.get(source)
            if amounts is None:
                continue
            amounts.offset = round(offset, 2)
            amounts.width = round(100 * float(amounts.planned / self.planned), 2) if self.planned else 0.0
            offset += amounts.width
            result.append(amounts)
        return result


@dataclass
class Progress:
    """Indicators and money of a set of actions (an action, a goal, the plan)."""

    indicators: list = field(default_factory=list)
    budget: Budget = field(default_factory=Budget)

    @property
    def indicator_count(self):
        return len(self.indicators)

    @property
    def on_track_count(self):
        return sum(1 for item in self.indicators if item.on_track)

    @property
    def measured(self):
        return [item for item in self.indicators if item.share is not None]

    @property
    def average_share(self):
        """The mean progress of the measured indicators, each counted at most to its target."""
        measured = self.measured
        if not measured:
            return None
        return sum(min(max(item.share, 0.0), 1.0) for item in measured) / len(measured)

    @property
    def average_percent(self):
        return _percent(self.average_share)

    @property
    def average_bar_width(self):
        return _bar(self.average_share)

    def add(self, other):
        self.indicators.extend(other.indicators)
        self.budget.merge(other.budget)
        return self


def progress_by_action(source_actions, language_code):
    """Map each source-language action's pk to its Progress, names in `language_code`.

    Three queries (indicators in two languages, budget lines, the documents cited) for any number of actions.
    """
    action_ids = [action.pk for action in source_actions]
    starts = {action.pk: action.start_date for action in source_actions}
    result = {pk: Progress() for pk in action_ids}
    indicators = versions_by_key(PlanIndicator.objects.filter(action__translation_key__in=[
        action.translation_key for action in source_actions
    ]), language_code)
    rows = []
    for text, facts in indicators.values():
        if facts.action_id in result and facts.locale.language_code == settings.LANGUAGE_CODE:
            rows.append(IndicatorProgress(text, facts, measurements_of(facts), starts[facts.action_id]))
    rows.sort(key=lambda item: (item.facts.sort_order, item.facts.pk))
    _attach_documents(rows)
    for item in rows:
        result[item.facts.action_id].indicators.append(item)
    for line in PlanBudgetLine.objects.filter(action_id__in=action_ids).order_by("sort_order", "pk"):
        result[line.action_id].budget.add(line.source, line.planned, line.spent)
    return result


def _attach_documents(rows):
    ids = {measurement.document_id for item in rows for measurement in item.measurements if measurement.document_id}
    if not ids:
        return
    documents = get_document_model().objects.in_bulk(ids)
    for item in rows:
        for measurement in item.measurements:
            measurement.document = documents.get(measurement.document_id)
