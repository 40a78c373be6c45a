import xml.etree.ElementTree as ET

from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page

from home.models import StandardPage

from .conftest import LANGUAGES

NAMESPACES = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9", "xhtml": "http://www.w3.org/1999/xhtml"}


def read_sitemap(client):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    root = ET.fromstring(response.content)
    entries = {}
    for url in root.findall("sm:url", NAMESPACES):
        alternates = {
            link.get("hreflang"): link.get("href") for link in url.findall("xhtml:link", NAMESPACES)
        }
        entries[url.find("sm:loc", NAMESPACES).text] = {
            "lastmod": url.find("sm:lastmod", NAMESPACES),
            "alternates": alternates,
        }
    return entries


def test_sitemap_lists_pages_of_all_three_languages(client):
    entries = read_sitemap(client)
    for code in LANGUAGES:
        assert f"http://testserver/{code}/" in entries
        assert f"http://testserver/{code}/siakhleebi/" in entries
        assert f"http://testserver/{code}/ganvitarebis-gegma/" in entries
        assert f"http://testserver/{code}/siakhleebi/vashlis-mosavali-2026/" in entries
    assert all(entry["lastmod"] is not None for entry in entries.values())


def test_each_translated_page_lists_its_translations_as_alternates(client):
    entries = read_sitemap(client)
    expected = {code: f"http://testserver/{code}/siakhleebi/vashlis-mosavali-2026/" for code in LANGUAGES}
    expected["x-default"] = expected["ka"]
    for code in LANGUAGES:
        assert entries[expected[code]]["alternates"] == expected
    home = entries["http://testserver/en/"]["alternates"]
    assert home == {"ka": "http://testserver/ka/", "en": "http://testserver/en/", "ru": "http://testserver/ru/",
                    "x-default": "http://testserver/ka/"}


def test_untranslated_copies_are_left_out_and_not_offered_as_alternates(client):
    home = Page.objects.get(depth=2, locale__language_code="ka")
    page = StandardPage(title="მხოლოდ ქართულად", slug="mkholod-kartulad")
    home.add_child(instance=page)
    page.save_revision().publish()
    assert Page.objects.filter(alias_of=page).count() == 2
    entries = read_sitemap(client)
    assert entries["http://testserver/ka/mkholod-kartulad/"]["alternates"] == {}
    assert "http://testserver/en/mkholod-kartulad/" not in entries
    assert "http://testserver/ru/mkholod-kartulad/" not in entries


def test_unpublished_translation_is_not_an_alternate(client):
    Page.objects.get(slug="vashlis-mosavali-2026", locale__language_code="ru").unpublish()
    entries = read_sitemap(client)
    assert "http://testserver/ru/siakhleebi/vashlis-mosavali-2026/" not in entries
    alternates = entries["http://testserver/en/siakhleebi/vashlis-mosavali-2026/"]["alternates"]
    assert set(alternates) == {"ka", "en", "x-default"}


def test_sitemap_costs_the_same_queries_with_more_pages(client, add_news):
    client.get("/sitemap.xml")
    with CaptureQueriesContext(connection) as before:
        client.get("/sitemap.xml")
    add_news("en", 15)
    add_news("ka", 5)
    client.get("/sitemap.xml")
    with CaptureQueriesContext(connection) as after:
        entries = read_sitemap(client)
    assert "http://testserver/en/siakhleebi/extra-post-en-14/" in entries
    assert len(after) == len(before)


def test_robots_txt_points_at_the_sitemap(client):
    assert "Sitemap: http://testserver/sitemap.xml" in client.get("/robots.txt").content.decode()
