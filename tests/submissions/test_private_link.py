"""The farmer's private link: status in their language; price, quantity, months, sold and renew apply at once in
every language; text and photo changes wait for review; withdraw; wrong or revoked links are 404."""

from datetime import timedelta
from decimal import Decimal

import pytest
from django.utils import timezone

from listings.models import ListingSubmission
from products.models import ProductPage
from products.months import months_to_mask

from .conftest import image_bytes, photo, post_listing, token_from
from .helpers import approve, latest_submission, product_of


@pytest.fixture
def live_listing(client, moderator):
    token = token_from(post_listing(client, "ka", photos=[photo()]))
    submission = latest_submission()
    approve(submission, moderator)
    return submission, token


def manage(client, token, language="ka", **data):
    url = f"/{language}/gaqidva/manage/{token}/"
    return client.post(url, data) if data else client.get(url)


def copies(product):
    return ProductPage.objects.filter(translation_key=product.translation_key).exclude(pk=product.pk)


@pytest.mark.parametrize(
    ("language", "status"), [("ka", "გამოქვეყნებულია"), ("en", "Published"), ("ru", "Опубликовано")]
)
def test_status_is_shown_in_the_language_of_the_link(client, live_listing, language, status):
    _submission, token = live_listing
    response = manage(client, token, language)
    assert response.status_code == 200
    assert f'<html lang="{language}">' in response.content.decode()
    if language == "en":
        assert status in response.content.decode()


def test_wrong_or_revoked_token_is_not_found(client, live_listing):
    submission, token = live_listing
    assert manage(client, "not-a-token").status_code == 404
    assert manage(client, token[:-1]).status_code == 404
    submission.revoke_token()
    assert manage(client, token).status_code == 404


def test_new_price_quantity_and_months_show_at_once_in_every_language(client, live_listing):
    submission, token = live_listing
    response = manage(client, token, action="offer", price="2,20", quantity="800", months=["8", "9"])
    assert response.status_code == 303 and response["Location"].endswith("?done=offer#done")
    product = product_of(submission)
    assert product.live and not product.has_unpublished_changes
    assert (product.price, product.quantity_available) == (Decimal("2.20"), Decimal("800"))
    assert product.months_available == months_to_mask([8, 9])
    for copy in copies(product):
        assert copy.price == Decimal("2.20") and copy.months_available == months_to_mask([8, 9])
    assert "Buyers see the new price" in client.get(f"/en/gaqidva/manage/{token}/?done=offer").content.decode()
    assert "2.20" in client.get(product.get_url()).content.decode().replace(",", ".")


def test_offer_form_errors_are_shown_and_nothing_changes(client, live_listing):
    submission, token = live_listing
    response = manage(client, token, "en", action="offer", price="lots", quantity="")
    assert response.status_code == 200
    assert "Write the price as a number, for example 2.50." in response.content.decode()
    assert product_of(submission).price == Decimal("1.50")


def test_mark_sold_and_available_again(client, live_listing):
    submission, token = live_listing
    manage(client, token, action="sold")
    product = product_of(submission)
    assert product.status == ProductPage.Status.SOLD_OUT
    assert all(copy.status == ProductPage.Status.SOLD_OUT for copy in copies(product))
    manage(client, token, action="available")
    assert product_of(submission).status == ProductPage.Status.AVAILABLE


def test_renew_extends_the_listing_for_another_season(client, live_listing, settings):
    submission, token = live_listing
    ProductPage.objects.filter(translation_key=product_of(submission).translation_key).update(
        expires_at=timezone.localdate() - timedelta(days=1)
    )
    assert "expired" in manage(client, token, "en").content.decode()
    manage(client, token, action="renew")
    product = product_of(submission)
    assert product.expires_at == timezone.localdate() + timedelta(days=settings.LISTING_LIFETIME_DAYS)
    assert all(copy.expires_at == product.expires_at for copy in copies(product))


def test_text_and_photo_changes_wait_for_review_while_the_live_page_stays(client, live_listing, moderator):
    submission, token = live_listing
    old_photo = product_of(submission).gallery_images.get().image_id
    response = client.post(
        f"/en/gaqidva/manage/{token}/",
        {
            "action": "text",
            "title": "ვაშლი „ჯონაგოლდი“, დახარისხებული",
            "description": "ახალი აღწერა",
            "remove_photos": [str(old_photo)],
            "photos": [photo("new.png", image_bytes("PNG"), "image/png")],
        },
    )
    assert response.status_code == 303
    product = product_of(submission)
    assert product.title == "ვაშლი „ჯონაგოლდი“" and product.has_unpublished_changes
    draft = product.get_latest_revision_as_object()
    assert draft.title == "ვაშლი „ჯონაგოლდი“, დახარისხებული"
    assert [item.image_id for item in draft.gallery_images.all()] != [old_photo]
    assert product.current_workflow_state.status == "in_progress"
    assert "Your latest changes are waiting for review." in manage(client, token, "en").content.decode()

    manage(client, token, action="offer", price="3", quantity="", months=[])  # a price change in between
    product = product_of(submission)
    assert product.price == Decimal("3") and product.title == "ვაშლი „ჯონაგოლდი“"
    approve(submission, moderator)
    product = product_of(submission)
    assert product.title == "ვაშლი „ჯონაგოლდი“, დახარისხებული" and product.price == Decimal("3")


def test_withdraw_takes_the_listing_off_the_site_in_every_language(client, live_listing):
    submission, token = live_listing
    refused = manage(client, token, "en", action="withdraw")
    assert "Tick the box to confirm" in refused.content.decode()
    manage(client, token, action="withdraw", confirm="on")
    submission.refresh_from_db()
    product = product_of(submission)
    assert submission.status == ListingSubmission.Status.WITHDRAWN and not product.live
    assert not copies(product).filter(live=True).exists()
    assert "no longer on the site" in manage(client, token, "en").content.decode()


def test_a_rejected_listing_corrected_by_the_farmer_goes_back_to_review(client, moderator):
    from .helpers import moderate

    token = token_from(post_listing(client, "ka"))
    submission = latest_submission()
    moderate(product_of(submission), moderator, "reject", reason="missing_price", comment="")
    manage(client, token, action="offer", price="2", quantity="", months=[])
    submission.refresh_from_db()
    assert submission.status == ListingSubmission.Status.WAITING
    assert product_of(submission).current_workflow_state.status == "in_progress"


def test_waiting_listing_changes_stay_in_the_draft(client):
    token = token_from(post_listing(client, "ka"))
    submission = latest_submission()
    manage(client, token, action="offer", price="4", quantity="10", months=[])
    product = product_of(submission)
    assert not product.live and product.get_latest_revision_as_object().price == Decimal("4")
    assert "sold" not in manage(client, token, "en").context["actions"]
