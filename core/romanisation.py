"""Georgian to Latin romanisation, after the national system (2002), for slugs and search.

`romanise()` follows the national table; ejective consonants lose their apostrophe, as in
road signs and passports (წ and ც both become "ts"). `ascii_slug()` builds the page slug
that every language shares.
"""

import re
import unicodedata

# The national romanisation table of the Georgian alphabet (Mkhedruli).
GEORGIAN_TO_LATIN = {
    "ა": "a", "ბ": "b", "გ": "g", "დ": "d", "ე": "e", "ვ": "v", "ზ": "z", "თ": "t",
    "ი": "i", "კ": "k", "ლ": "l", "მ": "m", "ნ": "n", "ო": "o", "პ": "p", "ჟ": "zh",
    "რ": "r", "ს": "s", "ტ": "t", "უ": "u", "ფ": "p", "ქ": "k", "ღ": "gh", "ყ": "q",
    "შ": "sh", "ჩ": "ch", "ც": "ts", "ძ": "dz", "წ": "ts", "ჭ": "ch", "ხ": "kh", "ჯ": "j",
    "ჰ": "h",
    # Letters out of modern use, still met in names.
    "ჱ": "e", "ჲ": "i", "ჳ": "ui", "ჴ": "q", "ჵ": "o", "ჶ": "f", "ჷ": "y", "ჸ": "", "ჹ": "",
    "ჺ": "", "ჼ": "n",
}

# Mtavruli (capital-like) letters map onto their Mkhedruli forms.
_MTAVRULI_OFFSET = ord("Ა") - ord("ა")

# Russian letters in Latin, as the site writes slugs and folds search words (core/folding.py adds its
# spelling variants on top: the y of ы becomes i there, as buyers type it).
CYRILLIC_TO_LATIN = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z",
    "и": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
    "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "iu", "я": "ia",
}


def _mkhedruli(char):
    code = ord(char)
    if ord("Ა") <= code <= ord("Ჿ"):
        return chr(code - _MTAVRULI_OFFSET)
    return char


def romanise(text):
    """Georgian letters in `text` become Latin by the national table; other characters stay."""
    return "".join(GEORGIAN_TO_LATIN.get(_mkhedruli(char), char) for char in text)


def ascii_slug(text, max_length=80):
    """An ASCII slug from Georgian, Russian or English text: "ნიქოზის ვაშლი" → "nikozis-vashli"."""
    latin = romanise(text.lower())
    latin = "".join(CYRILLIC_TO_LATIN.get(char, char) for char in latin)
    latin = unicodedata.normalize("NFKD", latin).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", latin).strip("-")
    return slug[:max_length].rstrip("-")
