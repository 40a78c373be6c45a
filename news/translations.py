"""Show translatable snippets in the visitor's language, falling back to the Georgian original.

`obj.localized` costs a query per object; these helpers fetch every language version a
listing needs in one query and pick the right one for each translation key.
"""

from django.conf import settings


def versions_by_key(queryset, language_code):
    """Map translation key to `(text version, source version)` for the visitor's language.

    The text version is the snippet in `language_code` if it exists, else the source-language
    one; its `text_language` attribute says which, so templates can mark it with `lang`.
    """
    source_code = settings.LANGUAGE_CODE
    rows = queryset.filter(locale__language_code__in={language_code, source_code}).select_related("locale")
    found = {}
    for row in rows:
        found.setdefault(row.translation_key, {})[row.locale.language_code] = row
    versions = {}
    for key, by_language in found.items():
        source = by_language.get(source_code) or by_language[language_code]
        text = by_language.get(language_code) or source
        text.text_language = text.locale.language_code
        versions[key] = (text, source)
    return versions


def localized_by_key(queryset, language_code):
    """Map translation key to the snippet in `language_code`, or its source when untranslated."""
    return {key: text for key, (text, _source) in versions_by_key(queryset, language_code).items()}
