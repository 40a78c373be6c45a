import json
import re

import pytest
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Locale
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource
from wagtail_localize.segments import OverridableSegmentValue, StringSegmentValue
from wagtail_localize.segments.extract import extract_segments

from news.models import NewsPage, PlanAction

from .conftest import LANGUAGES

TRAINING_TITLES = {
    "ka": "ბიოწარმოების უფასო ტრენინგები ქარალეთსა და მეჯვრისხევში",
    "en": "Free organic farming training in Karaleti and Mejvriskhevi",
    "ru": "Бесплатное обучение органическому земледелию в Каралети и Меджврисхеви",
}
TABLE_CAPTIONS = {"ka": "ტრენინგების განრიგი", "en": "Training timetable", "ru": "Расписание занятий"}
ACTION_TITLES = {
    "ka": "ტრენინგები ბიოწარმოებასა და სერტიფიცირებაზე",
    "en": "Training in organic production and certification",
    "ru": "Обучение органическому производству и сертификации",
}


def structured_data(html):
    match = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    assert match, "no JSON-LD"
    return json.loads(match.group(1))


@pytest.mark.parametrize("code", LANGUAGES)
def test_news_post_reads_in_each_language_with_its_table_and_plan_action(client, code):
    response = client.get(f"/{code}/siakhleebi/biotreningebi-karaletshi/")
    html = response.content.decode()
    assert response.status_code == 200
    assert f'<html lang="{code}">' in html
    assert f"<h1>{TRAINING_TITLES[code]}</h1>" in html
    assert f"<caption>{TABLE_CAPTIONS[code]}</caption>" in html
    assert '<th scope="col"' in html
    assert f"#{PlanAction.objects.filter(locale__language_code='ka').get(sort_order=5).anchor}" in html
    assert ACTION_TITLES[code] in html
    assert '<span class="status status--in_progress">' in html


@pytest.mark.parametrize("code", LANGUAGES)
def test_news_post_describes_itself_as_a_news_article(client, code):
    html = client.get(f"/{code}/siakhleebi/biotreningebi-karaletshi/").content.decode()
    data = structured_data(html)
    url = f"http://testserver/{code}/siakhleebi/biotreningebi-karaletshi/"
    assert data["@context"] == "https://schema.org"
    assert data["@type"] == "NewsArticle"
    assert data["headline"] == TRAINING_TITLES[code]
    assert data["inLanguage"] == code
    assert data["url"] == data["mainEntityOfPage"]["@id"] == url
    assert data["datePublished"].startswith("2026-10-28")
    assert data["image"][0].startswith("http://testserver/") and data["image"][0].endswith(".jpg")
    assert data["publisher"]["@type"] == "Organization"
    assert data["publisher"]["logo"]["url"].startswith("http://testserver/")


def test_json_ld_cannot_be_closed_by_a_title(client, news_index):
    post = NewsPage(title="</script><script>alert(1)</script> & co", slug="tricky-title", intro="Intro.")
    news_index("en").add_child(instance=post)
    post.save_revision().publish()
    html = client.get("/en/siakhleebi/tricky-title/").content.decode()
    assert "<script>alert(1)</script>" not in html
    assert structured_data(html)["headline"] == "</script><script>alert(1)</script> & co"


def test_news_post_has_open_graph_tags_and_hreflang(client):
    html = client.get("/ru/siakhleebi/shemodgomis-bazroba-gorshi/").content.decode()
    head = html.split("</head>")[0]
    assert '<meta property="og:type" content="article">' in head
    assert '<meta property="og:title" content="Осенняя фермерская ярмарка в центре Гори">' in head
    assert '<meta property="og:url" content="http://testserver/ru/siakhleebi/shemodgomis-bazroba-gorshi/">' in head
    assert '<meta property="og:locale" content="ru_RU">' in head
    assert re.search(r'<meta property="og:image" content="http://testserver/[^"]+\.jpg">', head)
    assert '<meta property="og:image:width" content="1200">' in head
    assert '<meta property="article:tag" content="Ярмарки">' in head
    for code in LANGUAGES:
        assert f'hreflang="{code}" href="http://testserver/{code}/siakhleebi/shemodgomis-bazroba-gorshi/"' in head


def test_news_post_offers_its_document_for_download(client):
    html = client.get("/en/siakhleebi/gegmis-progresi-2026/").content.decode()
    document = get_document_model().objects.get(title__startswith="Gori LED plan")
    assert f'href="{document.url}" download' in html
    assert "Plan actions and their status (CSV)" in html
    assert "CSV, 3." in html  # the type and size
    assert client.get(document.url).status_code == 200


def test_topics_on_a_post_link_to_the_filtered_index(client):
    html = client.get("/en/siakhleebi/onlain-gaqidvebi/").content.decode()
    assert '<a class="badge" href="/en/siakhleebi/?topic=treningebi">Training</a>' in html
    assert '<a class="badge" href="/en/siakhleebi/?topic=bazari">Marketplace</a>' in html


def _full_body_post():
    image = get_image_model().objects.filter(title__startswith="News: ").first()
    document = get_document_model().objects.first()
    home = NewsPage.objects.filter(locale__language_code="ka").first().get_parent().get_parent()
    return NewsPage(
        title="ყველა ბლოკი",
        slug="kvela-bloki",
        intro="შესავალი.",
        hero_image=image,
        hero_caption="წარწერა",
        body=[
            ("heading", {"heading_text": "სათაური", "size": "h2"}),
            ("paragraph", '<p>ტექსტი <a href="https://m4eg.eu/">ბმულით</a>.</p>'),
            ("image", {"image": image, "caption": "ფოტო", "attribution": "სააგენტო"}),
            ("quote", {"text": "ციტატა", "attribute_name": "ფერმერი"}),
            ("call_to_action", {"text": "მოწოდება", "button_label": "ღილაკი", "page": home, "url": ""}),
            ("document", {"document": document, "title": "ფაილი", "description": "აღწერა"}),
            (
                "table",
                {
                    "data": [["თვე", "ფასი"], ["ოქტომბერი", "0.60 ₾"], ["", None]],
                    "first_row_is_table_header": True,
                    "first_col_is_header": False,
                    "table_header_choice": "row",
                    "table_caption": "ფასები",
                },
            ),
        ],
    )


def test_segment_extraction_covers_every_block_of_a_news_body(news_index):
    post = _full_body_post()
    news_index("ka").add_child(instance=post)
    segments = extract_segments(post)
    texts = {segment.render_text() for segment in segments if isinstance(segment, StringSegmentValue)}
    assert {"ყველა ბლოკი", "შესავალი.", "წარწერა", "სათაური", "ფოტო", "ციტატა", "მოწოდება", "ღილაკი"} <= texts
    assert {"ფაილი", "აღწერა"} <= texts
    assert {"ფასები", "თვე", "ფასი", "ოქტომბერი", "0.60 ₾"} <= texts  # the table reaches translators
    overridables = [segment for segment in segments if isinstance(segment, OverridableSegmentValue)]
    assert any(segment.data == post.body[5].value["document"].pk for segment in overridables)


def test_a_translator_translates_a_news_post_with_its_table(news_index):
    post = _full_body_post()
    news_index("ka").add_child(instance=post)
    post.save_revision().publish()
    english = Locale.objects.get(language_code="en")
    source, _created = TranslationSource.get_or_create_from_instance(post)
    translation = Translation.objects.create(source=source, target_locale=english)
    for segment in StringSegment.objects.filter(source=source).select_related("string", "context"):
        StringTranslation.objects.create(
            translation_of=segment.string, locale=english, context=segment.context, data=f"EN {segment.string.data}"
        )
    translation.save_target(publish=True)
    translated = post.get_translation(english)
    assert translated.title == "EN ყველა ბლოკი"
    table = next(block.value for block in translated.body if block.block_type == "table")
    assert table["table_caption"] == "EN ფასები"
    assert table["data"][1] == ["EN ოქტომბერი", "EN 0.60 ₾"]
    assert table["data"][2] == ["", None]
    assert translated.hero_image_id == post.hero_image_id


@pytest.mark.parametrize("code", LANGUAGES)
def test_news_post_shows_its_products_and_farmer_in_the_visitors_language(client, code):
    from products.models import FarmerPage, ProductPage

    html = client.get(f"/{code}/siakhleebi/vashlis-mosavali-2026/").content.decode()
    related = html.split('<section class="news-related"')[1].split("</section>")[0]
    products = [ProductPage.objects.get(slug=slug, locale__language_code=code)
                for slug in ("vashli-puji", "saeksporto-vashli-red-delishesi", "vashli-qutit-18-kg")]
    positions = [related.index(f'href="{product.url}"') for product in products]
    assert positions == sorted(positions)
    assert related.count('<article class="card product-card">') == 3
    farmer = FarmerPage.objects.get(slug="zurab-khutsishvili", locale__language_code=code)
    assert f'<a href="{farmer.url}">{farmer.title}</a>' in related
