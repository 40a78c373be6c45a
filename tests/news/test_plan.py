import re
from html import unescape

import pytest
from wagtail.models import Locale

from news.models import DevelopmentPlanPage, PlanAction, PlanActionStatus

from .conftest import LANGUAGES

PLAN_TITLES = {
    "ka": "ადგილობრივი ეკონომიკური განვითარების გეგმა",
    "en": "Local Economic Development Plan",
    "ru": "План местного экономического развития",
}
FIRST_ACTION = {
    "ka": "ციფრული ბაზრის Agrofarm შექმნა",
    "en": "Create the Agrofarm digital marketplace",
    "ru": "Создание цифрового рынка Agrofarm",
}


def action_articles(html):
    return re.findall(r'<article class="plan-action plan-action--(\w+)" id="(action-\w+)">(.*?)</article>', html, re.S)


@pytest.mark.parametrize("code", LANGUAGES)
def test_plan_page_shows_every_action_with_its_status_in_each_language(client, code):
    response = client.get(f"/{code}/ganvitarebis-gegma/")
    html = response.content.decode()
    assert response.status_code == 200
    assert f"<h1>{PLAN_TITLES[code]}</h1>" in html
    actions = action_articles(html)
    assert len(actions) == 12
    statuses = [status for status, _anchor, _body in actions]
    assert statuses.count("done") == 3
    assert statuses.count("in_progress") == 4
    assert statuses.count("planned") == 5
    assert f"<h3>{FIRST_ACTION[code]}</h3>" in actions[0][2]
    assert ' lang="ka"' not in "".join(body for *_rest, body in actions) or code == "ka"


@pytest.mark.parametrize("code", LANGUAGES)
def test_plan_summary_counts_actions_by_status_in_text_and_bar(client, code):
    html = client.get(f"/{code}/ganvitarebis-gegma/").content.decode()
    summary = html.split('<section class="plan-summary"')[1].split("</section>")[0]
    counts = re.findall(r'<span class="status status--(\w+)">.*?</dt>\s*<dd>(\d+)', summary, re.S)
    assert counts == [("done", "3"), ("in_progress", "4"), ("planned", "5")]
    bar = re.findall(r'<rect class="plan-bar__(\w+)" x="([\d.]+)" y="0" width="([\d.]+)"', summary)
    assert [status for status, *_ in bar] == ["done", "in_progress", "planned"]
    assert float(bar[0][2]) == pytest.approx(25.0)
    assert sum(float(width) for *_, width in bar) == pytest.approx(100.0)
    assert 'aria-hidden="true"' in summary.split("<svg")[1].split(">")[0]


def test_english_plan_summary_reads_as_sentences(client):
    html = unescape(client.get("/en/ganvitarebis-gegma/").content.decode())
    assert "The plan has 12 actions." in html
    assert "25% of them are done." in html
    assert "<dd>3 actions</dd>" in html
    assert "Timeline" in html and "Responsible" in html


def test_plan_lists_the_news_that_reports_on_each_action(client):
    html = unescape(client.get("/en/ganvitarebis-gegma/").content.decode())
    marketplace = next(body for status, _anchor, body in action_articles(html) if "Agrofarm digital" in body)
    assert "News about this action" in marketplace
    assert '<a href="/en/siakhleebi/agrofarm-amokmedda/">Agrofarm is live:' in marketplace


def test_untranslated_action_falls_back_to_georgian_marked_with_lang(client):
    russian = PlanAction.objects.get(locale__language_code="ru", title=FIRST_ACTION["ru"])
    russian.delete()
    html = client.get("/ru/ganvitarebis-gegma/").content.decode()
    first = action_articles(html)[0][2]
    assert re.search(rf'<div lang="ka">\s*<h3>{FIRST_ACTION["ka"]}</h3>', first)
    assert len(action_articles(html)) == 12


def test_status_changed_on_the_source_action_shows_in_every_language(client):
    source = PlanAction.objects.get(locale__language_code="ka", title=FIRST_ACTION["ka"])
    source.status = PlanActionStatus.IN_PROGRESS
    source.save()
    translations = PlanAction.objects.filter(translation_key=source.translation_key)
    assert set(translations.values_list("status", flat=True)) == {"in_progress"}
    for code in LANGUAGES:
        html = client.get(f"/{code}/ganvitarebis-gegma/").content.decode()
        statuses = [status for status, *_ in action_articles(html)]
        assert statuses.count("done") == 2


def test_status_comes_from_the_source_even_if_a_translation_disagrees(client):
    english = PlanAction.objects.get(locale__language_code="en", title=FIRST_ACTION["en"])
    PlanAction.objects.filter(pk=english.pk).update(status=PlanActionStatus.PLANNED)
    statuses = [status for status, *_ in action_articles(client.get("/en/ganvitarebis-gegma/").content.decode())]
    assert statuses[0] == "done"


def test_news_post_links_to_its_action_on_the_plan_page(client):
    html = client.get("/en/siakhleebi/agrofarm-amokmedda/").content.decode()
    anchor = re.search(r'href="/en/ganvitarebis-gegma/#(action-\w+)"', html).group(1)
    plan = client.get("/en/ganvitarebis-gegma/").content.decode()
    assert f'id="{anchor}"' in plan


def test_plan_page_is_in_the_menu_in_every_language(client):
    for code in LANGUAGES:
        plan = DevelopmentPlanPage.objects.get(locale=Locale.objects.get(language_code=code))
        assert plan.show_in_menus and plan.live
        menu = client.get(f"/{code}/").content.decode().split('<nav id="main-menu"')[1].split("</nav>")[0]
        assert f'href="/{code}/ganvitarebis-gegma/"' in menu
        assert f'href="/{code}/siakhleebi/"' in menu
