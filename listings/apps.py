from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ListingsConfig(AppConfig):
    """The farmer's side: the form page, submissions, photos, moderation, private links, inquiries, reports."""

    name = "listings"
    verbose_name = _("Farmers' listings")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import (
            moderation,  # noqa: F401  (connects the listing moderation receivers)
            wanted,  # noqa: F401  (buyers' requests bump the page cache when they change)
        )
