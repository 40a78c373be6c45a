"""The community a village belongs to, named as each language says it: Georgian needs the genitive."""

import csv
from pathlib import Path

import pytest
from django.conf import settings

from products.communities import COMMUNITIES, COMMUNITY_GENITIVES, COMMUNITY_NAMES, community_label
from products.models import Village

SHARED_LIST = Path(settings.BASE_DIR).parent / "shared" / "data" / "gori-communities.csv"


def georgian_genitive(name):
    """The genitive by the rule: -ი becomes -ის, -ა and -ე drop before -ის; ახალუბანი drops its ა (ახალუბნის)."""
    if name.endswith("ბანი"):
        return name[:-3] + "ნის"
    return name[:-1] + "ის"


@pytest.mark.parametrize("key", [key for key, *_names in COMMUNITIES])
def test_georgian_community_label_puts_the_name_in_the_genitive(key):
    genitive = COMMUNITY_GENITIVES[key]
    assert genitive == georgian_genitive(COMMUNITY_NAMES[key]["ka"])
    assert community_label(key, "ka") == f"{genitive} თემი"


@pytest.mark.parametrize("key", [key for key, *_names in COMMUNITIES])
def test_english_and_russian_community_labels(key):
    assert community_label(key, "en") == f"{COMMUNITY_NAMES[key]['en']} community"
    assert community_label(key, "ru") == f"община {COMMUNITY_NAMES[key]['ru']}"


def test_tkviavi_reads_as_a_georgian_writes_it():
    assert community_label("tkviavi", "ka") == "ტყვიავის თემი"
    assert community_label("skra", "ka") == "სკრის თემი"
    assert community_label("akhalubani", "ka") == "ახალუბნის თემი"


@pytest.mark.skipif(not SHARED_LIST.exists(), reason="the shared communities list is not next to the project")
def test_communities_are_the_shared_list():
    with SHARED_LIST.open(encoding="utf-8") as rows:
        shared = {(row["ka"], row["en"], row["ru"]) for row in csv.DictReader(rows)}
    assert {(names["ka"], names["en"], names["ru"]) for names in COMMUNITY_NAMES.values()} == shared


@pytest.mark.parametrize(("language", "label"), [("ka", "ტყვიავის თემი"), ("en", "Tkviavi community"),
                                                 ("ru", "община Тквиави")])
def test_farmer_page_names_the_community_of_a_village_that_is_not_its_centre(client, language, label):
    """A village outside its community's centre shows the community (demo villages are all centres)."""
    Village.objects.filter(slug="nikozi").update(community="tkviavi")
    html = client.get(f"/{language}/permerebi/giorgi-beridze/").content.decode()
    assert f", {label}</p>" in html
