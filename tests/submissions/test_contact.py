"""Inquiries on a product page are stored and emailed to the agency; reports are stored for moderators;
both forms are protected like the listing form."""

import re
import time

import pytest
from django.core import mail
from django.test import Client

from listings.models import Inquiry, ListingReport
from products.models import ProductPage
from tests.form_timing import started_at


@pytest.fixture
def product():
    return ProductPage.objects.live().filter(locale__language_code="en", title="Golden apples").first() or (
        ProductPage.objects.live().filter(locale__language_code="en", status="available").first()
    )


def inquiry_data(**overrides):
    data = {
        "name": "Anna Schmidt",
        "phone": "",
        "email": "anna@example.de",
        "message": "We would like 2 tonnes in October. Can you deliver to Poti?",
        "website": "",
        "started": started_at(time.time() - 30),
    }
    data.update(overrides)
    return data


def test_product_page_has_an_inquiry_form_and_a_report_link(client, product):
    html = client.get(product.get_url()).content.decode()
    assert "Send a message about this offer" in html
    assert f'action="/en/offer/{product.pk}/inquiry/"' in html
    assert f'href="/en/offer/{product.pk}/report/"' in html


def test_an_anonymous_visitor_s_page_carries_no_token_even_when_drawn_for_them(product):
    # The page cache is off here: the page is drawn for the visitor, and reads as a cached page would.
    html = Client(enforce_csrf_checks=True).get(product.get_url()).content.decode()
    assert 'name="csrfmiddlewaretoken" value="" data-form-token="/form-token/"' in html
    assert 'name="started" value=""' in html
    assert "form-visitor-inputs" not in html


def test_signed_in_visitors_get_their_own_token_in_the_kept_page_and_it_works_without_javascript(
    product, settings, django_user_model
):
    settings.FORM_MINIMUM_FILL_SECONDS = {"inquiry": 0}  # sent at once, as no person could
    visitors = []
    for name in ("anna", "boris"):
        visitor = Client(enforce_csrf_checks=True)
        visitor.force_login(django_user_model.objects.create_user(name, password="a-long-password-1"))
        visitors.append(visitor)
    pages = [visitor.get(product.get_url()).content.decode() for visitor in visitors]
    tokens = [re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1) for html in pages]
    starts = [re.search(r'name="started" value="([^"]+)"', html).group(1) for html in pages]
    assert tokens[0] != tokens[1]
    assert "form-visitor-inputs" not in pages[0]
    for visitor, token, start, name in zip(visitors, tokens, starts, ("Anna", "Boris"), strict=True):
        data = inquiry_data(name=name, csrfmiddlewaretoken=token, started=start)
        assert visitor.post(f"/en/offer/{product.pk}/inquiry/", data).status_code == 303
    assert set(Inquiry.objects.filter(handled=False).values_list("name", flat=True)) == {"Anna", "Boris"}


def test_inquiry_is_stored_and_emailed_to_the_agency(client, product, settings):
    response = client.post(f"/en/offer/{product.pk}/inquiry/", inquiry_data())
    assert response.status_code == 303
    inquiry = Inquiry.objects.get(handled=False)  # the demo's year of inquiries are all handled
    assert inquiry.product_id == product.pk and inquiry.language == "en" and inquiry.emailed_at
    assert len(mail.outbox) == 1
    email = mail.outbox[0]
    assert email.to == [settings.AGENCY_EMAIL] and email.reply_to == ["anna@example.de"]
    assert product.title in email.subject and "Can you deliver to Poti?" in email.body
    assert "The agency has received your message" in client.get(response["Location"]).content.decode()


def test_inquiry_needs_a_phone_or_an_email_and_keeps_what_was_typed(client, product):
    response = client.post(f"/en/offer/{product.pk}/inquiry/", inquiry_data(email=""))
    html = response.content.decode()
    assert response.status_code == 200
    assert "Please give a phone number or an email address" in html
    assert "Can you deliver to Poti?" in html and 'value="Anna Schmidt"' in html
    assert not Inquiry.objects.filter(handled=False).exists()


def test_inquiry_from_a_bot_is_not_stored(client, product):
    response = client.post(f"/en/offer/{product.pk}/inquiry/", inquiry_data(website="buy now"))
    assert response.status_code == 303
    response = client.post(f"/en/offer/{product.pk}/inquiry/", inquiry_data(started=started_at()))
    assert response.status_code == 303
    assert not Inquiry.objects.filter(handled=False).exists() and not mail.outbox


def test_inquiries_are_rate_limited(client, product, settings):
    settings.INQUIRIES_PER_CLIENT_PER_HOUR = 1
    client.post(f"/en/offer/{product.pk}/inquiry/", inquiry_data())
    refused = client.post(f"/en/offer/{product.pk}/inquiry/", inquiry_data())
    assert refused.status_code == 429 and Inquiry.objects.filter(handled=False).count() == 1


def test_inquiries_are_listed_in_the_admin(client, product, moderator):
    client.post(f"/en/offer/{product.pk}/inquiry/", inquiry_data())
    client.force_login(moderator)
    html = client.get("/admin/inquiries/").content.decode()
    assert "Anna Schmidt" in html and product.title in html


def test_report_is_stored_for_moderators(client, product, moderator):
    russian = ProductPage.objects.get(translation_key=product.translation_key, locale__language_code="ru")
    assert client.get(f"/ru/offer/{russian.pk}/report/").status_code == 200
    response = client.post(
        f"/en/offer/{product.pk}/report/",
        {"reason": "scam", "message": "Asked me to pay for delivery first.", "website": "",
         "started": started_at(time.time() - 30)},
    )
    assert response.status_code == 303
    report = ListingReport.objects.get()
    assert report.reason == "scam" and report.product_id == product.pk and not report.resolved
    client.force_login(moderator)
    assert "Asked me to pay" in client.get(f"/admin/listing-reports/inspect/{report.pk}/").content.decode()


def test_unknown_or_unpublished_offer_has_no_contact_form(client):
    assert client.get("/en/offer/999999/inquiry/").status_code == 404
    draft = ProductPage.objects.filter(live=False).first()
    assert client.get(f"/en/offer/{draft.pk}/report/").status_code == 404
