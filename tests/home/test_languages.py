import re

import pytest
from wagtail.models import Page

LANGUAGES = {"ka": "ქართული", "en": "English", "ru": "Русский"}
HOME_NAV_LABEL = {"ka": "მთავარი", "en": "Home", "ru": "Главная"}
ABOUT_TITLE = {"ka": "ჩვენს შესახებ", "en": "About us", "ru": "О нас"}


@pytest.mark.parametrize("code", LANGUAGES)
def test_home_page_answers_in_its_language(client, code):
    response = client.get(f"/{code}/")
    html = response.content.decode()
    assert response.status_code == 200
    assert f'<html lang="{code}">' in html
    assert f">{HOME_NAV_LABEL[code]}</a>" in html
    assert ABOUT_TITLE[code] in html  # navigation from the page tree, translated


@pytest.mark.parametrize("code", LANGUAGES)
def test_home_page_links_its_translations_with_hreflang(client, code):
    html = client.get(f"/{code}/").content.decode()
    for other in LANGUAGES:
        assert f'hreflang="{other}" href="http://testserver/{other}/"' in html
    assert 'hreflang="x-default" href="http://testserver/ka/"' in html
    assert f'<link rel="canonical" href="http://testserver/{code}/">' in html


@pytest.mark.parametrize(
    ("accept_language", "expected"),
    [
        ("ru-RU,ru;q=0.9,en;q=0.8", "/ru/"),
        ("en-GB,en;q=0.9", "/en/"),
        ("ka", "/ka/"),
        ("de-DE,fr;q=0.5", "/ka/"),
        ("", "/ka/"),
    ],
)
def test_root_redirects_by_browser_language(client, accept_language, expected):
    response = client.get("/", headers={"accept-language": accept_language})
    assert response.status_code == 302
    assert response["Location"] == expected


def test_switcher_on_georgian_about_page_leads_to_english_and_russian_about(client):
    html = client.get("/ka/chvens-shesakheb/").content.decode()
    switcher = re.search(r'<nav class="language-switcher".*?</nav>', html, re.S).group(0)
    assert 'href="/en/chvens-shesakheb/" lang="en"' in switcher
    assert 'href="/ru/chvens-shesakheb/" lang="ru"' in switcher
    for code, name in LANGUAGES.items():
        assert f'lang="{code}" hreflang="{code}"' in switcher and name in switcher
    assert client.get("/en/chvens-shesakheb/").content.decode().count("<h1>About us</h1>") == 1
    assert "<h1>О нас</h1>" in client.get("/ru/chvens-shesakheb/").content.decode()


def test_switcher_falls_back_to_that_languages_home_when_page_is_missing(client):
    about_en = Page.objects.get(url_path__endswith="/chvens-shesakheb/", locale__language_code="en")
    about_en.unpublish()
    html = client.get("/ka/chvens-shesakheb/").content.decode()
    switcher = re.search(r'<nav class="language-switcher".*?</nav>', html, re.S).group(0)
    assert 'href="/en/" lang="en"' in switcher
    assert 'hreflang="en"' not in html.split("</head>")[0]


def test_switcher_on_a_non_page_view_keeps_the_path(client):
    html = client.get("/en/search/?q=apple").content.decode()
    assert 'href="/ka/search/" lang="ka"' in html or 'href="/ka/search/?q=apple" lang="ka"' in html


@pytest.mark.parametrize(
    ("code", "message"),
    [("ka", "გვერდი ვერ მოიძებნა"), ("en", "Page not found"), ("ru", "Страница не найдена")],
)
def test_not_found_page_is_translated_with_status_404(client, code, message):
    response = client.get(f"/{code}/no-such-page/")
    html = response.content.decode()
    assert response.status_code == 404
    assert f'<html lang="{code}">' in html
    assert message in html


def test_server_error_page_speaks_three_languages(client):
    from django.template.loader import render_to_string

    html = render_to_string("500.html")
    assert "სერვერის შეცდომა" in html and "Server error" in html and "Ошибка сервера" in html


@pytest.mark.parametrize("code", LANGUAGES)
def test_footer_shows_agency_contact_in_each_language(client, code):
    agency = {
        "ka": "გორის მუნიციპალიტეტის სტრატეგიული განვითარების სააგენტო",
        "en": "Strategic Development Agency of Gori Municipality",
        "ru": "Агентство стратегического развития муниципалитета Гори",
    }[code]
    html = client.get(f"/{code}/").content.decode()
    footer = html[html.index('<footer class="site-footer">') :]
    assert agency in footer
    assert "mailto:info@agrofarm.ge" in footer
    assert f'href="/{code}/konpidentsialurobis-politika/"' in footer


def test_no_georgian_text_is_upper_cased(client):
    css = open("portal/static/css/site.css", encoding="utf-8").read()
    assert "uppercase" not in css.replace("text-transform: none", "")
    for code in LANGUAGES:
        html = client.get(f"/{code}/").content.decode()
        assert not re.search("[\u1c90-\u1cbf]", html), "Mtavruli (upper-cased Georgian) found"


def test_public_pages_forbid_inline_scripts_and_styles(client):
    response = client.get("/en/chvens-shesakheb/")
    policy = response["Content-Security-Policy"]
    assert "script-src 'self'" in policy and "style-src 'self'" in policy
    html = response.content.decode()
    assert " style=" not in html
    scripts = re.findall(r"<script\b[^>]*>", html)
    inline = [tag for tag in scripts if "src=" not in tag and "application/ld+json" not in tag]
    assert inline == []
