"""The editorial workflow of news: every news index, in every language, uses "News approval".

Scheduled posts (a "go live" date set in the admin) are published by Wagtail's own command,
run every few minutes by cron, for example:

    */10 * * * *  cd /srv/agrofarm && .venv/bin/python manage.py publish_scheduled
"""

from wagtail.models import Workflow, WorkflowPage

NEWS_WORKFLOW_NAME = "News approval"


def news_workflow():
    return Workflow.objects.filter(name=NEWS_WORKFLOW_NAME, active=True).first()


def assign_news_workflow(index_page):
    """Put `index_page` (and so its news posts) under the News approval workflow; True if it changed."""
    workflow = news_workflow()
    if workflow is None:
        return False
    _link, created = WorkflowPage.objects.get_or_create(page=index_page, defaults={"workflow": workflow})
    return created
