"""Listings the agency enters for farmers who phoned or came in: the same path to review, and the slip."""

from html import unescape

import pytest

from listings import sms
from listings.models import ListingSubmission
from products.models import ProductPage
from tests.submissions.conftest import listing_data, photo

ENTER_URL = "/admin/listing-submissions/enter/"


@pytest.fixture
def agency_worker(client, django_user_model):
    from wagtail.users.models import UserProfile

    user = django_user_model.objects.create_superuser("agency", "agency@example.org", "agency-password")
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save()
    client.force_login(user)
    return user


def enter_listing(client, **overrides):
    data = listing_data(language="ru", farmer_name="Тамара Гелашвили", phone="599 77 66 55",
                        title="Яблоки «Голден»", website=None, started=None, **overrides)
    data["photos"] = [photo()]
    return client.post(ENTER_URL, data)


def test_an_agency_worker_enters_a_listing_that_goes_to_review_marked_as_theirs(client, agency_worker):
    assert "The farmer's language" in unescape(client.get(ENTER_URL).content.decode())
    response = enter_listing(client)
    submission = ListingSubmission.objects.get(phone="+995599776655")
    assert response.status_code == 302 and response["Location"].endswith(f"/slip/{submission.pk}/")
    assert submission.entered_by_agency and submission.entered_by == agency_worker
    assert submission.language == "ru" and submission.status == ListingSubmission.Status.WAITING
    product = ProductPage.objects.get(pk=submission.product_page_id)
    assert not product.live and product.current_workflow_state is not None
    assert product.gallery_images.count() == 1


def test_the_slip_is_in_the_farmers_language_with_the_private_link_as_a_qr_code(client, agency_worker):
    slip = client.get(enter_listing(client)["Location"])
    html = slip.content.decode()
    submission = ListingSubmission.objects.get(phone="+995599776655")
    assert '<html lang="ru">' in html and "Ваше объявление на Agrofarm" in html
    assert submission.reference in html and "<svg" in html
    assert "/ru/gaqidva/manage/" in html
    token = html.split("/ru/gaqidva/manage/")[1].split("/")[0]
    assert ListingSubmission.for_token(token) == submission
    assert client.get(f"/ru/gaqidva/manage/{token}/").status_code == 200


def test_the_private_link_goes_by_sms_through_the_console_sender(client, agency_worker, settings):
    settings.SMS_BACKEND = "listings.sms.ConsoleSmsSender"
    slip_url = enter_listing(client)["Location"]
    sms.outbox.clear()
    client.post(slip_url + "sms/")
    ((phone, text),) = sms.outbox
    assert phone == "+995599776655" and "/ru/gaqidva/manage/" in text and "ваше объявление" in text


def test_a_later_slip_gives_a_new_link_and_the_old_one_stops_working(client, agency_worker):
    first = client.get(enter_listing(client)["Location"]).content.decode()
    old_token = first.split("/ru/gaqidva/manage/")[1].split("/")[0]
    submission = ListingSubmission.objects.get(phone="+995599776655")
    client.session.flush()
    client.force_login(agency_worker)
    assert "/manage/" not in client.get(f"/admin/listing-submissions/slip/{submission.pk}/").content.decode()
    renewed = client.get(client.post(f"/admin/listing-submissions/slip/{submission.pk}/new/")["Location"])
    new_token = renewed.content.decode().split("/ru/gaqidva/manage/")[1].split("/")[0]
    assert new_token != old_token and ListingSubmission.for_token(old_token) is None


def test_a_listing_entered_without_the_farmers_agreement_is_refused_and_not_stored(client, agency_worker):
    response = enter_listing(client, privacy_consent=None)
    assert response.status_code == 200
    assert "Without the farmer's agreement to the privacy notice" in unescape(response.content.decode())
    assert not ListingSubmission.objects.filter(phone="+995599776655").exists()


def test_visitors_cannot_enter_listings(client):
    assert client.get(ENTER_URL).status_code == 302
