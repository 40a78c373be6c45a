"""Keep every news index under the News approval workflow, however it was created.

Editors create index pages in the admin, wagtail-localize creates their translations and
aliases, the demo loader creates them in code: all of them pass through post_save.
"""

from django.db.models.signals import post_save
from django.dispatch import receiver

from news.models import NewsIndexPage
from news.workflow import assign_news_workflow


@receiver(post_save, sender=NewsIndexPage)
def put_new_news_index_under_workflow(sender, instance, created, raw=False, **kwargs):
    if created and not raw:
        assign_news_workflow(instance)
