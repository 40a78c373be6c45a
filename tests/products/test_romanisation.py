"""The national romanisation table (2002) and the ASCII slugs every language shares."""

import pytest

from core.romanisation import GEORGIAN_TO_LATIN, ascii_slug, romanise

# The 33 letters of the modern alphabet and their Latin forms in the national system.
NATIONAL_TABLE = {
    "ა": "a", "ბ": "b", "გ": "g", "დ": "d", "ე": "e", "ვ": "v", "ზ": "z", "თ": "t", "ი": "i", "კ": "k", "ლ": "l",
    "მ": "m", "ნ": "n", "ო": "o", "პ": "p", "ჟ": "zh", "რ": "r", "ს": "s", "ტ": "t", "უ": "u", "ფ": "p", "ქ": "k",
    "ღ": "gh", "ყ": "q", "შ": "sh", "ჩ": "ch", "ც": "ts", "ძ": "dz", "წ": "ts", "ჭ": "ch", "ხ": "kh", "ჯ": "j",
    "ჰ": "h",
}  # fmt: skip


def test_every_modern_letter_follows_the_national_table():
    assert len(NATIONAL_TABLE) == 33
    for letter, latin in NATIONAL_TABLE.items():
        assert romanise(letter) == latin, letter
        assert GEORGIAN_TO_LATIN[letter] == latin


@pytest.mark.parametrize(
    ("georgian", "latin"),
    [
        ("ნიქოზი", "nikozi"),
        ("მაწონი", "matsoni"),
        ("თაფლი", "tapli"),
        ("ჩურჩხელა", "churchkhela"),
        ("ტყემალი", "tqemali"),
        ("ღვინო", "ghvino"),
        ("ჟოლო", "zholo"),
        ("ხიდისთავი", "khidistavi"),
        ("შავშვები", "shavshvebi"),
        ("ჯავახეთი", "javakheti"),
        ("ჰორიზონტი", "horizonti"),
    ],
)
def test_words_romanise_as_on_road_signs(georgian, latin):
    assert romanise(georgian) == latin


def test_ejectives_lose_their_apostrophe():
    assert romanise("წ") == romanise("ც") == "ts"
    assert romanise("ჭ") == romanise("ჩ") == "ch"
    assert romanise("კ") == romanise("ქ") == "k"


def test_other_characters_are_kept():
    assert romanise("ვაშლი 2,50 ₾ apple") == "vashli 2,50 ₾ apple"


def test_mtavruli_letters_romanise_like_mkhedruli():
    assert romanise("ᲒᲝᲠᲘ") == "gori"


@pytest.mark.parametrize(
    ("title", "slug"),
    [
        ("ნიქოზის ვაშლი", "nikozis-vashli"),
        ("ბიო ვაშლი „გოლდენი“", "bio-vashli-goldeni"),
        ("მეფუტკრეობა „ლიახვი“", "meputkreoba-liakhvi"),
        ("Мёд разнотравье", "med-raznotrave"),
        ("Organic honey, 1 l!", "organic-honey-1-l"),
        ("  ---  ", ""),
    ],
)
def test_ascii_slug_from_georgian_russian_or_english(title, slug):
    assert ascii_slug(title) == slug
    assert ascii_slug(title).isascii()


def test_ascii_slug_is_cut_at_a_word_boundary_without_trailing_hyphen():
    slug = ascii_slug("ვაშლი " * 40, max_length=20)
    assert len(slug) <= 20 and not slug.endswith("-")
