import re

import pytest
from playwright.sync_api import expect

from .conftest import axe_violations

pytestmark = pytest.mark.e2e

TRAINING = {
    "ka": "ბიოწარმოების უფასო ტრენინგები ქარალეთსა და მეჯვრისხევში",
    "en": "Free organic farming training in Karaleti and Mejvriskhevi",
    "ru": "Бесплатное обучение органическому земледелию в Каралети и Меджврисхеви",
}
MENU = {"ka": "მენიუ", "en": "Menu", "ru": "Меню"}
NEWS_MENU = {"ka": "სიახლეები", "en": "News", "ru": "Новости"}


@pytest.mark.parametrize("code", TRAINING)
def test_reader_finds_and_reads_a_news_post_in_each_language(site_url, page, code, device):
    page.goto(f"{site_url}/{code}/")
    menu_button = page.get_by_role("button", name=MENU[code])
    if device == "phone":  # phones see a menu button; the links show when it is pressed
        assert menu_button.get_attribute("aria-expanded") == "false"
        menu_button.click()
        assert menu_button.get_attribute("aria-expanded") == "true"
    else:
        assert not menu_button.is_visible()
    page.get_by_role("navigation", name=page.locator("nav.main-menu").get_attribute("aria-label")).get_by_role(
        "link", name=NEWS_MENU[code], exact=True
    ).click()
    assert page.url == f"{site_url}/{code}/siakhleebi/"
    assert axe_violations(page) == [], f"news index on a {device}"
    page.get_by_role("link", name=TRAINING[code]).click()
    assert page.url == f"{site_url}/{code}/siakhleebi/biotreningebi-karaletshi/"
    assert page.locator("html").get_attribute("lang") == code
    assert page.get_by_role("heading", level=1).inner_text() == TRAINING[code]
    assert page.get_by_role("table").count() == 1
    assert axe_violations(page) == [], f"news post on a {device}"


@pytest.mark.parametrize("code", TRAINING)
def test_development_plan_page_has_no_wcag_violations(site_url, page, code, device):
    response = page.goto(f"{site_url}/{code}/ganvitarebis-gegma/")
    assert response.status == 200
    assert page.locator("article.plan-action").count() == 12
    assert axe_violations(page) == [], f"plan page on a {device}"


def test_reader_filters_news_by_topic_and_year(site_url, page):
    page.goto(f"{site_url}/en/siakhleebi/")
    # Each click navigates: expect() waits for the new page (CI read one still being parsed).
    page.get_by_role("link", name="Harvest", exact=True).click()
    expect(page).to_have_url(re.compile(r"/en/siakhleebi/\?topic=mosavali$"))
    expect(page.get_by_role("heading", level=2, name="News about “Harvest”")).to_be_visible()
    expect(page.locator("article.news-card")).to_have_count(1)
    page.get_by_role("link", name="2025", exact=True).click()
    expect(page).to_have_url(re.compile(r"/en/siakhleebi/2025/\?topic=mosavali$"))
    page.wait_for_load_state("load")
    expect(page.locator("article.news-card")).to_have_count(0)
    page.get_by_role("link", name="Show all news").click()
    expect(page).to_have_url(f"{site_url}/en/siakhleebi/")
    expect(page.locator("article.news-card")).to_have_count(8)
