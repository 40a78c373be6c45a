"""The issue's translation journey in a browser: an editor publishes a Georgian product from the page
explorer; visitors at /en/ and /ru/ at once see it, marked as Georgian and untranslated; a translator
asks for an English translation from the page's admin menu, translates it in wagtail-localize's editor and
publishes; the English page then reads in English with hreflang, and the translators' queue lets go."""

import re

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.e2e

FARMER = "ლალი წერეთელი"
TITLE = "ტყემალი"
DESCRIPTION = "სახლში მომზადებული მწვანე ტყემალი, ნიქოზის ქლიავისგან."
FACTS = {"en": ("Category", "Plums", "litre"), "ru": ("Категория", "Сливы", "литр")}
ENGLISH = ("Tkemali plum sauce", "Homemade green tkemali from Nikozi plums.")
SAVE_STRING = re.compile(r"/admin/localize/translate/\d+/strings/\d+/edit/$")
NOT_TRANSLATED = {"en": "Not translated yet", "ru": "Ещё не переведено"}


def _head(tab):
    return tab.content().split("</head>")[0]


def test_georgian_product_is_seen_untranslated_then_translated_in_the_editor(site_url, admin_tab, phone):
    # The editor adds a product under a Georgian farmer through the page explorer and publishes it.
    admin_tab.goto(site_url + "/admin/pages/")
    admin_tab.get_by_role("link", name="Explore child pages of 'მთავარი'").click()
    admin_tab.get_by_role("link", name="Explore child pages of 'ფერმერები'").click()
    admin_tab.get_by_role("link", name=f"Explore child pages of '{FARMER}'").click()
    admin_tab.get_by_role("link", name="Add child page", exact=True).click()
    admin_tab.wait_for_url(re.compile(r"/admin/pages/add/products/productpage/\d+/$"))
    admin_tab.get_by_role("textbox", name="Title*").fill(TITLE)
    # Draftail's editable area has no accessible name of its own: reach it through its field.
    admin_tab.locator("[data-contentpath=description]").get_by_role("textbox").click()
    admin_tab.keyboard.type(DESCRIPTION)
    # Draftail copies the text into its form field a moment after the typing.
    expect(admin_tab.locator("input[name=description]")).to_have_value(re.compile(re.escape(DESCRIPTION)))
    # The category chooser comes after the text: closing its dialog hands focus back to its button.
    admin_tab.get_by_role("button", name=re.compile("^Choose")).first.click()
    admin_tab.get_by_role("dialog").get_by_role("link", name=re.compile("ქლიავი")).click()
    admin_tab.get_by_role("dialog").wait_for(state="hidden")
    admin_tab.get_by_label("Price, ₾").fill("8.00")
    admin_tab.get_by_label("Unit*").select_option(label="litre")
    admin_tab.get_by_role("button", name="More actions").click()
    admin_tab.get_by_role("button", name="Publish", exact=True).click()
    message = admin_tab.locator(".messages")
    assert f"Page '{TITLE}' created and published." in message.inner_text()
    live_url = message.get_by_role("link", name="View live").get_attribute("href")
    published_edit_url = message.get_by_role("link", name="Edit", exact=True).get_attribute("href")
    assert re.fullmatch(r".*/ka/permerebi/[\w-]+/[\w-]+/", live_url), live_url
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
    admin_tab.get_by_role("link", name=TITLE, exact=True).first.click()
    admin_tab.wait_for_url(re.compile(r"/admin/pages/\d+/edit/$"))
    georgian_edit_url = admin_tab.url
    # The page the explorer lists under that title is the one just published (there is one only).
    assert georgian_edit_url.endswith(published_edit_url), (georgian_edit_url, published_edit_url)
    admin_tab.get_by_role("navigation", name="Actions", exact=True).get_by_role("button", name="Actions").click()
    admin_tab.get_by_role("link", name="Translate this page").click()
    admin_tab.wait_for_url(re.compile(r"/admin/localize/submit/page/\d+/"))
    admin_tab.get_by_label("English").check()
    admin_tab.get_by_label("Русский").uncheck()
    admin_tab.get_by_role("button", name=re.compile("^Submit")).click()
    admin_tab.wait_for_url(re.compile(r"/admin/pages/\d+/edit/$"))

    # wagtail-localize's translation editor opens on the English copy, not on the Georgian original.
    assert admin_tab.url != georgian_edit_url
    # The translator types English for each segment (title, then description) and saves it.
    for english in ENGLISH:
        translate = admin_tab.get_by_role("button", name="Translate", exact=True)
        waiting = translate.count()
        translate.first.click()
        admin_tab.locator("textarea").fill(english)
        # The editor shows the text at once, "Saving...": publishing before the server has stored it would
        # publish the Georgian string (CI, under load). Wait for the save's answer.
        with admin_tab.expect_response(SAVE_STRING) as saved:
            admin_tab.get_by_role("button", name="Save", exact=True).click()
        assert saved.value.ok, saved.value.status
        admin_tab.get_by_text(english, exact=True).wait_for()
        assert translate.count() == waiting - 1
    # The editor's address does not change on publishing: wait for the page the publish redirects to.
    with admin_tab.expect_navigation():
        admin_tab.get_by_role("button", name="Publish in English").click()
    published = admin_tab.locator(".messages").inner_text()
    assert "Published" in published and "missing translations" not in published, published

    # The English page now reads in English, with hreflang for both published languages.
    response = phone.goto(f"{site_url}/en/{path}")
    # If this ever reads the Georgian title, say where the page came from (app cache, browser, service worker).
    served = {name: response.headers.get(name) for name in ("x-cache", "date", "cache-control")}
    served["from_service_worker"] = response.from_service_worker
    served["publish message"] = published
    assert phone.get_by_role("heading", level=1).inner_text() == ENGLISH[0], served
    assert ENGLISH[1] in phone.locator("main").inner_text()
    assert phone.locator(".notice--original").count() == 0
    head = _head(phone)
    assert f'hreflang="en" href="{site_url}/en/{path}"' in head
    assert f'hreflang="ka" href="{site_url}/ka/{path}"' in head

    # The translators' queue lets go of it for English and still lists it for Russian.
    admin_tab.goto(site_url + "/admin/translators-queue/")
    english_queue = admin_tab.locator("section[aria-labelledby=queue-en]")
    russian_queue = admin_tab.locator("section[aria-labelledby=queue-ru]")
    assert russian_queue.get_by_role("link", name=TITLE, exact=True).count() >= 1
    assert english_queue.get_by_role("link", name=TITLE, exact=True).count() == 0
