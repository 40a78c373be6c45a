"""A page published in one language exists at once in the others, as an untranslated copy.

wagtail-localize's synchronised trees create these copies (aliases) only from the admin's
`after_create_page` hook, so pages created in code (the listing form, the demo loaders) or copied
with "Copy page" would be missing in the other languages. Publishing now creates them for every page.
"""

from django.dispatch import receiver
from wagtail.models import Locale
from wagtail.signals import page_published


def create_untranslated_copies(page):
    """Create an alias of `page` in every language that has no version of it yet; return them.

    Every language, not only those wagtail-localize synchronises from Georgian: a farmer may send a
    listing in Russian, and it must still exist in Georgian and English.
    """
    missing_locales = Locale.objects.exclude(id__in=page.get_translations(inclusive=True).values("locale_id"))
    return [page.copy_for_translation(locale, copy_parents=True, alias=True) for locale in missing_locales]


@receiver(page_published)
def publish_in_every_language(sender, instance, **kwargs):
    if instance.alias_of_id is None:
        create_untranslated_copies(instance)
