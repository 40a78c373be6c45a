"""The marketplace figures: the admin's reports and the public Results page show the same numbers, small counts
read "fewer than 5", the exports open, and the page keeps its query budget."""

import csv
import io
import re

import pytest
from django.contrib.auth import get_user_model
from django.db import connection
from openpyxl import load_workbook

from figures.marketplace import METRIC_NAMES, figures_table
from listings.models import ListingSubmission

RESULTS = "/{code}/shedegebi/"
HEADLINE = {  # the Results page's figure → the admin table's columns it adds up
    "approved": ["approved"],
    "farmers_active": ["farmers_active"],
    "farmers_new": ["farmers_new"],
    "inquiries": ["inquiries"],
    "clicks": ["clicks_phone", "clicks_whatsapp", "clicks_viber"],
    "submitted": ["submitted"],
}
FEWER_THAN_5 = {"ka": "5-ზე ნაკლები", "en": "fewer than 5", "ru": "меньше 5"}


@pytest.fixture
def admin_client(client):
    user = get_user_model().objects.create_superuser("figures", "figures@example.ge", "pass-word-123")
    client.force_login(user)
    return client


def headline_on_page(client, code):
    html = client.get(RESULTS.format(code=code)).content.decode()
    found = re.findall(r'data-figure="(\w+)"><strong class="results-figure__value">([^<]+)</strong>', html)
    return {name: value for name, value in found}


def body(response):
    return b"".join(response.streaming_content) if response.streaming else response.content


def as_number(text):
    return int(re.sub(r"\D", "", text))


def test_the_results_page_shows_the_admin_reports_totals_in_every_language(client, admin_client):
    workbook = load_workbook(io.BytesIO(body(admin_client.get("/admin/reports/marketplace-figures/?export=xlsx"))))
    rows = list(workbook.active.iter_rows(values_only=True))
    total = dict(zip(["label", *METRIC_NAMES], rows[-1], strict=True))
    assert total["approved"] > 100 and total["inquiries"] > 100  # the demo's year of history
    client.logout()
    for code in ("ka", "en", "ru"):
        shown = headline_on_page(client, code)
        assert set(shown) == set(HEADLINE)
        for name, columns in HEADLINE.items():
            assert as_number(shown[name]) == sum(total[column] for column in columns), (code, name)


def test_counts_below_five_read_fewer_than_five_in_every_language(client):
    ListingSubmission.objects.filter(reference__startswith="Z-").update(reviewed_at=None)  # none approved
    assert figures_table("month").total.approved < 5
    for code, words in FEWER_THAN_5.items():
        shown = headline_on_page(client, code)
        assert shown["approved"] == words
        assert shown["inquiries"] != words


def test_the_report_exports_csv_by_village_and_rejections_as_xlsx(admin_client):
    response = admin_client.get("/admin/reports/marketplace-figures/?by=village&export=csv")
    assert response.status_code == 200
    rows = list(csv.reader(io.StringIO(body(response).decode("utf-8-sig"))))
    assert len(rows[0]) == 1 + len(METRIC_NAMES)
    by_village = figures_table("village")
    assert len(rows) == 1 + len(by_village.rows_with_total)
    assert [int(value) for value in rows[-1][1:]] == [by_village.total.values[name] for name in METRIC_NAMES]
    workbook = load_workbook(io.BytesIO(body(admin_client.get("/admin/reports/rejected-listings/?export=xlsx"))))
    lines = list(workbook.active.iter_rows(values_only=True))
    assert lines[-1][1] == sum(line[1] for line in lines[1:-1]) > 0


def test_the_reports_show_a_chart_and_need_the_right_to_see_listings(admin_client, client):
    html = admin_client.get("/admin/reports/marketplace-figures/").content.decode()
    assert "<svg" in html and "figures-chart" in html
    nobody = get_user_model().objects.create_user("visitor", "v@example.ge", "pass-word-123")
    from django.contrib.auth.models import Permission

    nobody.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(nobody)
    assert client.get("/admin/reports/marketplace-figures/").status_code in (302, 403)


def test_the_results_page_stays_within_twelve_queries_however_much_history(client):
    def warm(url):
        client.get(url)
        queries = []
        with connection.execute_wrapper(lambda execute, sql, *args: (queries.append(sql), execute(sql, *args))[1]):
            assert client.get(url).status_code == 200
        return len(queries)

    before = warm("/en/shedegebi/")
    ListingSubmission.objects.bulk_create(
        ListingSubmission(reference=f"Q{index:05d}", token_digest=f"q{index}", language="en", farmer_name="x",
                          phone="", title="x")
        for index in range(200)
    )
    from core.page_cache import bump_generation

    bump_generation()
    after = warm("/en/shedegebi/")
    assert before <= 12 and after <= before
