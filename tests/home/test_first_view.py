"""What a phone needs from the first response of every page type: a meta description in the page's
language, the largest photo asked for first and the others lazily, and the size of every image."""

import html
import re

import pytest

# One address of each page type of the demo site (the same slugs in every language).
PAGE_TYPES = {
    "home": "/",
    "catalogue": "/produktebi/",
    "filtered catalogue": "/produktebi/?category=khili&sort=price_asc",
    "product": "/permerebi/tamar-gelashvili/tsiteli-tqemali/",
    "farmers": "/permerebi/",
    "farmer": "/permerebi/tamar-gelashvili/",
    "news": "/siakhleebi/",
    "news post": "/siakhleebi/biotreningebi-karaletshi/",
    "development plan": "/ganvitarebis-gegma/",
    "sell form": "/gaqidva/",
    "search": "/search/?q=vashli",
    "standard page": "/chvens-shesakheb/",
    "not found": "/no-such-page/",
}
# A product left untranslated in the demo: its English and Russian copies show the Georgian text.
UNTRANSLATED_PRODUCT = "/permerebi/vakhtang-kavtaradze/churchkhelis-sachukris-quti/"
SCRIPTS = {"ka": "[\u10a0-\u10ff\u1c90-\u1cbf]", "en": "[A-Za-z]", "ru": "[\u0400-\u04ff]"}


def meta_description(page_html):
    found = re.findall(r'<meta name="description" content="([^"]*)">', page_html.split("</head>")[0])
    assert len(found) == 1, f"{len(found)} meta descriptions"
    return html.unescape(found[0])


def letters_by_script(text):
    return {code: len(re.findall(pattern, text)) for code, pattern in SCRIPTS.items()}


def images(page_html):
    return re.findall(r"<img\b[^>]*>", page_html)


@pytest.mark.parametrize("code", ["ka", "en", "ru"])
@pytest.mark.parametrize("page_type", PAGE_TYPES)
def test_every_page_type_has_a_meta_description_in_its_language(client, page_type, code):
    response = client.get(f"/{code}{PAGE_TYPES[page_type]}")
    assert response.status_code == (404 if page_type == "not found" else 200)
    description = meta_description(response.content.decode())
    assert 20 <= len(description) <= 160, description
    letters = letters_by_script(description)
    assert max(letters, key=letters.get) == code, f"{page_type} in {code}: {description}"


def test_the_georgian_description_is_the_pages_own_georgian_text(client):
    description = meta_description(client.get(f"/ka{PAGE_TYPES['news post']}").content.decode())
    assert description.startswith("ნოემბერსა და დეკემბერში აგრონომები")
    letters = letters_by_script(description)
    assert letters["en"] == letters["ru"] == 0


@pytest.mark.parametrize("code", ["en", "ru"])
def test_an_untranslated_copy_describes_itself_in_the_visitors_language_not_in_the_original(client, code):
    description = meta_description(client.get(f"/{code}{UNTRANSLATED_PRODUCT}").content.decode())
    assert letters_by_script(description)["ka"] == 0, description


def test_a_long_text_is_cut_to_what_search_engines_show(client):
    description = meta_description(client.get(f"/en{PAGE_TYPES['development plan']}").content.decode())
    assert len(description) <= 155 and description.endswith("…")


@pytest.mark.parametrize("page_type", ["catalogue", "filtered catalogue", "farmers", "news"])
def test_the_first_card_photo_loads_first_and_the_others_lazily(client, page_type):
    # Nothing after the grid has a photo on these pages (pagination, footer).
    photos = images(client.get(f"/ka{PAGE_TYPES[page_type]}").content.decode().split('<ul class="card-grid">')[1])
    assert len(photos) > 2
    assert 'loading="eager"' in photos[0] and 'fetchpriority="high"' in photos[0]
    for photo in photos[1:]:
        assert 'loading="lazy"' in photo and "fetchpriority" not in photo


def test_the_products_main_photo_loads_first_and_every_other_photo_lazily(client):
    photos = images(client.get(f"/ka{PAGE_TYPES['product']}").content.decode().split("<main")[1])
    main_photo, *others = photos
    assert 'alt="წითელი ტყემალი"' in main_photo
    assert 'loading="eager"' in main_photo and 'fetchpriority="high"' in main_photo
    assert others and all('loading="lazy"' in photo and "fetchpriority" not in photo for photo in others)


def test_the_home_page_asks_for_its_hero_photo_first_and_its_cards_lazily(client):
    main = client.get("/ka/").content.decode().split("<main")[1]
    hero = images(main.split('<section class="hero"')[1].split("</section>")[0])
    assert len(hero) == 1 and 'fetchpriority="high"' in hero[0] and 'loading="eager"' in hero[0]
    cards = images(main.split('id="featured-title"')[1])
    assert cards and all('loading="lazy"' in photo and "fetchpriority" not in photo for photo in cards)


@pytest.mark.parametrize("page_type", PAGE_TYPES)
def test_every_image_has_its_width_and_height_so_nothing_moves_when_it_arrives(client, page_type):
    for image in images(client.get(f"/ka{PAGE_TYPES[page_type]}").content.decode()):
        assert re.search(r'\swidth="\d+"', image) and re.search(r'\sheight="\d+"', image), image
