from pathlib import Path

import polib
from django.conf import settings
from django.core.management.base import BaseCommand

SOURCE_LANGUAGE = "en"


def _fill_with_source_text(catalogue):
    """Give every untranslated entry its own text; True when something changed."""
    untranslated = catalogue.untranslated_entries()
    for entry in untranslated:
        if entry.msgid_plural:
            entry.msgstr_plural = {0: entry.msgid, 1: entry.msgid_plural}
        else:
            entry.msgstr = entry.msgid
    return bool(untranslated)


class Command(BaseCommand):
    help = (
        "Compile locale/*/LC_MESSAGES/django.po into .mo files with polib (no OS gettext tools needed). "
        "The interface is written in English, so empty English entries are filled with the source text first."
    )

    def handle(self, *args, **options):
        for locale_path in settings.LOCALE_PATHS:
            for po_path in sorted(Path(locale_path).glob("*/LC_MESSAGES/django.po")):
                catalogue = polib.pofile(str(po_path))
                if po_path.parent.parent.name == SOURCE_LANGUAGE and _fill_with_source_text(catalogue):
                    catalogue.save()
                catalogue.save_as_mofile(str(po_path.with_suffix(".mo")))
                self.stdout.write(f"{po_path}: {len(catalogue.translated_entries())} messages")
