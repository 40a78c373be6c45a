"""On PostgreSQL, fifty farmers sending listings at the same moment leave fifty submissions and fifty draft products.

The requests run in threads with their own database connections, so they commit for real, outside the test's
rolled-back transaction; the test removes what they made afterwards (a flush of the whole database, which
transactional_db does, would also remove the demo content the other tests read).
"""

import threading
import time

import pytest
from django.db import connection, connections
from django.test import Client
from wagtail.images import get_image_model
from wagtail.models import Page, WorkflowState

from core.models import FormAttempt
from listings.models import ListingSubmission
from products.models import ProductPage
from tests.form_timing import started_at

from .conftest import listing_data, photo

SENDERS = 50


def _in_own_connection(work):
    """Run `work` in a thread of its own (its own, autocommitting database connection)."""
    outcome = {}

    def run():
        try:
            outcome["value"] = work()
        except BaseException as error:  # noqa: BLE001 - re-raised in the test's thread
            outcome["error"] = error
        finally:
            connections.close_all()

    thread = threading.Thread(target=run)
    thread.start()
    thread.join()
    if "error" in outcome:
        raise outcome["error"]
    return outcome.get("value")


def _remove(references):
    submissions = list(ListingSubmission.objects.filter(reference__in=references))
    page_ids = [submission.product_page_id for submission in submissions if submission.product_page_id]
    farmer_ids = {submission.farmer_page_id for submission in submissions if submission.farmer_page_id}
    image_ids = [photo.image_id for submission in submissions for photo in submission.photos.all()]
    WorkflowState.objects.filter(object_id__in=[str(pk) for pk in page_ids]).delete()
    for page in Page.objects.filter(pk__in=[*page_ids, *farmer_ids]).order_by("-depth"):
        page.delete()
    ListingSubmission.objects.filter(pk__in=[submission.pk for submission in submissions]).delete()
    get_image_model().objects.filter(pk__in=image_ids).delete()
    FormAttempt.objects.filter(scope__startswith="listing").delete()


@pytest.mark.skipif(connection.vendor != "postgresql", reason="SQLite serialises every write: nothing to race")
def test_fifty_listings_sent_at_once_are_all_stored_with_their_draft_pages(generous_limits):
    start = threading.Barrier(SENDERS)
    statuses, references = [], []

    def send(number):
        address = f"10.0.{number // 250}.{number % 250 + 1}"
        data = listing_data(
            farmer_name=f"ფერმერი {number}",
            phone=f"599 {number // 100:02d} {number % 100:02d} 77",
            title=f"თაფლი {number}",
            # The form's start time is signed for the address it was shown to (core.protection).
            started=started_at(time.time() - 60, address=address),
        )
        data["photos"] = [photo(f"{number}.jpg")]
        client = Client(REMOTE_ADDR=address)
        start.wait()
        try:
            response = client.post("/ka/gaqidva/", data)
            statuses.append(response.status_code)
        finally:
            connections.close_all()

    before = _in_own_connection(lambda: set(ListingSubmission.objects.values_list("reference", flat=True)))
    threads = [threading.Thread(target=send, args=(number,)) for number in range(SENDERS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    try:
        def count():
            new = ListingSubmission.objects.exclude(reference__in=before)
            references.extend(new.values_list("reference", flat=True))
            return (
                new.count(),
                new.filter(status=ListingSubmission.Status.WAITING).count(),
                ProductPage.objects.filter(pk__in=new.values("product_page_id"), live=False).count(),
                len(set(Page.objects.values_list("path", flat=True))) == Page.objects.count(),
            )

        assert statuses == [303] * SENDERS
        assert _in_own_connection(count) == (SENDERS, SENDERS, SENDERS, True)
    finally:
        _in_own_connection(lambda: _remove(references or []))
