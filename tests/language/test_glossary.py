"""The catalogues and the demo texts keep to docs/glossary.md: none of its known wrong variants appears."""

import re
from pathlib import Path

import polib
import pytest
from django.conf import settings

BASE = Path(settings.BASE_DIR)
GLOSSARY = BASE / "docs" / "glossary.md"
DEMO_TEXTS = [
    "products/demo/data.py",
    "listings/demo.py",
    "news/demo/texts.py",
    "home/demo/site.py",
    "portal/templates/404.html",
    "portal/templates/500.html",
]


def wrong_variants():
    """(language, pattern, advice) rows of the glossary's last table."""
    table = GLOSSARY.read_text(encoding="utf-8").split("## Known wrong variants", 1)[1]
    rows = []
    for line in table.splitlines():
        match = re.match(r"\| (ka|ru) \| `(.+?)` \| (.+) \|$", line)
        if match:
            language, pattern, advice = match.groups()
            rows.append((language, pattern.replace("\\|", "|"), advice))
    return rows


def catalogue_texts(language):
    catalogue = polib.pofile(str(BASE / "locale" / language / "LC_MESSAGES" / "django.po"))
    for entry in catalogue.translated_entries():
        yield from ([entry.msgstr] if not entry.msgid_plural else entry.msgstr_plural.values())


def test_the_glossary_lists_wrong_variants_for_both_languages():
    languages = [language for language, _pattern, _advice in wrong_variants()]
    assert languages.count("ka") >= 10 and languages.count("ru") >= 5


@pytest.mark.parametrize(("language", "pattern", "advice"), wrong_variants())
def test_no_wrong_variant_in_the_catalogue(language, pattern, advice):
    regex = re.compile(pattern, re.IGNORECASE if language == "ru" else 0)
    found = [text for text in catalogue_texts(language) if regex.search(text)]
    assert found == [], f"write {advice}"


@pytest.mark.parametrize(("language", "pattern", "advice"), wrong_variants())
def test_no_wrong_variant_in_the_demo_texts(language, pattern, advice):
    regex = re.compile(pattern, re.IGNORECASE | re.MULTILINE if language == "ru" else re.MULTILINE)
    found = [
        (path, line.strip()[:80])
        for path in DEMO_TEXTS
        for line in (BASE / path).read_text(encoding="utf-8").splitlines()
        if regex.search(line)
    ]
    assert found == [], f"write {advice}"


def _translation(language, msgid, context=None):
    catalogue = polib.pofile(str(BASE / "locale" / language / "LC_MESSAGES" / "django.po"))
    entry = catalogue.find(msgid, msgctxt=context) if context else catalogue.find(msgid)
    return entry.msgstr


@pytest.mark.parametrize(
    ("language", "report_word", "message_word"), [("ka", "საჩივ", "შეტყობინ"), ("ru", "жалоб", "сообщени")]
)
def test_a_report_is_a_complaint_and_a_message_is_a_message(language, report_word, message_word):
    reports = ["Send report", "Report this listing", "Thank you for your report", "Reports",
               "Too many reports were sent from your connection. Please try again in an hour."]
    messages = ["Send message", "Your message was sent",
                "Too many messages were sent from your connection. Please try again in an hour."]
    for msgid in reports:
        text = _translation(language, msgid).lower()
        assert report_word in text or "пожаловаться" in text, msgid
    for msgid in messages:
        assert message_word in _translation(language, msgid).lower(), msgid
    assert _translation(language, "Send report") != _translation(language, "Send message")


def test_the_unit_field_is_the_unit_of_sale():
    assert _translation("ru", "Sold by") == "Единица продажи"
    assert _translation("ka", "Sold by") == "გაყიდვის ერთეული"


@pytest.mark.parametrize("msgid", ["On the site until", "Offer valid until", "valid until"])
def test_georgian_until_labels_say_until(msgid):
    text = _translation("ka", msgid)
    assert "ბოლო დღე" in text or "მოქმედების ვადა" in text


@pytest.mark.parametrize("language", ["ka", "ru"])
def test_price_examples_use_the_decimal_comma(language):
    for msgid in ["Write the price as a number, for example 2.50.",
                  "For one unit, for example 2.50. Leave it empty and tick the box below if buyers should ask."]:
        assert "2,50" in _translation(language, msgid)
