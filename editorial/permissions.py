"""Who may write in which language.

Wagtail has no per-language rights; here a language belongs to whoever may publish pages in its
tree. Translators therefore write English and Russian but never touch the Georgian originals,
pages or snippets alike.
"""

from wagtail.models import Locale, Page


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
