"""Folding words of any script to one simplified Latin spelling, and to a light stem ("key").

Buyers type Georgian produce in Georgian, Latin or Cyrillic letters (მაწონი, matsoni, мацони), with
case endings (ვაშლის, ვაშლით, ვაშლები) and typos. The index and every query go through the same
two steps, so they meet whatever was typed:

1. `fold(word)`: Georgian by the national romanisation table (core/romanisation.py) with ejective and
   plain consonants folded together (წ/ც → ts, ჭ/ჩ → ch, კ/ქ/ყ → k, პ/ფ → p, ტ/თ → t, ღ → g), Cyrillic
   by a table that writes Georgian loanwords the same way (мацони → matsoni, чурчхела → churchkhela),
   and Latin spelling variants folded (q → k, w → v, y → i, gh → g).
2. `key(folded)`: one case ending or plural of Georgian, Russian or English stripped, then the final
   vowel, then the vowel Georgian drops inside a stem (ატამი / ატმის, კაკალი / კაკლის, ტყემალი /
   ტყემლის) — so every inflected form of a word shares its key.

Only ASCII letters and digits come out: nothing a visitor types can reach the database's full-text
syntax.
"""

import re
import unicodedata

from .romanisation import CYRILLIC_TO_LATIN, GEORGIAN_TO_LATIN

# Ejective and plain consonants fold together: buyers type "ts" for both წ and ც.
_GEORGIAN_FOLDS = {"ყ": "k", "ღ": "g", "ჴ": "k"}
GEORGIAN_FOLDED = {letter: _GEORGIAN_FOLDS.get(letter, latin) for letter, latin in GEORGIAN_TO_LATIN.items()}

# Russian letters as Russian speakers write Georgian words (мацони, чурчхела, ткемали, Джапаридзе): the
# romanisation table of slugs, plus letters of Ukrainian and Belarusian keyboards.
CYRILLIC_FOLDED = {**CYRILLIC_TO_LATIN, "і": "i", "ї": "i", "є": "e", "ґ": "g", "ў": "v"}

# Spelling variants of romanised Georgian, applied to every Latin word after the tables above.
_LATIN_FOLDS = [("dzh", "j"), ("gh", "g"), ("q", "k"), ("w", "v"), ("y", "i"), ("x", "kh")]

_MTAVRULI = range(ord("Ა"), ord("Ჿ") + 1)
_MTAVRULI_OFFSET = ord("Ა") - ord("ა")
_WORD = re.compile(r"[^\W_]+")
_VOWELS = set("aeiou")
# Consonant sounds written with two letters count as one when looking for a dropped vowel.
_SOUNDS = re.compile(r"shch|ts|ch|sh|kh|zh|dz|.")

MIN_STEM = 3

# Case endings, postpositions and plurals of Georgian, Russian and English in folded spelling.
# One is stripped (the longest that leaves a stem of MIN_STEM letters), then the Georgian plural -eb.
_ENDINGS = sorted(
    {
        # Georgian: postpositions with the genitive, cases, postpositions, emphatic forms.
        "istvis", "isatvis", "isgan", "isken", "idan", "ivit", "amde", "tvis", "isa", "ita", "gan", "dan",
        "mde", "ken", "vit", "shi", "tan", "ze", "is", "it", "ad", "ma", "sa", "ta", "s", "i", "o",
        # Russian: noun and adjective endings.
        "iami", "iakh", "ami", "akh", "ogo", "ego", "omu", "emu", "ikh", "imi", "aia", "iaia", "oe", "ee",
        "ie", "ia", "iu", "ov", "ev", "ei", "oi", "om", "em", "ii", "a", "u", "e",
        # English.
        "ing", "ed", "es",
    },
    key=len,
    reverse=True,
)


def normalise(text):
    """Lower-case text without control characters, Mtavruli as Mkhedruli, ready to split into words."""
    text = unicodedata.normalize("NFKC", str(text))
    text = "".join(chr(ord(char) - _MTAVRULI_OFFSET) if ord(char) in _MTAVRULI else char for char in text)
    return "".join(char if char.isprintable() else " " for char in text.lower())


def words(text):
    """The words of `text` (letters and digits), lower-cased."""
    return _WORD.findall(normalise(text))


def script(word):
    """"ka", "ru" or "latin": the script a word is written in, from its first letter."""
    for char in word:
        if "\u10a0" <= char <= "\u10ff" or "\u1c90" <= char <= "\u1cbf":
            return "ka"
        if "\u0400" <= char <= "\u04ff":
            return "ru"
        if char.isalpha():
            return "latin"
    return "latin"


def fold(word):
    """The simplified Latin spelling of a word in any script: "მაწონის" → "matsonis", "мацони" → "matsoni"."""
    latin = "".join(GEORGIAN_FOLDED.get(char) or CYRILLIC_FOLDED.get(char, char) for char in normalise(word))
    latin = unicodedata.normalize("NFKD", latin).encode("ascii", "ignore").decode("ascii")
    latin = re.sub(r"[^a-z0-9]", "", latin)
    for spelling, folded in _LATIN_FOLDS:
        latin = latin.replace(spelling, folded)
    return latin


def key(folded):
    """The light stem of a folded word, shared by its inflected forms: "vashlebs" → "vashl", "atmis" → "atm"."""
    if folded.isdigit():
        return folded
    stem = folded
    for ending in _ENDINGS:
        if stem.endswith(ending) and len(stem) - len(ending) >= MIN_STEM:
            stem = stem[: -len(ending)]
            break
    if stem.endswith("eb") and len(stem) - 2 >= MIN_STEM:
        stem = stem[:-2]
    while len(stem) > MIN_STEM and stem[-1] in _VOWELS:
        stem = stem[:-1]
    return _drop_inner_vowel(stem)


def _drop_inner_vowel(stem):
    # Georgian drops the last stem vowel before an ending (ატამი → ატმის): drop it everywhere.
    sounds = _SOUNDS.findall(stem)
    if len(sounds) >= 4 and sounds[-2] in _VOWELS and sounds[-1][0] not in _VOWELS and sounds[-3][0] not in _VOWELS:
        shorter = "".join(sounds[:-2]) + sounds[-1]
        if len(shorter) >= MIN_STEM:
            return shorter
    return stem


def terms(word):
    """The folded spelling and the key of one word (one term when they coincide); none for empty folds."""
    folded = fold(word)
    if not folded:
        return ()
    stem = key(folded)
    return (folded,) if stem == folded else (folded, stem)
