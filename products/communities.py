"""The communities (თემი) of Gori municipality, after ../shared/data/gori-communities.csv.

Proper names, not interface strings: each carries its own Georgian, English and Russian spelling,
so a village's community shows in the visitor's language without a translator.
"""

from django.utils.functional import lazy
from django.utils.translation import get_language

# key, Georgian, English, Russian
COMMUNITIES = [
    ("ateni", "ატენი", "Ateni", "Атени"),
    ("akhalubani", "ახალუბანი", "Akhalubani", "Ахалубани"),
    ("berbuki", "ბერბუკი", "Berbuki", "Бербуки"),
    ("boshuri", "ბოშური", "Boshuri", "Бошури"),
    ("ditsi", "დიცი", "Ditsi", "Дици"),
    ("variani", "ვარიანი", "Variani", "Вариани"),
    ("zegduleti", "ზეღდულეთი", "Zegduleti", "Зегдулети"),
    ("karaleti", "ქარალეთი", "Karaleti", "Каралети"),
    ("mereti", "მერეთი", "Mereti", "Мерети"),
    ("mejvriskhevi", "მეჯვრისხევი", "Mejvriskhevi", "Меджврисхеви"),
    ("mghebriani", "მღებრიანი", "Mghebriani", "Мгебриани"),
    ("nikozi", "ნიქოზი", "Nikozi", "Никози"),
    ("sakavre", "საქავრე", "Sakavre", "Сакавре"),
    ("skra", "სკრა", "Skra", "Скра"),
    ("tiniskhidi", "ტინისხიდი", "Tiniskhidi", "Тинисхиди"),
    ("tirdznisi", "ტირძნისი", "Tirdznisi", "Тирдзниси"),
    ("tkviavi", "ტყვიავი", "Tkviavi", "Тквиави"),
    ("kvakhvreli", "კვახვრელი", "Kvakhvreli", "Квахврели"),
    ("shavshvebi", "შავშვები", "Shavshvebi", "Шавшвеби"),
    ("shindisi", "შინდისი", "Shindisi", "Шиндиси"),
    ("dzevera", "ძევერა", "Dzevera", "Дзевера"),
    ("khidistavi", "ხიდისთავი", "Khidistavi", "Хидистави"),
]

COMMUNITY_NAMES = {key: {"ka": ka, "en": en, "ru": ru} for key, ka, en, ru in COMMUNITIES}


def community_name(key, language=None):
    """The community's name in `language` (the active one by default), Georgian when unknown."""
    names = COMMUNITY_NAMES.get(key)
    if names is None:
        return key
    return names.get((language or get_language() or "ka")[:2], names["ka"])


COMMUNITY_CHOICES = [(key, lazy(community_name, str)(key)) for key, *_names in COMMUNITIES]
