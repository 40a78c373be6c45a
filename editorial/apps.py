from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EditorialConfig(AppConfig):
    """The agency's editorial work: groups, publishing in three languages, the translators' queue."""

    name = "editorial"
    verbose_name = _("Editorial workflow")

    def ready(self):
        from . import checks, groups, publishing  # noqa: F401  (system checks and signal receivers)
