"""Closed sections of the page tree: rights granted above a section do not reach into it (issue 12).

Wagtail's page rights flow down the tree, so the Editors' rights on the whole site would reach the farmers'
directories, and the Translators' rights on the English and Russian trees would reach listings that farmers
sent in those languages. In a closed section only rights granted on the section's root page (or below) count;
rights granted on a language's tree reach only the section's translations there (prose: their facts are
synchronised), and only to change and publish them while the original is live.
"""

from django.contrib.auth.models import Group, Permission
from wagtail.models import GroupPagePermission, Page, PagePermissionTester
from wagtail_localize.models import TranslationSource

TRANSLATION_ACTIONS = {"change", "publish"}


class ClosedSectionPermissionTester(PagePermissionTester):
    """What `user` may do with `page`, a page of the closed section whose root has `section_path`."""

    def __init__(self, user, page, section_path):
        super().__init__(user, page)
        if not user.is_active or user.is_superuser:
            return
        inside, from_language_tree = set(), set()
        for perm in self.permission_policy.get_cached_permissions_for_user(user):
            if not page.path.startswith(perm.page.path):
                continue
            action = perm.permission.codename.rsplit("_", maxsplit=1)[0]
            if perm.page.path.startswith(section_path):
                inside.add(action)
            elif perm.page.depth == 2:  # a language's home: the whole tree of one language
                from_language_tree.add(action)
        if from_language_tree & TRANSLATION_ACTIONS and is_translation_of_live_original(page):
            inside |= from_language_tree & TRANSLATION_ACTIONS
        self.permissions = inside


def is_translation_of_live_original(page):
    """Whether `page` is a translation (not an untranslated copy) of a live page written in another language."""
    if page.alias_of_id is not None:
        return False
    source_locale = (
        TranslationSource.objects.filter(object_id=page.translation_key).values_list("locale_id", flat=True).first()
    )
    if source_locale is None or source_locale == page.locale_id:
        return False
    return Page.objects.filter(translation_key=page.translation_key, locale_id=source_locale, live=True).exists()


class ClosedSectionPage:
    """Mixin for the page types of a closed section; `section_steps` is how far below the section's root the
    type sits (0 for the root itself)."""

    section_steps = 0

    def permissions_for_user(self, user):
        section_path = self.path[: len(self.path) - self.section_steps * self.steplen]
        return ClosedSectionPermissionTester(user, self, section_path)


def grant_page_rights(group_name, page, actions):
    """Give the group `actions` ("add", "change", "publish", ...) on `page` and below, if the group exists."""
    group = Group.objects.filter(name=group_name).first()
    if group is None:
        return
    codenames = [f"{action}_page" for action in actions]
    for right in Permission.objects.filter(content_type__app_label="wagtailcore", codename__in=codenames):
        GroupPagePermission.objects.get_or_create(group=group, page=page, permission=right)
