"""`manage.py update_index`: Wagtail's command, then the site search vocabulary rebuilt from the same pages.

Django runs this command instead of Wagtail's because the search app comes first in INSTALLED_APPS.
"""

from wagtail.search.management.commands.update_index import Command as WagtailUpdateIndex

from core.site_search import one_text_per_translation_group
from search import vocabulary


class Command(WagtailUpdateIndex):
    help = "Rebuild the search index and the site search vocabulary (typo corrections, “did you mean”)."

    def handle(self, **options):
        with one_text_per_translation_group():
            super().handle(**options)
        size = vocabulary.rebuild()
        if options.get("verbosity", 1):
            self.stdout.write(f"Site search vocabulary: {size} terms.")
