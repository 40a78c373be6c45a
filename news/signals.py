"""Keep every news index under the News approval workflow, however it was created.

Editors create index pages in the admin, wagtail-localize creates their translations and
aliases, the demo loader creates them in code: all of them pass through post_save.
"""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from core.page_cache import bump_generation
from core.page_permissions import grant_page_rights
from news.models import NewsIndexPage, PlanBudgetLine, PlanIndicator
from news.workflow import assign_news_workflow


@receiver(post_save, sender=NewsIndexPage)
def put_new_news_index_under_workflow(sender, instance, created, raw=False, **kwargs):
    if created and not raw:
        assign_news_workflow(instance)
        # The workflow publishes with the approver's rights: Moderators need that one here (reviewers reach the
        # editor through the workflow itself).
        grant_page_rights("Moderators", instance, ["publish"])


@receiver(post_save, sender=PlanIndicator)
@receiver(post_delete, sender=PlanIndicator)
@receiver(post_save, sender=PlanBudgetLine)
@receiver(post_delete, sender=PlanBudgetLine)
def plan_figures_changed(sender, instance, raw=False, **kwargs):
    """Indicators and budget lines are not snippets (core/signals.py does not see them), yet the plan page, its
    downloads and the Results page show them: the cached copies must go."""
    if not raw:
        bump_generation()
