from django.apps import AppConfig


class CoreConfig(AppConfig):
    """The bottom layer: languages, slugs, shared blocks, form protection and template helpers.

    It imports no other app of the project; every other app may use it.
    """

    name = "core"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import compat, page_cache, signals

        signals.connect()
        compat.cache_locale_lookups(page_cache.cached_locale)
        compat.cache_private_sections(page_cache.cached_private_sections)
