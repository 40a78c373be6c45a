"""Who may write in which language.

Wagtail has no per-language rights; here a language belongs to whoever may publish pages in its
tree. Translators therefore write English and Russian but never touch the Georgian originals,
pages or snippets alike.
"""

from django.conf import settings
from wagtail.models import Locale, Page
from wagtail.permissions import page_permission_policy


def _language_root(locale):
    return Page.objects.filter(depth=2, locale=locale).order_by("path").first() or Page.get_first_root_node()


def may_write_in(user, locale):
    """Whether `user` may publish content in `locale`."""
    if not user.is_active:
        return False
    if user.is_superuser:
        return True
    return _language_root(locale).permissions_for_user(user).can_publish()


def writable_locales(user):
    """The locales `user` may publish content in."""
    return [locale for locale in Locale.objects.all() if may_write_in(user, locale)]


def rights_only_to_translate(user, page):
    """Whether all of `user`'s rights on `page` come from a translation language's tree (the Translators'):
    those are for translating, never for deleting, moving or copying pages."""
    if not user.is_active or user.is_superuser:
        return False
    grants = [
        perm for perm in page_permission_policy.get_cached_permissions_for_user(user)
        if page.path.startswith(perm.page.path)
    ]
    return bool(grants) and all(
        perm.page.depth == 2 and perm.page.locale.language_code != settings.LANGUAGE_CODE for perm in grants
    )
