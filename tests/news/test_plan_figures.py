"""The plan's indicators and money: the bars and numbers on the plan page in three languages, the open-data
downloads (JSON valid against the shipped schema, CSV, licence) and the headline figures for the Results page."""

import csv
import io
import json
import re
from datetime import date
from decimal import Decimal
from html import unescape

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from jsonschema import Draft202012Validator

from core import page_cache
from news.demo import texts
from news.models import PlanAction, PlanBudgetLine, PlanIndicator
from news.open_data import SCHEMA_PATH
from news.plan_figures import plan_headline_figures

from .conftest import LANGUAGES

PLAN = "/{code}/ganvitarebis-gegma/"
MARKETPLACE = {
    "ka": "ფერმერები, რომელთაც Agrofarm-ზე განცხადება აქვთ",
    "en": "Farmers with a listing on Agrofarm",
    "ru": "Фермеры с объявлением на Agrofarm",
}
MEASURED = {"ka": "გაზომილი: 162 ფერმერი", "en": "Measured: 162 farmers", "ru": "Измерено: 162 фермера"}
BUDGET_TITLE = {"ka": "ათვისებული ბიუჯეტი", "en": "Budget spent", "ru": "Освоение бюджета"}


def html_of(client, code):
    return unescape(client.get(PLAN.format(code=code)).content.decode())


def indicator_item(html, name):
    items = re.findall(r'<li class="indicator indicator--(\w+)">(.*?)</li>', html, re.S)
    return next((status, body) for status, body in items if name in body)


def demo_totals():
    planned, spent = Decimal(0), Decimal(0)
    for figures in texts.PLAN_FIGURES.values():
        for _source, line_planned, line_spent in figures["budget"]:
            planned += line_planned
            spent += line_spent
    return planned, spent


@pytest.mark.parametrize("code", LANGUAGES)
def test_indicator_bar_shows_the_way_from_baseline_to_target_in_each_language(client, code):
    status, item = indicator_item(html_of(client, code), MARKETPLACE[code])
    # 162 of 400 farmers from a baseline of 0: 40.5 % of the bar, 40 % in words.
    assert status == "on_track"
    assert '<rect class="meter__bar" x="0" y="0" width="40.50" height="6"/>' in item
    assert ": 40%</span>" in item
    assert MEASURED[code] in item
    svg = item.split("<svg")[1].split("</svg>")[0]
    assert 'role="img"' in svg and 'viewBox="0 0 100 6"' in svg and "style=" not in svg
    assert re.search(rf'<title id="indicator-\w+-title">{MARKETPLACE[code]}</title>', svg)
    assert "<desc id=" in svg


def test_indicator_going_back_below_baseline_draws_an_empty_bar_and_is_behind(client):
    indicator = PlanIndicator.objects.get(locale__language_code="ka", name=MARKETPLACE["ka"])
    indicator.actual_values = [("value", {"date": date(2026, 10, 31), "value": Decimal(-10)})]
    indicator.save()
    status, item = indicator_item(html_of(client, "en"), MARKETPLACE["en"])
    assert status == "behind"
    assert 'class="meter__bar" x="0" y="0" width="0.00"' in item


def test_action_budget_shows_spent_against_planned_by_source(client):
    html = html_of(client, "en")
    article = next(a for a in html.split("<article")[1:] if "Create the Agrofarm digital marketplace" in a)
    budget = article.split('class="plan-action__budget"')[1]
    # 18,000 + 41,350 spent of 18,000 + 42,000 planned.
    assert "₾59,350 spent of ₾60,000 planned (99%)." in budget
    assert 'width="98.92"' in budget
    assert "Municipal budget: ₾18,000 spent of ₾18,000" in budget
    assert "Donors: ₾41,350 spent of ₾42,000" in budget


@pytest.mark.parametrize("code", LANGUAGES)
def test_plan_summary_totals_match_the_demo_budget_in_each_language(client, code):
    html = html_of(client, code)
    summary = html.split('<section class="plan-summary"')[1].split("</section>")[0]
    planned, spent = demo_totals()
    assert (planned, spent) == (Decimal(1794000), Decimal(319850))
    written = {"ka": "1\u202f794\u202f000\u00a0₾", "en": "₾1,794,000", "ru": "1\u202f794\u202f000\u00a0₾"}[code]
    assert written in summary
    assert BUDGET_TITLE[code] in summary
    sources = re.findall(r'<rect class="swatch--(\w+)" x="([\d.]+)" y="0" width="([\d.]+)"', summary)
    assert [source for source, *_ in sources] == ["municipal", "state", "donor", "private"]
    assert sum(float(width) for *_, width in sources) == pytest.approx(100.0, abs=0.05)
    assert float(sources[2][2]) == pytest.approx(100 * 761000 / 1794000, abs=0.01)


def test_every_svg_on_the_plan_page_is_labelled_and_has_no_inline_style(client):
    html = html_of(client, "ru")
    svgs = re.findall(r"<svg[^>]*>.*?</svg>", html, re.S)
    assert len(svgs) > 20
    for svg in svgs:
        assert "style=" not in svg
        assert 'aria-hidden="true"' in svg or ('role="img"' in svg and "<title" in svg)


def test_headline_figures_count_actions_indicators_and_money():
    figures = plan_headline_figures("en")
    assert figures["actions"] == {"total": 12, "by_status": {"done": 3, "in_progress": 4, "planned": 5}}
    indicators = figures["indicators"]
    assert indicators["total"] == sum(len(f["indicators"]) for f in texts.PLAN_FIGURES.values()) == 17
    assert indicators["by_status"]["no_data"] == 6
    assert indicators["on_track"] == indicators["by_status"]["reached"] + indicators["by_status"]["on_track"]
    assert sum(indicators["by_status"].values()) == 17
    budget = figures["budget"]
    assert (budget["planned"], budget["spent"]) == demo_totals()
    assert budget["by_source"]["donor"] == {"planned": Decimal(761000), "spent": Decimal(78850)}
    assert plan_headline_figures("ka")["budget"] == budget


def test_headline_figures_agree_with_the_plan_page(client):
    figures = plan_headline_figures("en")
    html = html_of(client, "en")
    summary = html.split('<section class="plan-summary"')[1].split("</section>")[0]
    indicators = figures["indicators"]
    assert f"{indicators['on_track']} of {indicators['total']} indicators" in summary
    assert f"{indicators['average_progress_percent']}%" in summary


def test_numbers_saved_on_the_georgian_action_reach_its_translations():
    source = PlanAction.objects.get(locale__language_code="ka", sort_order=1)
    indicator = source.indicators.first()
    indicator.target_value = Decimal(500)
    indicator.save()
    source.budget_lines = [PlanBudgetLine(source="state", planned=Decimal(1000), spent=Decimal(10))]
    source.save()
    for code in ("en", "ru"):
        translation = PlanAction.objects.get(translation_key=source.translation_key, locale__language_code=code)
        translated = PlanIndicator.objects.get(translation_key=indicator.translation_key, locale__language_code=code)
        assert translated.target_value == Decimal(500)
        assert translated.name != indicator.name
        assert list(translation.budget_lines.values_list("source", "planned", "spent")) == [
            ("state", Decimal(1000), Decimal(10))
        ]


def test_saving_an_indicator_or_a_budget_line_bumps_the_page_cache():
    before = page_cache.generation()
    indicator = PlanIndicator.objects.filter(locale__language_code="ka").first()
    indicator.save()
    assert page_cache.generation() > before
    before = page_cache.generation()
    PlanBudgetLine.objects.first().delete()
    assert page_cache.generation() > before


def test_plan_page_costs_the_same_with_more_indicators_and_budget_lines(client):
    def count():
        client.get("/en/ganvitarebis-gegma/")
        with CaptureQueriesContext(connection) as context:
            assert client.get("/en/ganvitarebis-gegma/").status_code == 200
        return len(context)

    small = count()
    for action in PlanAction.objects.filter(locale__language_code="ka"):
        for number in range(3):
            PlanIndicator.objects.create(
                action=action, locale=action.locale, name=f"Extra {number}", unit="farm", baseline_value=0,
                baseline_date=date(2023, 12, 31), target_value=10, target_date=date(2027, 12, 31), sort_order=9,
                actual_values=[("value", {"date": date(2026, 1, 1), "value": Decimal(3)})],
            )
            PlanBudgetLine.objects.create(action=action, source="private", planned=100, spent=5, sort_order=9)
    assert count() == small


# Open data


def schema_validator():
    return Draft202012Validator(json.loads(SCHEMA_PATH.read_text()), format_checker=Draft202012Validator.FORMAT_CHECKER)


@pytest.mark.parametrize("code", LANGUAGES)
def test_results_json_validates_against_the_shipped_schema(client, code):
    response = client.get(f"/{code}/ganvitarebis-gegma/results-json/")
    assert response.status_code == 200 and response["Content-Type"] == "application/json"
    data = response.json()
    errors = sorted(schema_validator().iter_errors(data), key=str)
    assert not errors, errors[0]
    assert data["language"] == code
    actions = [action for goal in data["plan"]["goals"] for action in goal["actions"]]
    assert len(actions) == 12
    indicator = next(i for a in actions for i in a["indicators"] if i["title"] == MARKETPLACE[code])
    assert indicator["baseline"] == {"iso_date": "2023-12-31", "year": 2023, "value": 0}
    assert [(p["period_end"], p["actual"]["value"]) for p in indicator["periods"]] == [
        ("2026-06-30", 85), ("2026-10-31", 162)
    ]
    assert indicator["periods"][1]["period_start"] == "2026-06-30"
    assert indicator["periods"][1]["target"] == {"iso_date": "2027-12-31", "value": 400}
    assert indicator["periods"][1]["actual"]["document_link"]["url"].startswith("http://testserver/documents/")
    assert sum(a["budget"]["planned"] for a in actions) == 1794000


def test_schema_rejects_a_results_file_without_a_licence_or_with_a_wrong_budget_source(client):
    data = client.get("/en/ganvitarebis-gegma/results-json/").json()
    validator = schema_validator()
    without_licence = {key: value for key, value in data.items() if key != "licence"}
    assert not validator.is_valid(without_licence)
    data["plan"]["goals"][0]["actions"][0]["budget"]["by_source"][0]["source"] = "lottery"
    assert not validator.is_valid(data)


def test_indicators_csv_has_the_licence_a_header_and_one_row_per_period(client):
    response = client.get("/ru/ganvitarebis-gegma/indicators-csv/")
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert 'filename="gori-plan-indicators-ru.csv"' in response["Content-Disposition"]
    assert response["Link"] == '<https://creativecommons.org/licenses/by/4.0/>; rel="license"'
    text = response.content.decode("utf-8-sig")
    licence_line, body = text.split("\n", 1)
    assert licence_line.startswith('"# Данные: Агентство стратегического развития') and "CC BY 4.0" in licence_line
    rows = list(csv.DictReader(io.StringIO(body)))
    periods = sum(max(len(spec[5]), 1) for f in texts.PLAN_FIGURES.values() for spec in f["indicators"])
    assert len(rows) == periods
    latest = next(r for r in rows if r["indicator"] == MARKETPLACE["ru"] and r["actual_date"] == "2026-10-31")
    assert (latest["baseline_value"], latest["target_value"], latest["actual_value"]) == ("0", "400", "162")
    assert latest["actual_progress_percent"] == "40" and latest["indicator_status"] == "on_track"


def test_budget_csv_sums_to_the_plan_totals(client):
    text = client.get("/en/ganvitarebis-gegma/budget-csv/").content.decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(text.split("\n", 1)[1])))
    assert {row["source"] for row in rows} == {"municipal", "state", "donor", "private"}
    assert sum(Decimal(row["planned_gel"]) for row in rows) == Decimal(1794000)
    assert sum(Decimal(row["spent_gel"]) for row in rows) == Decimal(319850)


def test_licence_comes_from_settings_in_every_download_and_on_the_page(client, settings):
    settings.OPEN_DATA_LICENCE_NAME = "CC BY-SA 4.0"
    settings.OPEN_DATA_LICENCE_URL = "https://creativecommons.org/licenses/by-sa/4.0/"
    assert client.get("/en/ganvitarebis-gegma/results-json/").json()["licence"]["name"] == "CC BY-SA 4.0"
    assert "CC BY-SA 4.0" in client.get("/en/ganvitarebis-gegma/budget-csv/").content.decode("utf-8-sig")
    html = html_of(client, "en")
    downloads = html.split('<section class="plan-downloads"')[1].split("</section>")[0]
    assert '<a href="https://creativecommons.org/licenses/by-sa/4.0/" rel="license">CC BY-SA 4.0</a>' in downloads
    links = re.findall(r'<a href="(/en/ganvitarebis-gegma/[\w-]+/)"', downloads)
    assert links == [
        "/en/ganvitarebis-gegma/results-json/",
        "/en/ganvitarebis-gegma/indicators-csv/",
        "/en/ganvitarebis-gegma/budget-csv/",
        "/en/ganvitarebis-gegma/results-schema/",
    ]


def test_downloads_are_cached_like_pages_and_refreshed_by_a_change(client, settings):
    settings.PAGE_CACHE_SECONDS = 600
    call_command("createcachetable", verbosity=0)
    page_cache.bump_generation()
    url = "/en/ganvitarebis-gegma/results-json/"
    assert client.get(url)["X-Cache"] == "MISS"
    assert client.get(url)["X-Cache"] == "HIT"
    line = PlanBudgetLine.objects.filter(action__locale__language_code="ka").first()
    line.planned += 1000
    line.save()
    response = client.get(url)
    assert response["X-Cache"] == "MISS"
    assert sum(g["budget"]["planned"] for g in response.json()["plan"]["goals"]) == 1795000
