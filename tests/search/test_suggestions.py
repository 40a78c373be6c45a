"""The suggestion endpoint: JSON titles of the visitor's language, rate limited."""

from django.test import override_settings


def test_suggestions_are_titles_and_addresses_in_the_visitors_language(search):
    response = search("ru", "мацо", suggest=True)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    data = response.json()
    assert data["query"] == "мацо"
    labels = [suggestion["label"] for suggestion in data["suggestions"]]
    assert "Деревенское мацони" in labels
    assert all(suggestion["url"].startswith("/ru/") for suggestion in data["suggestions"])
    assert len(labels) <= 8


def test_suggestions_find_other_scripts_as_the_search_does(search):
    labels = [suggestion["label"] for suggestion in search("en", "чурчх", suggest=True).json()["suggestions"]]
    assert "Walnut churchkhela" in labels


def test_no_suggestions_for_a_single_letter(search):
    assert search("en", "m", suggest=True).json()["suggestions"] == []


@override_settings(SEARCH_SUGGESTIONS_PER_CLIENT_PER_MINUTE=3)
def test_suggestions_are_rate_limited_per_client(client):
    statuses = [client.get("/en/search/suggest/", {"q": "honey"}).status_code for _ in range(4)]
    assert statuses == [200, 200, 200, 429]
    limited = client.get("/en/search/suggest/", {"q": "honey"})
    assert limited["Retry-After"] == "60"
    other_client = client.get("/en/search/suggest/", {"q": "honey"}, REMOTE_ADDR="192.0.2.7")
    assert other_client.status_code == 200


def test_the_header_box_offers_suggestions_with_a_small_script(client):
    from pathlib import Path

    from django.conf import settings

    html = client.get("/en/").content.decode()
    assert 'data-suggest-url="/en/search/suggest/"' in html
    assert '<script src="/static/js/search-suggest.js" defer></script>' in html
    script = Path(settings.BASE_DIR, "portal", "static", "js", "search-suggest.js")
    assert script.stat().st_size < 5 * 1024
