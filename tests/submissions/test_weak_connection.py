"""The listing form on a weak connection (issue 14): one listing per form however often it is sent, and photos
sent one by one (made lighter in the browser) that the form then refers to."""

import io

from PIL import Image

from listings.models import ListingSubmission

from .conftest import form_url, image_bytes, photo, post_listing, token_from

KEY = "k3y-0f-one-form-rendering-123456"


def photo_url(language="ka"):
    return form_url(language) + "photo/"


def test_the_same_form_sent_twice_is_one_listing_and_the_second_answer_shows_its_reference(client):
    first = post_listing(client, "ka", submission_key=KEY)
    second = post_listing(client, "ka", submission_key=KEY, title="სხვა სათაური")
    assert first.status_code == second.status_code == 303
    submissions = ListingSubmission.objects.filter(idempotency_key=KEY)
    assert submissions.count() == 1
    submission = submissions.get()
    assert submission.title == "ვაშლი „ჯონაგოლდი“"
    # The second answer is a working private link to the first listing, showing its reference.
    page = client.get(second["Location"])
    assert submission.reference in page.content.decode()
    assert ListingSubmission.for_token(token_from(second)) == submission


def test_forms_with_different_keys_or_none_are_different_listings(client, generous_limits):
    before = ListingSubmission.objects.count()
    post_listing(client, "ka", submission_key=KEY)
    post_listing(client, "ka", submission_key=KEY.replace("k3y", "key"))
    post_listing(client, "ka", submission_key="<not a key>")
    assert ListingSubmission.objects.count() == before + 3


def test_the_form_carries_a_key_of_its_own_when_shown_again_with_errors(client):
    html = post_listing(client, "en", village="", submission_key=KEY).content.decode()
    assert f'name="submission_key" value="{KEY}"' in html
    fresh = post_listing(client, "en", village="").content.decode()
    assert 'name="submission_key" value=""' not in fresh


def test_a_photo_sent_on_its_own_comes_back_as_a_reference_the_form_then_sends(client):
    response = client.post(
        photo_url("en"), {"photo": photo("tree.jpg", image_bytes(size=(1600, 1200))), "submission_key": KEY}
    )
    assert response.status_code == 200
    answer = response.json()
    assert (answer["width"], answer["height"]) == (1600, 1200) and answer["received_bytes"] > 0
    listing = post_listing(client, "en", kept_photos=[answer["reference"]], submission_key=KEY)
    assert listing.status_code == 303
    submission = ListingSubmission.objects.latest("created_at")
    assert submission.photos.count() == 1


def test_a_file_that_is_not_a_photo_is_refused_with_a_message_in_the_page_language(client):
    response = client.post(
        photo_url("ru"), {"photo": photo("notes.jpg", b"not an image at all"), "submission_key": KEY}
    )
    assert response.status_code == 400
    assert "«" in response.json()["error"] or "notes.jpg" in response.json()["error"]
    assert client.get(photo_url("en")).status_code == 405


def test_photos_sent_on_their_own_are_rate_limited(client, settings):
    settings.PHOTO_UPLOADS_PER_CLIENT_PER_HOUR = 1
    small = io.BytesIO()
    Image.new("RGB", (50, 40), (10, 200, 10)).save(small, "JPEG")
    first = {"photo": photo("a.jpg", small.getvalue()), "submission_key": KEY}
    second = {"photo": photo("b.jpg", small.getvalue()), "submission_key": KEY}
    assert client.post(photo_url(), first).status_code == 200
    assert client.post(photo_url(), second).status_code == 429
