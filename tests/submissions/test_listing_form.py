"""The listing form page: shown in each language, errors in the farmer's language with what was typed kept,
bots answered with a thank-you and nothing stored, rate limits, and no 500 for any input."""

import re
import time

import pytest
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from listings.models import ListingSubmission
from products.models import Category, ProductPage, Village
from tests.form_timing import started_at

from .conftest import form_url, listing_data, photo, post_listing, source_id


@pytest.mark.parametrize(
    ("language", "title", "village"), [("ka", "განცხადების დამატება", "ნიქოზი"), ("en", "Sell your produce", "Nikozi"),
                                       ("ru", "Разместить объявление", "Никози")]
)
def test_form_page_is_in_the_visitors_language_with_villages_named_in_it(client, language, title, village):
    response = client.get(form_url(language))
    html = response.content.decode()
    assert response.status_code == 200
    assert f'<html lang="{language}">' in html
    assert f"<h1>{title}</h1>" in html
    assert f">{village}</option>" in html
    assert 'accept="image/*"' in html and 'type="file"' in html and "multiple" in html
    assert 'enctype="multipart/form-data"' in html
    assert "js/listing-form.js" in html and "<script>" not in html


def test_form_is_in_the_main_menu_of_every_language(client):
    titles = {"ka": "განცხადების დამატება", "en": "Sell your produce", "ru": "Разместить объявление"}
    for language, title in titles.items():
        html = client.get(f"/{language}/").content.decode()
        assert f'href="/{language}/gaqidva/">{title}</a>' in html


def test_errors_are_explained_in_english_and_keep_what_was_typed(client):
    response = post_listing(client, "en", phone="27 12 34", village="", price="", email="not-an-email")
    html = response.content.decode()
    assert response.status_code == 200
    # the demo's waiting listings only (its year of history has references starting with "Z-")
    assert ListingSubmission.objects.exclude(reference__startswith="Z-").count() == 3
    assert "Please correct the marked fields" in html
    assert "Write the number with its area code, for example 370 27 12 34 for Gori." in html
    assert "Please choose your village." in html
    assert "Write a price, or tick “Price on request”." in html
    assert 'value="27 12 34"' in html
    assert 'value="გიორგი ბაღაშვილი"' in html
    assert "ინახება გაზაფხულამდე." in html
    assert 'value="2 000"' in html
    assert re.search(r'<input type="checkbox" name="months" value="10"[^>]*checked', html)
    assert 'aria-invalid="true"' in html


@pytest.mark.parametrize(
    ("language", "email_message"),
    [("ka", "შეიყვანეთ მართებული ელფოსტის მისამართი."), ("ru", "Введите правильный адрес электронной почты.")],
)
def test_errors_in_georgian_and_russian_pages_keep_what_was_typed(client, language, email_message):
    response = post_listing(client, language, email="not-an-email", farmer_name="Нино Беридзе")
    html = response.content.decode()
    assert response.status_code == 200
    assert f'<html lang="{language}">' in html
    assert email_message in html  # Django's own message, in the page's language
    assert 'value="Нино Беридзе"' in html and 'value="not-an-email"' in html
    assert 'id="id_email_error"' in html


def test_price_with_a_comma_and_spaced_quantity_are_understood(client):
    response = post_listing(client, "ka", price="2,50", quantity="1 200")
    assert response.status_code == 303
    submission = ListingSubmission.objects.latest("created_at")
    assert submission.data["price"] == "2.50" and submission.data["quantity"] == "1200"


def test_price_or_price_on_request_but_not_both(client):
    both = post_listing(client, "en", price="3", price_on_request="on").content.decode()
    assert "Either write a price or tick “Price on request”, not both." in both
    assert post_listing(client, "en", price="", price_on_request="on").status_code == 303
    assert ProductPage.objects.filter(title="ვაშლი „ჯონაგოლდი“").get().price is None


def test_control_characters_are_dropped_not_refused(client):
    response = post_listing(client, "ka", farmer_name="ნინო\x00 \x07ბერიძე", title="თაფლი\u200b")
    assert response.status_code == 303
    submission = ListingSubmission.objects.latest("created_at")
    assert submission.farmer_name == "ნინო ბერიძე" and submission.title == "თაფლი"


def test_unknown_village_or_category_is_refused(client):
    html = post_listing(client, "en", village="999999", category="apples").content.decode()
    assert html.count("Please choose from the list.") >= 2


def test_filled_honeypot_gets_the_thank_you_and_stores_nothing(client):
    before = (ListingSubmission.objects.count(), ProductPage.objects.count())
    response = post_listing(client, "en", website="http://spam.example")
    assert response.status_code == 302 and response["Location"].endswith("/en/gaqidva/thanks/")
    assert client.get(response["Location"]).status_code == 200
    assert (ListingSubmission.objects.count(), ProductPage.objects.count()) == before


@pytest.mark.parametrize("started", ["", "forged", "a second ago"])
def test_a_form_sent_too_fast_or_with_a_forged_timestamp_stores_nothing(client, started):
    if started == "a second ago":
        started = started_at(time.time() - 1)
    before = ListingSubmission.objects.count()
    response = post_listing(client, "en", started=started)
    assert response.status_code == 302 and "/thanks/" in response["Location"]
    assert ListingSubmission.objects.count() == before


def test_rate_limit_per_client(client, settings):
    settings.LISTING_POSTS_PER_CLIENT_PER_HOUR = 2
    assert post_listing(client, "en", phone="599 00 00 01").status_code == 303
    assert post_listing(client, "en", phone="599 00 00 02").status_code == 303
    refused = post_listing(client, "en", phone="599 00 00 03")
    assert refused.status_code == 429
    assert "Too many listings were sent from your connection" in refused.content.decode()
    assert 'value="599 00 00 03"' in refused.content.decode()
    other_client = client.post(
        form_url("en"),
        listing_data(phone="599 00 00 04", started=started_at(time.time() - 60, address="10.1.2.3")),
        REMOTE_ADDR="10.1.2.3",
    )
    assert other_client.status_code == 303


def test_daily_limit_per_phone(client, settings):
    settings.LISTINGS_PER_PHONE_PER_DAY = 2
    for _attempt in range(2):
        assert post_listing(client, "en", phone="+995 577 11 22 33").status_code == 303
    refused = post_listing(client, "en", phone="577-11-22-33")
    assert refused.status_code == 429
    assert "This phone number has sent the most listings allowed in one day" in refused.content.decode()
    assert ListingSubmission.objects.filter(phone="+995577112233").count() == 2


def test_a_stranger_who_types_a_farmers_phone_cannot_use_up_that_farmers_day(client, settings):
    settings.LISTINGS_PER_PHONE_PER_DAY = 2
    settings.LISTING_POSTS_PER_CLIENT_PER_HOUR = 100
    stranger = "203.0.113.66"
    for _attempt in range(2):
        sent = client.post(
            form_url("en"),
            listing_data(phone="599 12 34 56", started=started_at(time.time() - 60, address=stranger)),
            REMOTE_ADDR=stranger,
        )
        assert sent.status_code == 303
    refused = client.post(
        form_url("en"),
        listing_data(phone="599 12 34 56", started=started_at(time.time() - 60, address=stranger)),
        REMOTE_ADDR=stranger,
    )
    assert refused.status_code == 429  # the stranger has used up their own quota for this number

    # The farmer, from their own phone's connection, still sends today's listings.
    before = ListingSubmission.objects.filter(phone="+995599123456").count()
    for _attempt in range(2):
        assert post_listing(client, "en", phone="599 12 34 56").status_code == 303
    assert ListingSubmission.objects.filter(phone="+995599123456").count() == before + 2
    assert post_listing(client, "en", phone="599 12 34 56").status_code == 429  # and has a quota of their own


def _post_raw(client, fields):
    return client.post(form_url("ka"), fields)


texts = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=400)
georgian = st.text(alphabet=st.characters(min_codepoint=0x10D0, max_codepoint=0x10FA), min_size=1, max_size=80)
cyrillic = st.text(alphabet=st.characters(min_codepoint=0x0410, max_codepoint=0x044F), min_size=1, max_size=80)
emoji = st.text(alphabet=st.characters(min_codepoint=0x1F300, max_codepoint=0x1FAFF), min_size=1, max_size=20)
controls = st.text(alphabet=st.characters(min_codepoint=0, max_codepoint=31), min_size=1, max_size=20)
long_strings = st.text(min_size=3000, max_size=6000, alphabet="აბგდ абвг ab😀")
any_text = st.one_of(texts, georgian, cyrillic, emoji, controls, long_strings, st.just(""))
phones = st.one_of(any_text, st.sampled_from(["599 12 34 56", "0370 27 12 34", "+995 555 10 20 01", "27 12 34"]))
numbers = st.one_of(any_text, st.sampled_from(["1", "2,50", "1 200", "-3", "1e9", "NaN", "99999999999", "0.001"]))


@pytest.mark.usefixtures("generous_limits")
@hypothesis_settings(max_examples=200, deadline=None, suppress_health_check=list(HealthCheck))
@given(
    name=any_text,
    phone=phones,
    title=st.one_of(georgian, cyrillic, any_text),
    description=any_text,
    price=numbers,
    quantity=numbers,
    village=st.one_of(st.just("nikozi"), any_text),
    category=st.one_of(st.just("vashli"), any_text),
    unit=st.one_of(st.just("kg"), any_text),
    months=st.lists(st.one_of(st.sampled_from([str(n) for n in range(0, 14)]), any_text), max_size=14),
    email=st.one_of(st.just(""), st.emails(), any_text),
    with_file=st.sampled_from(["none", "garbage", "photo"]),
)
def test_generated_submissions_never_give_a_server_error(
    client, name, phone, title, description, price, quantity, village, category, unit, months, email, with_file
):
    fields = listing_data(
        farmer_name=name,
        phone=phone,
        title=title,
        description=description,
        price=price,
        quantity=quantity,
        village=source_id(Village, "nikozi") if village == "nikozi" else village,
        category=source_id(Category, "vashli") if category == "vashli" else category,
        unit=unit,
        months=months,
        email=email,
        price_on_request="on" if price == "" else None,
    )
    if with_file == "garbage":
        fields["photos"] = [photo("x.jpg", content=description.encode("utf-8", "ignore") or b"\x00")]
    elif with_file == "photo":
        fields["photos"] = [photo()]
    response = _post_raw(client, fields)
    assert response.status_code in {200, 303}, response.status_code


def test_a_half_filled_form_sent_at_once_shows_what_is_missing(client):
    response = client.post(form_url("en"), {"started": started_at(), "farmer_name": "Nino"})
    assert response.status_code == 200
    assert "Please choose your village." in response.content.decode()


def test_form_page_queries_do_not_grow_with_villages_and_categories(client):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext
    from wagtail.models import Locale

    client.get(form_url("en"))  # warm caches (site root paths, locales)
    with CaptureQueriesContext(connection) as before:
        client.get(form_url("en"))
    georgian = Locale.objects.get(language_code="ka")
    for number in range(20):
        Village.objects.create(locale=georgian, name=f"სოფელი {number}", slug=f"village-{number}", community="ateni")
        Category.objects.create(locale=georgian, name=f"კატეგორია {number}", slug=f"category-{number}")
    client.get(form_url("en"))  # new snippets started a new cache generation: warm it again
    with CaptureQueriesContext(connection) as after:
        response = client.get(form_url("en"))
    assert "village-19" not in response.content.decode() and "სოფელი 19" in response.content.decode()
    assert len(after) == len(before)
