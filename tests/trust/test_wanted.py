"""Buyers' requests ("Wanted"): posted in any language, moderated, shown under Wanted and on the pages of
their category in every language, refused with clear messages when the input is hostile, and expired."""

import time
from datetime import timedelta

import pytest
from django.utils import timezone

from listings.models import BuyerRequest
from listings.wanted import expire_requests
from products.models import Category, ProductPage, Village
from tests.form_timing import started_at

LANGUAGES = ("ka", "en", "ru")
LOOKING = {"ka": "მყიდველები ამას ეძებენ", "en": "Buyers are looking for this", "ru": "Покупатели ищут это"}
OCTOBER = {"ka": "ოქტომბერი", "en": "October", "ru": "Октябрь"}
TEN_TONNES = {"ka": "10 ტ", "en": "10 t", "ru": "10 т"}


def request_data(**overrides):
    data = {
        "product": "Яблоки Голден на экспорт",
        "category": Category.objects.get(slug="vashli", locale__language_code="ka").pk,
        "quantity": "10",
        "unit": "tonne",
        "village": "",
        "months": ["10"],
        "price": "0,80",
        "note": "Калибр 70+, упаковка в ящики.",
        "buyer_kind": "exporter",
        "buyer_name": "ООО «Кавказ Фрукт»",
        "phone": "+374 10 123456",
        "email": "",
        "contact_consent": "on",
        "privacy_consent": "on",
        "website": "",
        "started": started_at(time.time() - 60),
    }
    data.update(overrides)
    return {name: value for name, value in data.items() if value is not None}


def post_request(client, language="ru", **overrides):
    return client.post(f"/{language}/vqidulob/new/", request_data(**overrides))


def text(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode()


@pytest.fixture
def moderator_client(client, django_user_model):
    client.force_login(django_user_model.objects.create_superuser("wanted-moderator", "m@example.org", "pw-123456"))
    return client


def test_a_request_posted_in_russian_waits_for_review_and_is_not_shown(client):
    assert "Что вы хотите купить?" in text(client, "/ru/vqidulob/new/")
    response = post_request(client)
    assert response.status_code == 303 and response["Location"] == "/ru/vqidulob/thanks/"
    stored = BuyerRequest.objects.get(product="Яблоки Голден на экспорт")
    assert stored.status == BuyerRequest.Status.WAITING and stored.language == "ru"
    assert "Яблоки Голден на экспорт" not in text(client, "/ru/vqidulob/")


def test_once_approved_it_shows_under_wanted_and_on_apple_pages_in_every_language(client, django_user_model):
    post_request(client)
    stored = BuyerRequest.objects.get(product="Яблоки Голден на экспорт")
    apples = {code: ProductPage.objects.live().filter(locale__language_code=code, category__slug="vashli").first()
              for code in LANGUAGES}
    before = {code: text(client, f"/{code}/vqidulob/") for code in LANGUAGES}  # cached for anonymous visitors
    assert all("Яблоки Голден на экспорт" not in html for html in before.values())

    moderator = django_user_model.objects.create_superuser("wanted-moderator", "m@example.org", "pw-123456")
    client.force_login(moderator)
    client.post(f"/admin/buyer-requests/review/{stored.pk}/", {"action": "approve"})
    client.logout()
    stored.refresh_from_db()
    assert stored.status == BuyerRequest.Status.LIVE and stored.expires_at > timezone.localdate()

    for code in LANGUAGES:
        for url in (f"/{code}/vqidulob/", apples[code].url, f"/{code}/produktebi/?category=vashli"):
            html = text(client, url)
            assert '<span lang="ru">Яблоки Голден на экспорт</span>' in html or (
                code == "ru" and "Яблоки Голден на экспорт" in html
            ), url
            assert TEN_TONNES[code] in html and OCTOBER[code] in html, url
        assert LOOKING[code] in text(client, apples[code].url)


@pytest.mark.parametrize(
    "overrides, message",
    [
        ({"product": "Дёшево! https://spam.example/buy"}, "без веб-ссылок и HTML"),
        ({"note": "<script>alert(1)</script>"}, "без веб-ссылок и HTML"),
        ({"product": "я" * 121}, "не больше 120 символов"),
        ({"quantity": "-5"}, "Количество должно быть больше 0"),
        ({"quantity": "десять"}, "Напишите количество числом"),
        ({"category": "999999"}, "выберите из списка"),
        ({"unit": "barrel"}, "выберите единицу из списка"),
        ({"phone": "", "email": ""}, "Укажите телефон или электронную почту"),
        ({"phone": "call me maybe"}, "Укажите номер телефона цифрами"),
        ({"buyer_name": "\u200b\u200b\x00"}, "заполните это поле"),
        ({"privacy_consent": None}, "без него мы не можем сохранить вашу заявку"),
    ],
)
def test_hostile_requests_are_refused_in_the_visitors_language_and_nothing_is_stored(client, overrides, message):
    response = post_request(client, **overrides)
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not BuyerRequest.objects.filter(buyer_name="ООО «Кавказ Фрукт»").exists()


def test_bots_get_the_thank_you_and_nothing_is_stored(client):
    assert post_request(client, website="http://bot.example").status_code == 303
    assert post_request(client, started=started_at()).status_code == 303  # sent at once
    assert post_request(client, started="forged").status_code == 303
    assert not BuyerRequest.objects.filter(buyer_name="ООО «Кавказ Фрукт»").exists()


def test_the_wanted_list_filters_by_category_village_and_buyer_and_notes_bad_filters(client):
    honey = text(client, "/en/vqidulob/?category=tapli")
    assert "მთის თაფლი რესტორნისთვის" in honey and "Walnuts in shell" not in honey
    ateni = text(client, "/en/vqidulob/?village=ateni")
    assert "მთის თაფლი რესტორნისთვის" in ateni and "Walnuts in shell" in ateni  # "any village" fits Ateni too
    assert "Walnuts in shell" not in text(client, "/en/vqidulob/?village=nikozi&buyer=restaurant")
    assert "was ignored" in text(client, "/en/vqidulob/?category=%3Cscript%3E&page=99999999999")


def test_requests_leave_the_site_on_their_expiry_day(client):
    walnuts = BuyerRequest.objects.get(reference="WNT7WAL")
    walnuts.expires_at = timezone.localdate() - timedelta(days=1)
    walnuts.save()
    assert "Walnuts in shell" not in text(client, "/en/vqidulob/")
    assert expire_requests() == 1
    walnuts.refresh_from_db()
    assert walnuts.status == BuyerRequest.Status.EXPIRED


def test_the_village_and_category_of_a_request_show_in_the_visitors_language(client):
    html = text(client, "/ru/vqidulob/?category=tapli")
    village = Village.objects.get(slug="ateni", locale__language_code="ru")
    assert village.name in html and "Мёд" in html
