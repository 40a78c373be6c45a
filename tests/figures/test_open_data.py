"""Open data: the API and the listings CSV list what buyers see, in each language, and never a phone number,
an email address or what a farmer sent through the form."""

import csv
import io
import re

import pytest
from django.test import override_settings
from django.utils import timezone

from listings.models import Inquiry, ListingSubmission
from products.models import FarmerPage, ProductPage

ENDPOINTS = ["pages", "products", "farmers", "news", "plan-actions"]


def personal_data():
    """Every phone number and email the demo holds: farmers', senders' and buyers'."""
    values = set()
    for phone, email in FarmerPage.objects.values_list("phone", "email"):
        values |= {phone, email}
    for phone, email in ListingSubmission.objects.values_list("phone", "email"):
        values |= {phone, email}
    for phone, email in Inquiry.objects.values_list("phone", "email"):
        values |= {phone, email}
    values.discard("")
    digits = {re.sub(r"\D", "", value)[-9:] for value in values if "@" not in value}
    return {value for value in values if "@" in value} | {value for value in digits if len(value) == 9}


def assert_no_personal_data(text, secrets):
    squeezed = re.sub(r"[\s()+-]", "", text)
    for secret in secrets:
        assert secret not in text and secret not in squeezed, secret


def test_no_endpoint_serves_a_phone_or_an_email(client):
    secrets = personal_data()
    assert len(secrets) > 10
    for endpoint in ENDPOINTS:
        for code in ("ka", "en", "ru"):
            listing = client.get(f"/api/v2/{endpoint}/?locale={code}&fields=*&limit=100")
            assert listing.status_code == 200, endpoint
            assert_no_personal_data(listing.content.decode(), secrets)
        first = listing.json()["items"][0]
        detail = client.get(f"/api/v2/{endpoint}/{first['id']}/")
        assert detail.status_code == 200
        assert_no_personal_data(detail.content.decode(), secrets)
    farmers = client.get("/api/v2/pages/?type=products.FarmerPage&fields=*&limit=100")
    assert_no_personal_data(farmers.content.decode(), secrets)
    for field in ("phone", "email", "phone_consent"):
        assert client.get(f"/api/v2/farmers/?fields={field}").status_code == 400


def test_the_locale_filter_lists_russian_products(client):
    expected = ProductPage.objects.live().public().filter(locale__language_code="ru").count()
    urls = ("/api/v2/pages/?type=products.ProductPage&locale=ru&limit=100", "/api/v2/products/?locale=ru&limit=100")
    for url in urls:
        data = client.get(url).json()
        assert data["meta"]["total_count"] == expected > 0
        assert {item["meta"]["locale"] for item in data["items"]} == {"ru"}
        assert all("/ru/" in item["meta"]["html_url"] for item in data["items"])


def test_plan_actions_come_in_each_language(client):
    items = client.get("/api/v2/plan-actions/?locale=en").json()["items"]
    assert len(items) == 12 and {item["locale"] for item in items} == {"en"}


@pytest.mark.parametrize("code", ["ka", "en", "ru"])
def test_the_listings_csv_parses_carries_its_licence_and_no_phone(client, code):
    response = client.get(f"/{code}/shedegebi/listings-csv/")
    assert response.status_code == 200 and response["Content-Type"].startswith("text/csv")
    assert 'rel="license"' in response["Link"] and "creativecommons.org/licenses/by/4.0" in response["Link"]
    text = response.content.decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(text)))
    today = timezone.localdate()
    assert len(rows) == ProductPage.objects.live().filter(locale__language_code=code).exclude(
        expires_at__lt=today).count() > 10
    assert "phone" not in rows[0] and "email" not in rows[0]
    assert_no_personal_data(text, personal_data())
    page = client.get(f"/{code}/shedegebi/").content.decode()
    assert f"/{code}/shedegebi/listings-csv/" in page and "CC BY 4.0" in page


@override_settings(OPEN_DATA_LICENCE_NAME="ODbL 1.0", OPEN_DATA_LICENCE_URL="https://opendatacommons.org/licenses/odbl/")
def test_the_licence_comes_from_the_settings(client):
    assert "opendatacommons.org" in client.get("/en/shedegebi/listings-csv/")["Link"]


@override_settings(PAGE_CACHE_SECONDS=600)
def test_the_api_is_cached_like_pages_and_never_for_editors(client, django_user_model):
    url = "/api/v2/products/?locale=en&limit=3"
    assert client.get(url)["X-Cache"] == "MISS"
    cached = client.get(url)
    assert cached["X-Cache"] == "HIT" and cached["Content-Type"] == "application/json"
    client.force_login(django_user_model.objects.create_superuser("api", "api@example.ge", "pass-word-123"))
    assert "X-Cache" not in client.get(url)
