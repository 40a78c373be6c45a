import re

import pytest
from django.urls import reverse

from news.models import NewsPage, PlanAction

from .conftest import LANGUAGES

LATEST = {
    "ka": ["განვითარების გეგმა: რა გაკეთდა 2026 წელს", "ბიოწარმოების უფასო ტრენინგები ქარალეთსა და მეჯვრისხევში",
           "შემოდგომის ფერმერული ბაზრობა გორის ცენტრში"],
    "en": ["Development plan: what was done in 2026", "Free organic farming training in Karaleti and Mejvriskhevi",
           "Autumn farmers' fair in the centre of Gori"],
    "ru": ["План развития: что сделано в 2026 году",
           "Бесплатное обучение органическому земледелию в Каралети и Меджврисхеви",
           "Осенняя фермерская ярмарка в центре Гори"],
}


@pytest.mark.parametrize("code", LANGUAGES)
def test_home_page_shows_the_latest_three_news_with_photos(client, code):
    html = client.get(f"/{code}/").content.decode().replace("&#x27;", "'")
    news = html.split('id="news-title"')[1].split("</section>")[0]
    cards = news.split('<article class="card news-card">')[1:]
    assert len(cards) == 3
    titles = [re.search(r'<h3><a href="[^"]+">([^<]+)</a></h3>', card).group(1) for card in cards]
    assert titles == LATEST[code]
    assert all("<picture>" in card and 'alt=""' in card for card in cards)
    assert f'href="/{code}/siakhleebi/gegmis-progresi-2026/"' in cards[0]


@pytest.fixture
def admin_client(client, django_user_model):
    user = django_user_model.objects.create_superuser("news-admin", "news-admin@example.org", "password")
    client.force_login(user)
    return client


def test_editors_filter_plan_actions_by_status_in_the_admin(admin_client):
    url = reverse("wagtailsnippets_news_planaction:list")
    response = admin_client.get(url, {"status": "done", "locale": "en"})
    html = response.content.decode()
    assert response.status_code == 200
    assert "Create the Agrofarm digital marketplace" in html
    assert "Restore irrigation channels" not in html


def test_editors_open_the_plan_action_and_topic_forms(admin_client):
    action = PlanAction.objects.filter(locale__language_code="ka").first()
    assert admin_client.get(reverse("wagtailsnippets_news_planaction:edit", args=[action.pk])).status_code == 200
    assert admin_client.get(reverse("wagtailsnippets_news_newstopic:list")).status_code == 200
    assert admin_client.get(reverse("wagtailsnippets_news_plangoal:list")).status_code == 200


def test_editors_open_the_news_post_and_plan_page_editors(admin_client, news_index):
    post = NewsPage.objects.filter(locale__language_code="ka", slug="biotreningebi-karaletshi").get()
    assert admin_client.get(reverse("wagtailadmin_pages:edit", args=[post.pk])).status_code == 200
    index = news_index("ka")
    add = reverse("wagtailadmin_pages:add", args=["news", "newspage", index.pk])
    assert admin_client.get(add).status_code == 200
    plan = index.get_parent().get_children().get(slug="ganvitarebis-gegma")
    assert admin_client.get(reverse("wagtailadmin_pages:edit", args=[plan.pk])).status_code == 200
