"""The communities (თემი) of Gori municipality, after ../shared/data/gori-communities.csv.

Proper names, not interface strings: each carries its own Georgian, English and Russian spelling,
so a village's community shows in the visitor's language without a translator.
"""

from django.utils import translation
from django.utils.functional import lazy
from django.utils.translation import get_language, gettext

# key, Georgian, Georgian genitive (for "ტყვიავის თემი"), English, Russian
COMMUNITIES = [
    ("ateni", "ატენი", "ატენის", "Ateni", "Атени"),
    ("akhalubani", "ახალუბანი", "ახალუბნის", "Akhalubani", "Ахалубани"),
    ("berbuki", "ბერბუკი", "ბერბუკის", "Berbuki", "Бербуки"),
    ("boshuri", "ბოშური", "ბოშურის", "Boshuri", "Бошури"),
    ("ditsi", "დიცი", "დიცის", "Ditsi", "Дици"),
    ("variani", "ვარიანი", "ვარიანის", "Variani", "Вариани"),
    ("zegduleti", "ზეღდულეთი", "ზეღდულეთის", "Zegduleti", "Зегдулети"),
    ("karaleti", "ქარალეთი", "ქარალეთის", "Karaleti", "Каралети"),
    ("mereti", "მერეთი", "მერეთის", "Mereti", "Мерети"),
    ("mejvriskhevi", "მეჯვრისხევი", "მეჯვრისხევის", "Mejvriskhevi", "Меджврисхеви"),
    ("mghebriani", "მღებრიანი", "მღებრიანის", "Mghebriani", "Мгебриани"),
    ("nikozi", "ნიქოზი", "ნიქოზის", "Nikozi", "Никози"),
    ("sakavre", "საქავრე", "საქავრის", "Sakavre", "Сакавре"),
    ("skra", "სკრა", "სკრის", "Skra", "Скра"),
    ("tiniskhidi", "ტინისხიდი", "ტინისხიდის", "Tiniskhidi", "Тинисхиди"),
    ("tirdznisi", "ტირძნისი", "ტირძნისის", "Tirdznisi", "Тирдзниси"),
    ("tkviavi", "ტყვიავი", "ტყვიავის", "Tkviavi", "Тквиави"),
    ("kvakhvreli", "კვახვრელი", "კვახვრელის", "Kvakhvreli", "Квахврели"),
    ("shavshvebi", "შავშვები", "შავშვების", "Shavshvebi", "Шавшвеби"),
    ("shindisi", "შინდისი", "შინდისის", "Shindisi", "Шиндиси"),
    ("dzevera", "ძევერა", "ძევერის", "Dzevera", "Дзевера"),
    ("khidistavi", "ხიდისთავი", "ხიდისთავის", "Khidistavi", "Хидистави"),
]

COMMUNITY_NAMES = {key: {"ka": ka, "en": en, "ru": ru} for key, ka, _genitive, en, ru in COMMUNITIES}
COMMUNITY_GENITIVES = {key: genitive for key, _ka, genitive, *_names in COMMUNITIES}


def community_name(key, language=None):
    """The community's name in `language` (the active one by default), Georgian when unknown."""
    names = COMMUNITY_NAMES.get(key)
    if names is None:
        return key
    return names.get((language or get_language() or "ka")[:2], names["ka"])


def community_label(key, language=None):
    """The community label: "Tkviavi community", "община Тквиави", "ტყვიავის თემი" (Georgian needs the genitive)."""
    code = (language or get_language() or "ka")[:2]
    name = COMMUNITY_GENITIVES.get(key, key) if code == "ka" else community_name(key, code)
    with translation.override(code):
        return gettext("%(community)s community") % {"community": name}


COMMUNITY_CHOICES = [(key, lazy(community_name, str)(key)) for key, *_names in COMMUNITIES]
