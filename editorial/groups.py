"""The agency's three groups. Their rights are set by migration; this keeps the Translators' in step.

Translators edit and publish the English and Russian trees only. A language's tree appears when its
home page is first created (by a translation or an untranslated copy), often after the migration
ran, so the right is granted when that page is created.
"""

from django.conf import settings
from django.contrib.auth.models import Group, Permission
from django.db.models.signals import post_save
from django.dispatch import receiver
from wagtail.models import GroupPagePermission, Page

EDITORS = "Editors"
MODERATORS = "Moderators"
TRANSLATORS = "Translators"

TRANSLATOR_PAGE_PERMISSIONS = ["change_page", "publish_page"]


def grant_translators_language_tree(root_page):
    """Let Translators edit and publish everything under `root_page`, a translation language's home."""
    translators = Group.objects.filter(name=TRANSLATORS).first()
    if translators is None:
        return
    for permission in Permission.objects.filter(
        content_type__app_label="wagtailcore", codename__in=TRANSLATOR_PAGE_PERMISSIONS
    ):
        GroupPagePermission.objects.get_or_create(group=translators, page=root_page, permission=permission)


@receiver(post_save)
def open_new_language_tree_to_translators(sender, instance, created, raw=False, **kwargs):
    if not created or raw or not isinstance(instance, Page) or instance.depth != 2:
        return
    if instance.locale.language_code != settings.LANGUAGE_CODE:
        grant_translators_language_tree(instance)
