"""A valid listing is stored first, then becomes draft pages in the farmer's language under moderation;
when a later step fails, the stored submission stays for editors to see."""

from wagtail.models import Page

from listings import intake as listings
from listings.models import ListingSubmission
from products.models import FarmerPage, ProductPage
from products.months import months_to_mask

from .conftest import photo, post_listing, token_from
from .helpers import latest_submission, product_of


def test_valid_listing_is_stored_and_becomes_draft_pages_in_moderation(client):
    response = post_listing(client, "ka", photos=[photo("a.jpg"), photo("b.jpg")])
    assert response.status_code == 303
    submission = latest_submission()
    assert submission.status == ListingSubmission.Status.WAITING
    assert submission.language == "ka" and submission.phone == "+995599123456"
    assert submission.data["title"] == "ვაშლი „ჯონაგოლდი“" and submission.data["months"] == months_to_mask([9, 10, 11])
    assert len(submission.client_fingerprint) == 40 and "127.0.0.1" not in str(submission.data)
    assert submission.token_digest not in response["Location"]
    farmer = FarmerPage.objects.get(pk=submission.farmer_page_id)
    product = product_of(submission)
    assert not farmer.live and not product.live
    assert farmer.locale.language_code == "ka" and product.get_parent().pk == farmer.pk
    assert farmer.phone == "+995 599 12 34 56" and farmer.phone_consent
    assert product.slug == "vashli-jonagoldi" and product.price == 1.5 and product.quantity_available == 2000
    assert product.description == "<p>ტკბილი ვაშლი ჩვენი ბაღიდან.</p>\n\n<p>ინახება გაზაფხულამდე.</p>"
    assert product.expires_at is not None
    assert product.current_workflow_state.workflow.name == "Listing moderation"
    assert len(product.get_latest_revision_as_object().gallery_images.all()) == 2
    assert not product.get_translations().exists()  # copies in other languages come with publishing


def test_farmer_sees_the_reference_and_the_private_link(client):
    response = post_listing(client, "en")
    welcome = client.get(response["Location"])
    html = welcome.content.decode()
    submission = latest_submission()
    assert welcome.status_code == 200
    assert "Thank you! Your listing was sent." in html
    assert submission.reference in html
    assert f'/en/gaqidva/manage/{token_from(response)}/" readonly' in html
    assert "Waiting for review" in html
    assert welcome["Referrer-Policy"] == "same-origin" and "noindex" in welcome["X-Robots-Tag"]
    assert "no-store" in welcome["Cache-Control"] or "max-age=0" in welcome["Cache-Control"]


def test_listing_in_russian_is_created_in_the_russian_tree(client):
    post_listing(client, "ru", title="Мёд из Никози", farmer_name="Нино Беридзе", phone="599 44 55 66")
    submission = latest_submission()
    product = product_of(submission)
    assert submission.language == "ru"
    assert product.locale.language_code == "ru" and product.slug == "med-iz-nikozi"
    assert FarmerPage.objects.get(pk=submission.farmer_page_id).url_path.startswith("/home-ru/")


def test_second_listing_with_the_same_phone_gets_a_draft_farmer_of_its_own(client):
    post_listing(client, "ka", title="ვაშლი")
    post_listing(client, "ka", title="მსხალი", phone="+995599123456")
    first, second = ListingSubmission.objects.order_by("-created_at")[:2][::-1]
    assert second.farmer_page_id != first.farmer_page_id and not second.attached_to_existing_farmer


def test_a_phone_already_on_the_site_does_not_file_the_listing_under_that_farmer(client, moderator):
    """Phone numbers are public: anyone could type Giorgi Beridze's and hold the private link of an offer
    shown under his name (issue 12, finding 6). Moderators are told, and move the listing after a call."""
    beridze = FarmerPage.objects.get(slug="giorgi-beridze", locale__language_code="ka")
    offers_before = beridze.get_children().count()
    post_listing(client, "ka", phone="555 10 20 01", farmer_name="გიორგი ბერიძე")
    submission = latest_submission()
    assert submission.farmer_page_id != beridze.pk and not submission.attached_to_existing_farmer
    assert beridze.get_children().count() == offers_before
    client.force_login(moderator)
    inspect = client.get(f"/admin/listing-submissions/inspect/{submission.pk}/").content.decode()
    assert "is already on the site with this phone number" in inspect and beridze.title in inspect


def test_submission_survives_when_creating_its_pages_fails(client, monkeypatch):
    def broken(submission):
        raise RuntimeError("the page tree is locked")

    monkeypatch.setattr(listings, "_create_pages", broken)
    pages_before = Page.objects.count()
    response = post_listing(client, "en", photos=[photo()])
    assert response.status_code == 303  # the farmer still gets the reference and the private link
    submission = latest_submission()
    assert submission.status == ListingSubmission.Status.NEEDS_ATTENTION
    assert submission.error == "RuntimeError: the page tree is locked"
    assert submission.photos.count() == 1 and submission.product_page_id is None
    assert Page.objects.count() == pages_before
    assert "Waiting for review" in client.get(response["Location"]).content.decode()

    monkeypatch.undo()
    listings.create_draft_listing(submission)
    submission.refresh_from_db()
    assert submission.status == ListingSubmission.Status.WAITING and submission.error == ""
    assert product_of(submission).current_workflow_state is not None


def test_editors_retry_a_failed_submission_from_the_admin(client, monkeypatch, moderator):
    monkeypatch.setattr(listings, "_create_pages", lambda submission: 1 / 0)
    post_listing(client, "en")
    submission = latest_submission()
    monkeypatch.undo()
    client.force_login(moderator)
    inspect = client.get(f"/admin/listing-submissions/inspect/{submission.pk}/")
    assert "ZeroDivisionError" in inspect.content.decode()
    client.post(f"/admin/listing-submissions/retry/{submission.pk}/")
    submission.refresh_from_db()
    assert submission.status == ListingSubmission.Status.WAITING and submission.product_page_id


def test_demo_has_waiting_listings_for_moderators():
    waiting = ListingSubmission.objects.filter(reference__startswith="DEMO-", status=ListingSubmission.Status.WAITING)
    assert waiting.count() == 3
    for submission in waiting:
        product = ProductPage.objects.get(pk=submission.product_page_id)
        assert not product.live and product.current_workflow_state.status == "in_progress"
