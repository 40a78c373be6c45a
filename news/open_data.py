"""The development plan as open data: results as JSON shaped like IATI results, and indicators and budget as CSV.

JSON: plan → goals → actions → indicators → periods, each period with its target and what was measured
(IATI's result/indicator/period/target/actual), checked against `news/schemas/plan-results.schema.json`.
Texts are in the language of the address; codes, numbers and dates are the same in every language.
Every file carries the licence statement (settings.OPEN_DATA_LICENCE_NAME / _URL). The page cache keeps the
responses like pages and drops them on every change to the plan (core/page_cache.py, news/signals.py).
"""

import csv
import io
import json
from decimal import Decimal
from pathlib import Path

from django.conf import settings
from django.http import HttpResponse, JsonResponse
from django.utils import timezone
from django.utils.translation import get_language, gettext

from news.models.plan_data import INDICATOR_UNIT_CODES

SCHEMA_PATH = Path(__file__).resolve().parent / "schemas" / "plan-results.schema.json"
FORMAT = "agrofarm-plan-results/1.0"

INDICATOR_COLUMNS = [
    "goal_id", "goal", "action_id", "action", "action_status", "building_block", "indicator_id", "indicator",
    "unit", "baseline_date", "baseline_value", "target_date", "target_value", "period_start", "period_end",
    "actual_date", "actual_value", "actual_progress_percent", "indicator_status", "source",
]
BUDGET_COLUMNS = [
    "goal_id", "goal", "action_id", "action", "action_status", "building_block", "source", "planned_gel",
    "spent_gel",
]


def licence():
    """The licence of the plan's data, with a statement in the active language."""
    name, url = settings.OPEN_DATA_LICENCE_NAME, settings.OPEN_DATA_LICENCE_URL
    statement = gettext("Data: %(publisher)s. Licence: %(licence)s, %(url)s. Cite the source when you reuse it.") % {
        "publisher": publisher(),
        "licence": name,
        "url": url,
    }
    return {"name": name, "url": url, "statement": statement}


def licence_for_page():
    """The licence as the plan page shows it: its name, address and who to cite."""
    return {"name": settings.OPEN_DATA_LICENCE_NAME, "url": settings.OPEN_DATA_LICENCE_URL, "publisher": publisher()}


def publisher():
    return gettext("Strategic Development Agency of Gori Municipality")


def number(value):
    """A Decimal as a JSON number: whole numbers without a fraction."""
    if value is None:
        return None
    value = Decimal(value)
    return int(value) if value == value.to_integral_value() else float(value)


def _sections(page, request):
    language_code = get_language()
    rows = page.action_rows(request, language_code)
    return page.goal_sections(rows, language_code)


def _goal_id(section):
    return f"goal-{str(section.goal.translation_key)[:8]}" if section.goal else "goal-other"


def _indicator_id(item):
    return f"indicator-{str(item.facts.translation_key)[:8]}"


def _periods(item, request):
    """IATI periods: from the baseline (or the previous measurement) to each measurement, or one open period
    up to the target date before anything is measured."""
    facts = item.facts
    target = {"iso_date": facts.target_date.isoformat(), "value": number(facts.target_value)}
    if not item.measurements:
        return [{"period_start": facts.baseline_date.isoformat(), "period_end": facts.target_date.isoformat(),
                 "target": target, "actual": None}]
    periods, start = [], facts.baseline_date
    for measurement in item.measurements:
        periods.append({
            "period_start": start.isoformat(),
            "period_end": measurement.date.isoformat(),
            "target": target,
            "actual": {
                "iso_date": measurement.date.isoformat(),
                "value": number(measurement.value),
                "document_link": _document_link(measurement, request),
            },
        })
        start = measurement.date
    return periods


def _document_link(measurement, request):
    if measurement.document is not None:
        return {"url": request.build_absolute_uri(measurement.document.url), "title": measurement.document.title}
    if measurement.source_url:
        return {"url": measurement.source_url, "title": ""}
    return None


def _indicator(item, request):
    facts = item.facts
    return {
        "id": _indicator_id(item),
        "title": item.indicator.name,
        "measure": "percentage" if facts.unit == "percent" else "unit",
        "unit": facts.unit,
        "unit_code": INDICATOR_UNIT_CODES.get(facts.unit),
        "ascending": facts.target_value >= facts.baseline_value,
        "baseline": {
            "iso_date": facts.baseline_date.isoformat(),
            "year": facts.baseline_date.year,
            "value": number(facts.baseline_value),
        },
        "target": {"iso_date": facts.target_date.isoformat(), "value": number(facts.target_value)},
        "progress_percent": item.percent,
        "status": item.status,
        "periods": _periods(item, request),
    }


def _budget(budget):
    return {
        "currency": "GEL",
        "planned": number(budget.planned),
        "spent": number(budget.spent),
        "by_source": [
            {"source": amounts.source, "planned": number(amounts.planned), "spent": number(amounts.spent)}
            for amounts in budget.by_source
        ],
    }


def _action(row, page_url, request):
    action, facts = row.action, row.facts
    return {
        "id": facts.anchor,
        "url": f"{page_url}#{facts.anchor}",
        "title": action.title,
        "description": action.description,
        "status": facts.status,
        "building_block": facts.building_block or None,
        "responsible_body": action.responsible_body,
        "partners": row.partners,
        "start_date": facts.start_date.isoformat(),
        "end_date": facts.end_date.isoformat() if facts.end_date else None,
        "budget": _budget(row.progress.budget),
        "indicators": [_indicator(item, request) for item in row.progress.indicators],
    }


def plan_results(page, request):
    """The plan's goals, actions, indicators and budget as a JSON-ready dict in the active language."""
    page_url = request.build_absolute_uri(page.url)
    sections = _sections(page, request)
    return {
        "$schema": request.build_absolute_uri(page.url + page.reverse_subpage("plan_results_schema")),
        "format": FORMAT,
        "language": get_language(),
        "generated": timezone.localdate().isoformat(),
        "publisher": publisher(),
        "licence": licence(),
        "plan": {
            "title": page.title,
            "url": page_url,
            "currency": "GEL",
            "goals": [
                {
                    "id": _goal_id(section),
                    "title": section.goal.title if section.goal else gettext("Other actions"),
                    "description": section.goal.description if section.goal else "",
                    "budget": _budget(section.progress.budget),
                    "actions": [_action(row, page_url, request) for row in section.rows],
                }
                for section in sections
            ],
        },
    }


def results_json_response(page, request):
    response = JsonResponse(plan_results(page, request), json_dumps_params={"ensure_ascii": False, "indent": 1})
    _licence_header(response)
    return response


def _csv_response(rows, columns, filename):
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    # The licence first, as a comment line that spreadsheet users read and parsers skip (comment="#").
    writer.writerow([f"# {licence()['statement']}"])
    writer.writerow(columns)
    writer.writerows(rows)
    # A byte-order mark lets spreadsheet programs read Georgian and Russian as UTF-8.
    response = HttpResponse(("\ufeff" + buffer.getvalue()).encode("utf-8"), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}-{get_language()}.csv"'
    _licence_header(response)
    return response


def indicator_rows(page, request):
    """One row per indicator and period: what the plan set out to reach and what was measured."""
    for section in _sections(page, request):
        goal = [_goal_id(section), section.goal.title if section.goal else gettext("Other actions")]
        for row in section.rows:
            action = [row.facts.anchor, row.action.title, row.facts.status, row.facts.building_block]
            for item in row.progress.indicators:
                facts = item.facts
                for period in _periods(item, request):
                    actual = period["actual"] or {}
                    link = actual.get("document_link") or {}
                    yield goal + action + [
                        _indicator_id(item), item.indicator.name, facts.unit,
                        facts.baseline_date.isoformat(), number(facts.baseline_value),
                        facts.target_date.isoformat(), number(facts.target_value),
                        period["period_start"], period["period_end"],
                        actual.get("iso_date", ""), "" if not actual else actual["value"],
                        round(100 * item.share_of(Decimal(str(actual["value"])))) if actual else "",
                        item.status, link.get("url", ""),
                    ]


def budget_rows(page, request):
    """One row per action and source of money, in lari."""
    for section in _sections(page, request):
        goal = [_goal_id(section), section.goal.title if section.goal else gettext("Other actions")]
        for row in section.rows:
            action = [row.facts.anchor, row.action.title, row.facts.status, row.facts.building_block]
            for amounts in row.progress.budget.by_source:
                yield goal + action + [amounts.source, number(amounts.planned), number(amounts.spent)]


def indicators_csv_response(page, request):
    return _csv_response(list(indicator_rows(page, request)), INDICATOR_COLUMNS, "gori-plan-indicators")


def budget_csv_response(page, request):
    return _csv_response(list(budget_rows(page, request)), BUDGET_COLUMNS, "gori-plan-budget")


def schema():
    return json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))


def schema_response():
    return JsonResponse(schema(), content_type="application/schema+json", json_dumps_params={"indent": 1})


def _licence_header(response):
    response["Link"] = f'<{settings.OPEN_DATA_LICENCE_URL}>; rel="license"'
