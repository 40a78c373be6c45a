import pytest

from .conftest import axe_violations

pytestmark = pytest.mark.e2e

PAGES = {
    "ka": ["/ka/", "/ka/chvens-shesakheb/"],
    "en": ["/en/", "/en/chvens-shesakheb/"],
    "ru": ["/ru/", "/ru/chvens-shesakheb/"],
}


@pytest.mark.parametrize("code", PAGES)
def test_home_and_about_have_no_wcag_violations(site_url, page, code, device):
    for path in PAGES[code]:
        response = page.goto(site_url + path)
        assert response.status == 200
        assert page.locator("html").get_attribute("lang") == code
        violations = axe_violations(page)
        assert violations == [], f"{path} on a {device}"


def test_visitor_switches_language_on_the_about_page(site_url, page):
    page.goto(site_url + "/ka/chvens-shesakheb/")
    page.get_by_role("navigation", name="ენა").get_by_role("link", name="English").click()
    assert page.url == site_url + "/en/chvens-shesakheb/"
    assert page.get_by_role("heading", level=1).inner_text() == "About us"
    page.get_by_role("navigation", name="Language").get_by_role("link", name="Русский").click()
    assert page.url == site_url + "/ru/chvens-shesakheb/"
    assert page.get_by_role("heading", level=1).inner_text() == "О нас"


def test_skip_link_moves_focus_to_the_content(site_url, page):
    page.goto(site_url + "/en/")
    page.keyboard.press("Tab")
    skip = page.get_by_role("link", name="Skip to content")
    assert skip.evaluate("element => element === document.activeElement")
    skip.press("Enter")
    assert page.url.endswith("#main")


def test_pages_load_without_console_errors(site_url, page):
    errors = []
    page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    page.on("pageerror", lambda error: errors.append(str(error)))
    for path in ("/ka/", "/en/chvens-shesakheb/", "/ru/no-such-page/"):
        page.goto(site_url + path)
    assert [e for e in errors if "404" not in e] == []
