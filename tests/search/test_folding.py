"""Folding and keys: the forms a buyer may type of one word meet on the same terms."""

import pytest

from core import folding
from search.query import clean


def keys(*words):
    return {folding.key(folding.fold(word)) for word in words}


@pytest.mark.parametrize(
    "forms",
    [
        ("ვაშლი", "ვაშლის", "ვაშლით", "ვაშლები", "ვაშლებს", "ვაშლისთვის"),
        ("ატამი", "ატმის", "ატმები"),  # the stem vowel drops before an ending
        ("კაკალი", "კაკლის"),
        ("ტყემალი", "ტყემლის"),
        ("ჩურჩხელა", "ჩურჩხელის", "ჩურჩხელები"),
        ("მაწონი", "მაწონის", "მაწონს"),
    ],
)
def test_georgian_inflected_forms_share_one_key(forms):
    assert len(keys(*forms)) == 1


@pytest.mark.parametrize(
    "forms",
    [
        ("მაწონი", "matsoni", "мацони"),
        ("ჩურჩხელა", "churchkhela", "чурчхела"),
        ("ტყემალი", "tkemali", "tqemali", "ткемали"),
        ("ქვევრი", "qvevri", "kvevri", "квеври"),
        ("ჯაფარიძე", "Japaridze", "Джапаридзе"),
        ("ნადუღი", "nadughi", "надуги"),
    ],
)
def test_georgian_latin_and_cyrillic_spellings_fold_together(forms):
    assert len({folding.fold(word) for word in forms}) == 1


def test_ejective_and_plain_consonants_fold_together():
    assert folding.fold("წ") == folding.fold("ც") == "ts"
    assert folding.fold("ჭ") == folding.fold("ჩ") == "ch"
    assert folding.fold("კ") == folding.fold("ქ") == folding.fold("ყ") == "k"
    assert folding.fold("პ") == folding.fold("ფ") == "p"
    assert folding.fold("ტ") == folding.fold("თ") == "t"


@pytest.mark.parametrize(
    "forms",
    [("мёд", "мёда", "мёдом", "меда"), ("яблоко", "яблоки", "яблок"), ("apple", "apples"), ("tomato", "tomatoes")],
)
def test_russian_and_english_forms_share_one_key(forms):
    assert len(keys(*forms)) == 1


def test_mtavruli_reads_as_mkhedruli():
    assert folding.fold("ᲛᲐᲬᲝᲜᲘ") == folding.fold("მაწონი")


def test_folded_terms_are_plain_ascii_letters_and_digits_whatever_is_typed():
    text = "\"მაწონი\" OR 1=1; -- мёд* (NEAR) ^2 \x00\x07 🍯 <script>"
    for word in folding.words(text):
        for term in folding.terms(word):
            assert term.isascii() and term.isalnum()


def test_a_query_keeps_printable_characters_and_at_most_200_of_them():
    assert clean("  ვაშლი\x00\x1b  \n honey ") == "ვაშლი honey"
    assert len(clean("ვ" * 10_000)) == 200
