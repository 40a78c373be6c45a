"""The issue's translation journey in a browser: an editor publishes a Georgian product from the page
explorer; visitors at /en/ and /ru/ at once see it, marked as Georgian and untranslated; a translator
asks for an English translation from the page's admin menu, translates it in wagtail-localize's editor and
publishes; the English page then reads in English with hreflang, and the translators' queue lets go."""

import re

import pytest
from playwright.sync_api import expect

from .conftest import ADMIN_PASSWORD, ADMIN_USERNAME

pytestmark = pytest.mark.e2e

FARMER = "ლალი წერეთელი"
TITLE = "ტყემალი"
DESCRIPTION = "სახლში მომზადებული მწვანე ტყემალი, ნიქოზის ქლიავისგან."
FACTS = {"en": ("Category", "Plums", "litre"), "ru": ("Категория", "Сливы", "литр")}
ENGLISH = ("Tkemali plum sauce", "Homemade green tkemali from Nikozi plums.")
NOT_TRANSLATED = {"en": "Not translated yet", "ru": "Ещё не переведено"}


@pytest.fixture
def desk(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 800}, locale="en-GB")
    context.set_default_navigation_timeout(180_000)
    context.set_default_timeout(60_000)
    tab = context.new_page()
    yield tab
    context.close()


@pytest.fixture
def phone(browser):
    context = browser.new_context(viewport={"width": 360, "height": 740})
    context.set_default_navigation_timeout(180_000)
    context.set_default_timeout(60_000)
    tab = context.new_page()
    yield tab
    context.close()


def _head(tab):
    return tab.content().split("</head>")[0]


def test_georgian_product_is_seen_untranslated_then_translated_in_the_editor(site_url, desk, phone):
    # The editor adds a product under a Georgian farmer through the page explorer and publishes it.
    desk.goto(site_url + "/admin/login/")
    desk.get_by_label(re.compile("Username|Email")).fill(ADMIN_USERNAME)
    desk.get_by_label("Password").fill(ADMIN_PASSWORD)
    desk.get_by_role("button", name="Sign in").click()
    desk.wait_for_url(site_url + "/admin/")
    desk.goto(site_url + "/admin/pages/")
    desk.get_by_role("link", name="Explore child pages of 'მთავარი'").click()
    desk.get_by_role("link", name="Explore child pages of 'ფერმერები'").click()
    desk.get_by_role("link", name=f"Explore child pages of '{FARMER}'").click()
    desk.get_by_role("link", name="Add child page", exact=True).click()
    desk.wait_for_url(re.compile(r"/admin/pages/add/products/productpage/\d+/$"))
    desk.get_by_role("textbox", name="Title*").fill(TITLE)
    # Draftail's editable area has no accessible name of its own: reach it through its field.
    desk.locator("[data-contentpath=description]").get_by_role("textbox").click()
    desk.keyboard.type(DESCRIPTION)
    # Draftail copies the text into its form field a moment after the typing.
    expect(desk.locator("input[name=description]")).to_have_value(re.compile(re.escape(DESCRIPTION)))
    # The category chooser comes after the text: closing its dialog hands focus back to its button.
    desk.get_by_role("button", name=re.compile("^Choose")).first.click()
    desk.get_by_role("dialog").get_by_role("link", name=re.compile("ქლიავი")).click()
    desk.get_by_role("dialog").wait_for(state="hidden")
    desk.get_by_label("Price, ₾").fill("8.00")
    desk.get_by_label("Unit*").select_option(label="litre")
    desk.get_by_role("button", name="More actions").click()
    desk.get_by_role("button", name="Publish", exact=True).click()
    message = desk.locator(".messages")
    assert f"Page '{TITLE}' created and published." in message.inner_text()
    live_url = message.get_by_role("link", name="View live").get_attribute("href")
    assert re.fullmatch(r".*/ka/fermerebi/[\w-]+/[\w-]+/", live_url), live_url
    path = live_url.split("/ka/", 1)[1]

    # Visitors find it at once in English and Russian: Georgian text marked as such, facts in their language.
    for code in ("en", "ru"):
        phone.goto(f"{site_url}/{code}/{path}")
        assert phone.locator('h1[lang="ka"]').inner_text() == TITLE, code
        assert DESCRIPTION in phone.locator("main").inner_text(), code
        assert NOT_TRANSLATED[code] in phone.locator(".notice--original").inner_text(), code
        facts = phone.locator("dl.facts").inner_text()
        assert all(fact in facts for fact in FACTS[code]), (code, facts)
        assert "hreflang" not in _head(phone), code

    # The translator asks for an English translation from the page's admin menu.
    desk.get_by_role("link", name=TITLE, exact=True).first.click()
    desk.wait_for_url(re.compile(r"/admin/pages/\d+/edit/$"))
    georgian_edit_url = desk.url
    desk.get_by_role("navigation", name="Actions", exact=True).get_by_role("button", name="Actions").click()
    desk.get_by_role("link", name="Translate this page").click()
    desk.wait_for_url(re.compile(r"/admin/localize/submit/page/\d+/"))
    desk.get_by_label("English").check()
    desk.get_by_label("Русский").uncheck()
    desk.get_by_role("button", name=re.compile("^Submit")).click()
    desk.wait_for_url(re.compile(r"/admin/pages/\d+/edit/$"))

    # wagtail-localize's translation editor opens on the English copy, not on the Georgian original.
    assert desk.url != georgian_edit_url
    # The translator types English for each segment (title, then description) and saves it.
    for english in ENGLISH:
        translate = desk.get_by_role("button", name="Translate", exact=True)
        waiting = translate.count()
        translate.first.click()
        desk.locator("textarea").fill(english)
        desk.get_by_role("button", name="Save", exact=True).click()
        desk.get_by_text(english, exact=True).wait_for()
        assert translate.count() == waiting - 1
    desk.get_by_role("button", name="Publish in English").click()
    desk.wait_for_url(re.compile(r"/admin/pages/\d+/(edit/)?$"))

    # The English page now reads in English, with hreflang for both published languages.
    phone.goto(f"{site_url}/en/{path}")
    assert phone.get_by_role("heading", level=1).inner_text() == ENGLISH[0]
    assert ENGLISH[1] in phone.locator("main").inner_text()
    assert phone.locator(".notice--original").count() == 0
    head = _head(phone)
    assert f'hreflang="en" href="{site_url}/en/{path}"' in head
    assert f'hreflang="ka" href="{site_url}/ka/{path}"' in head

    # The translators' queue lets go of it for English and still lists it for Russian.
    desk.goto(site_url + "/admin/translators-queue/")
    english_queue = desk.locator("section[aria-labelledby=queue-en]")
    russian_queue = desk.locator("section[aria-labelledby=queue-ru]")
    assert russian_queue.get_by_role("link", name=TITLE, exact=True).count() >= 1
    assert english_queue.get_by_role("link", name=TITLE, exact=True).count() == 0
