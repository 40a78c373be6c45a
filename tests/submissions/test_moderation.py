"""Moderators approve (publish, in every language at once) or reject with a reason the farmer reads,
see waiting listings on the dashboard and in a filterable list, and move a listing to an existing farmer."""

import json
import re

import pytest
from django.contrib.auth.models import Group, Permission
from django.urls import reverse
from django.utils import translation

from listings.models import ListingSubmission, RejectionReason
from products.models import FarmerPage, ProductPage
from products.units import unit_abbreviation

from .conftest import photo, post_listing, token_from
from .helpers import approve, latest_submission, moderate, product_of


def test_approving_publishes_the_listing_and_its_farmer_in_every_language(client, moderator):
    post_listing(client, "ka", photos=[photo()])
    submission = latest_submission()
    product = approve(submission, moderator)
    assert product.live and submission.status == ListingSubmission.Status.LIVE and submission.reviewed_at
    farmer = FarmerPage.objects.get(pk=submission.farmer_page_id)
    assert farmer.live
    for language in ("en", "ru"):
        copy = ProductPage.objects.get(translation_key=product.translation_key, locale__language_code=language)
        assert copy.live and copy.alias_of_id == product.pk
        assert copy.farmer.translation_key == farmer.translation_key and copy.farmer.live


@pytest.mark.parametrize(
    ("language", "category", "village"),
    [("ka", "ვაშლი", "ნიქოზი"), ("en", "Apples", "Nikozi"), ("ru", "Яблоки", "Никози")],
)
def test_approved_listing_appears_in_each_catalogue_with_facts_in_that_language(
    client, moderator, language, category, village
):
    post_listing(client, "ka", title="ვაშლი „შამპანური“", price="1,80")
    approve(latest_submission(), moderator)
    html = client.get(f"/{language}/produktebi/?category=vashli&village=nikozi").content.decode()
    assert "ვაშლი „შამპანური“" in html
    card = html[html.index("ვაშლი „შამპანური“"):][:1500]
    with translation.override(language):
        unit = unit_abbreviation("kg")  # the catalogue's own label for the unit, in that language
    assert category in card and village in card and f"/ {unit}" in card.replace("\u00a0", " ")


def test_rejecting_keeps_the_reason_and_the_farmer_reads_it_in_their_language(client, moderator):
    response = post_listing(client, "ru")
    token = token_from(response)
    submission = latest_submission()
    moderate(product_of(submission), moderator, "reject", reason=RejectionReason.UNCLEAR_PHOTO, comment="Фото тёмное.")
    submission.refresh_from_db()
    assert submission.status == ListingSubmission.Status.REJECTED
    assert submission.rejection_reason == "unclear_photo" and submission.rejection_note == "Фото тёмное."
    assert not product_of(submission).live
    english = client.get(f"/en/gaqidva/manage/{token}/").content.decode()
    assert "Not published" in english and "The photos are unclear or do not show the offer" in english
    assert "Фото тёмное." in english


def test_reject_dialog_in_the_admin_asks_for_a_reason(client, moderator):
    post_listing(client, "ka")
    submission = latest_submission()
    product = product_of(submission)
    task_state = product.current_workflow_task_state
    client.force_login(moderator)
    url = reverse("wagtailadmin_pages:workflow_action", args=[product.pk, "reject", task_state.pk])
    dialog = json.loads(client.get(url).content)["html"]  # Wagtail's modal, as JSON
    assert 'name="reason"' in dialog and "The photos are unclear or do not show the offer" in dialog
    client.post(url, {"reason": "missing_price", "comment": "Please add the price per kilogram."})
    submission.refresh_from_db()
    assert submission.status == ListingSubmission.Status.REJECTED and submission.rejection_reason == "missing_price"
    assert product_of(submission).current_workflow_state.status == "needs_changes"


def test_approve_in_the_admin_publishes(client, moderator):
    post_listing(client, "ka")
    submission = latest_submission()
    product = product_of(submission)
    client.force_login(moderator)
    task_state = product.current_workflow_task_state
    client.post(reverse("wagtailadmin_pages:workflow_action", args=[product.pk, "approve", task_state.pk]))
    submission.refresh_from_db()
    assert product_of(submission).live and submission.status == ListingSubmission.Status.LIVE


def test_moderators_move_a_waiting_listing_to_an_existing_farmer(client, moderator):
    post_listing(client, "ka", phone="599 98 76 54", farmer_name="გ. ბერიძე")
    submission = latest_submission()
    draft_farmer_id = submission.farmer_page_id
    existing = FarmerPage.objects.get(slug="giorgi-beridze", locale__language_code="ka")
    client.force_login(moderator)
    form = client.get(f"/admin/listing-submissions/attach/{submission.pk}/")
    assert form.status_code == 200
    client.post(f"/admin/listing-submissions/attach/{submission.pk}/", {"farmer": existing.pk})
    submission.refresh_from_db()
    product = product_of(submission)
    assert submission.farmer_page_id == existing.pk and submission.attached_to_existing_farmer
    assert product.get_parent().pk == existing.pk and product.farmer_id == existing.pk
    assert not FarmerPage.objects.filter(pk=draft_farmer_id).exists()
    approve(submission, moderator)
    assert ProductPage.objects.get(pk=product.pk).live


def test_submission_list_filters_by_status_village_category_and_date(client, moderator):
    post_listing(client, "ka")
    client.force_login(moderator)
    base = "/admin/listing-submissions/"
    everything = client.get(base).content.decode()
    assert "DEMO-A" in everything and latest_submission().reference in everything
    nikozi = client.get(base, {"village": latest_submission().village_id}).content.decode()
    assert latest_submission().reference in nikozi and "DEMO-A" not in nikozi
    walnuts = ListingSubmission.objects.get(reference="DEMO-C").category_id
    assert "DEMO-C" in client.get(base, {"category": walnuts}).content.decode()
    assert "DEMO-A" not in client.get(base, {"status": "live"}).content.decode()
    assert "DEMO-A" in client.get(base, {"created_at_after": "2000-01-01"}).content.decode()
    assert client.get(f"{base}inspect/{latest_submission().pk}/").status_code == 200
    assert client.get(f"{base}new/").status_code in {302, 403}


def test_dashboard_shows_listings_waiting_for_review(client, moderator):
    client.force_login(moderator)
    html = client.get("/admin/").content.decode()
    assert "Farmers' listings waiting for review" in html
    assert "ვაშლი „გოლდენი“" in html and "DEMO-A" in html


def test_moderators_group_can_review_submissions_and_inquiries():
    moderators = Group.objects.get(name="Moderators")
    codenames = set(Permission.objects.filter(group=moderators).values_list("codename", flat=True))
    assert {"view_listingsubmission", "change_listingsubmission", "view_inquiry", "view_listingreport"} <= codenames
    assert "view_inquiry" in set(Group.objects.get(name="Editors").permissions.values_list("codename", flat=True))


def test_editors_revoke_a_private_link_and_make_a_new_one(client, moderator):
    token = token_from(post_listing(client, "ka"))
    submission = latest_submission()
    client.force_login(moderator)
    client.post(f"/admin/listing-submissions/revoke/{submission.pk}/")
    assert client.get(f"/ka/gaqidva/manage/{token}/").status_code == 404
    response = client.post(f"/admin/listing-submissions/new-link/{submission.pk}/", follow=True)
    message = next(str(m) for m in response.context["messages"] if "/manage/" in str(m))
    new_link = re.search(r"/ka/gaqidva/manage/[\w-]+/", message).group()
    assert client.get(new_link).status_code == 200


def test_an_editor_taking_a_listing_down_withdraws_it(client, moderator):
    post_listing(client, "ka")
    submission = latest_submission()
    product = approve(submission, moderator)
    product.unpublish(user=moderator)
    submission.refresh_from_db()
    assert submission.status == ListingSubmission.Status.WITHDRAWN
    assert not ProductPage.objects.filter(translation_key=product.translation_key, live=True).exists()
