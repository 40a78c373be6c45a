"""What a phone gets besides the pages (issue 14): a web manifest and a service worker in every language, an
offline page and an offline note in the page's language, share links and a preview with the price on every
offer, and little JavaScript on the pages people open first."""

import html
import json
import re
from pathlib import Path

import pytest
from django.conf import settings

PRODUCT = "/permerebi/tamar-gelashvili/tsiteli-tqemali/"
FIRST_PAGES = {"home": "/", "catalogue": "/produktebi/", "product": PRODUCT, "news": "/siakhleebi/"}
OFFLINE_NOTES = {
    "ka": "კავშირი არ არის: ეს არის ამ გვერდის ასლი",
    "en": "You are offline: this is the copy of this page saved on your phone",
    "ru": "Нет связи: это копия страницы, сохранённая на вашем телефоне",
}


def scripts(page_html):
    return re.findall(r'<script src="/static/([^"]+)"', page_html)


def test_the_service_worker_looks_after_the_whole_site_and_is_never_kept_stale(client):
    response = client.get("/sw.js")
    body = response.content.decode()
    assert response.status_code == 200 and response["Content-Type"].startswith("text/javascript")
    assert "no-cache" in response["Cache-Control"] and "X-Cache" not in response
    shell = json.loads(re.search(r"var SHELL_FILES = (\[.*?\]);", body).group(1))
    assert {"/ka/offline/", "/en/offline/", "/ru/offline/", "/static/css/site.css"} <= set(shell)
    for path in shell:  # every file it keeps on install exists: one missing would stop the install
        if path.startswith("/static/"):
            assert Path(settings.BASE_DIR, "portal", path.lstrip("/")).exists(), path
        else:
            assert client.get(path).status_code == 200, path


MARKET = {"ka": "გორის ფერმერების ბაზარი", "en": "Gori farmers' market", "ru": "фермерский рынок Гори"}
HEADINGS = {"ka": "კავშირი არ არის", "en": "You are offline", "ru": "Нет связи"}


@pytest.mark.parametrize(("code", "name"), MARKET.items())
def test_the_manifest_names_the_site_in_the_language_it_was_installed_from(client, code, name):
    data = client.get(f"/{code}/manifest.webmanifest").json()
    assert name in data["name"] and data["lang"] == code
    assert data["start_url"] == f"/{code}/" and data["display"] == "standalone"
    assert {icon["sizes"] for icon in data["icons"]} == {"192x192", "512x512"}
    home = client.get(f"/{code}/").content.decode()
    assert f'<link rel="manifest" href="/{code}/manifest.webmanifest">' in home


@pytest.mark.parametrize(("code", "heading"), HEADINGS.items())
def test_the_offline_page_and_the_hidden_offline_note_are_in_the_pages_language(client, code, heading):
    offline = client.get(f"/{code}/offline/").content.decode()
    assert f"<h1>{heading}</h1>" in offline and 'content="noindex"' in offline
    product = client.get(f"/{code}{PRODUCT}").content.decode()
    note = re.search(r"<p [^>]*data-offline-note hidden>([^<]+)</p>", product)
    assert note and html.unescape(note.group(1)).startswith(OFFLINE_NOTES[code])


def test_an_offer_has_share_links_and_a_preview_with_its_price_in_the_pages_language(client):
    page = client.get(f"/ru{PRODUCT}").content.decode()
    head = page.split("</head>")[0]
    title = html.unescape(re.search(r'<meta property="og:title" content="([^"]+)">', head).group(1))
    assert re.search(r" — [\d.,]+\s₾ / [а-я]+", title), title
    assert re.search(r'<meta property="og:image" content="http://testserver/media/images/[^"]+\.jpg">', head)
    share = page.split('id="share-title"')[1].split("</section>")[0]
    url = f"http://testserver/ru{PRODUCT}"
    assert 'href="https://wa.me/?text=' in share and 'href="viber://forward?text=' in share
    assert "https://www.facebook.com/sharer/sharer.php?u=" + url.replace(":", "%3A").replace("/", "%2F") in share
    assert f'data-copy-link="{url}"' in share and "Скопировать ссылку" in share
    assert "<script src=\"https://" not in page  # no third-party script


@pytest.mark.parametrize("page_type", FIRST_PAGES)
def test_the_pages_people_open_first_load_at_most_20_kb_of_javascript(client, page_type):
    page = client.get(f"/ka{FIRST_PAGES[page_type]}").content.decode()
    files = scripts(page)
    weight = sum(Path(settings.BASE_DIR, "portal", "static", name).stat().st_size for name in files)
    assert weight <= 20_000, (files, weight)
    assert "js/listing-draft.js" not in files and "js/offline.js" in files


def test_the_sell_form_alone_loads_the_photo_and_draft_script(client):
    assert "js/listing-draft.js" in scripts(client.get("/ka/gaqidva/").content.decode())
