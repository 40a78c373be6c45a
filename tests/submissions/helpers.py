"""Moderation steps the tests share: approving or rejecting a listing the way the workflow buttons do."""

from listings.models import ListingSubmission
from products.models import ProductPage


def latest_submission():
    return ListingSubmission.objects.latest("created_at")


def product_of(submission):
    return ProductPage.objects.get(pk=submission.product_page_id)


def moderate(product, user, action, **data):
    task_state = product.current_workflow_task_state
    assert task_state is not None, "the listing is not in moderation"
    task_state.task.specific.on_action(task_state, user, action, **data)


def approve(submission, user):
    moderate(product_of(submission), user, "approve")
    submission.refresh_from_db()
    return product_of(submission)
