"""The task of the "Listing moderation" workflow: a group approves (publishes) or rejects with a reason."""

from django.utils.translation import gettext_lazy as _
from wagtail.models import AbstractGroupApprovalTask

from core.compat import user_in_groups


class ListingModerationTask(AbstractGroupApprovalTask):
    """Moderators publish a farmer's listing, or reject it with a reason from a list that the farmer sees."""

    def get_actions(self, obj, user):
        if user.is_superuser or user_in_groups(self, user):
            return [
                ("reject", _("Reject"), True),
                # The editor adds "and Publish" to approvals at the last step, as for Wagtail's own tasks.
                ("approve", _("Approve"), False),
                ("approve", _("Approve with comment"), True),
            ]
        return []

    def get_form_for_action(self, action):
        if action == "reject":
            from listings.moderation import ListingRejectionForm

            return ListingRejectionForm
        return super().get_form_for_action(action)

    def on_action(self, task_state, user, action_name, **kwargs):
        reason = kwargs.pop("reason", "")
        if action_name == "reject":
            from listings.moderation import record_rejection

            record_rejection(task_state.workflow_state.content_object, reason, kwargs.get("comment", ""))
        return super().on_action(task_state, user, action_name, **kwargs)

    @classmethod
    def get_description(cls):
        return _("Members of the chosen groups publish farmers' listings or reject them with a reason")

    class Meta:
        db_table = "products_listingmoderationtask"  # moved from the products app with its rows
        verbose_name = _("listing moderation task")
        verbose_name_plural = _("listing moderation tasks")
