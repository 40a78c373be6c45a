"""An agency worker enters a listing for a farmer who phoned and prints the slip; a buyer posts "10 tonnes of
apples in October" in Russian (a hostile try first is refused), a moderator approves it, and it shows under
Wanted and on an apple page in Georgian, English and Russian, next to the "Met by the agency" mark."""

import io
import re

import pytest
from PIL import Image

pytestmark = pytest.mark.e2e

BUYER_TEXT = "Яблоки для сидра, 10 тонн"


def _photo(path):
    buffer = io.BytesIO()
    Image.new("RGB", (800, 600), (180, 40, 40)).save(buffer, "JPEG")
    path.write_bytes(buffer.getvalue())
    return str(path)


def test_an_agency_worker_enters_a_listing_for_a_farmer_who_phoned_and_prints_the_slip(admin_tab, site_url, tmp_path):
    tab = admin_tab
    tab.goto(site_url + "/admin/listing-submissions/")
    tab.get_by_role("link", name="Enter a listing for a farmer").click()
    tab.get_by_label("The farmer's language").select_option("ru")
    tab.get_by_label("The farmer's name or farm's name").fill("Тамаз Бердзенишвили")
    tab.get_by_label("The farmer's phone number").fill("599 31 41 59")
    tab.get_by_label("Village").select_option(label="Nikozi")
    tab.get_by_label("What do you offer?").fill("Груши «Панта»")
    tab.get_by_label("Category").select_option(label="Fruit")
    tab.get_by_label("Price in lari (₾)").fill("1,20")
    tab.get_by_label("Photos (up to 6)").set_input_files(_photo(tmp_path / "pears.jpg"))
    tab.get_by_label(re.compile("I read the privacy notice to the farmer")).check()
    tab.get_by_role("button", name="Store the listing and print the slip").click()

    tab.wait_for_url(re.compile(r"/admin/listing-submissions/slip/\d+/$"))
    assert tab.locator("html").get_attribute("lang") == "ru"
    assert tab.get_by_role("heading", name="Ваше объявление на Agrofarm").is_visible()
    assert tab.locator(".slip__qr svg").is_visible()
    link = tab.locator(".slip__link").inner_text()
    assert "/ru/gaqidva/manage/" in link
    tab.get_by_role("button", name=re.compile("Send the link by SMS")).click()
    tab.get_by_text(re.compile("The private link was sent by SMS")).wait_for()

    tab.goto(site_url + "/admin/listing-submissions/?entered_by_agency=true")
    assert tab.get_by_text("Груши «Панта»").is_visible()
    farmer_tab = tab.context.browser.new_context().new_page()
    farmer_tab.goto(link)
    assert farmer_tab.get_by_text("Груши «Панта»").first.is_visible()
    farmer_tab.context.close()


def test_a_russian_buyers_request_is_moderated_and_shows_under_wanted_and_on_apple_pages(
    new_tab, admin_tab, site_url
):
    buyer = new_tab("phone", language="ru")
    buyer.goto(site_url + "/ru/vqidulob/")
    buyer.get_by_role("link", name="Разместить заявку покупателя").click()
    buyer.get_by_label("Что вы хотите купить?").fill("Дёшево! https://spam.example")
    buyer.get_by_label("Категория").select_option(label="— Яблоки")
    buyer.get_by_label("Количество").fill("10")
    buyer.get_by_label("Единица").select_option("tonne")
    buyer.get_by_label("Октябрь").check()
    buyer.get_by_role("combobox", name="Вы", exact=True).select_option("processor")
    buyer.get_by_label("Ваше имя или название компании").fill("Сидрерия «Лиахви»")
    buyer.get_by_label("Номер телефона").fill("+995 599 00 11 22")
    buyer.get_by_label(re.compile("Я прочитал")).check()
    buyer.get_by_role("button", name="Отправить заявку").click()
    buyer.get_by_text("Пожалуйста, напишите обычный текст, без веб-ссылок и HTML.").first.wait_for()

    buyer.get_by_label("Что вы хотите купить?").fill(BUYER_TEXT)
    buyer.get_by_role("button", name="Отправить заявку").click()
    buyer.get_by_role("heading", name="Спасибо! Ваша заявка отправлена.").wait_for()

    admin_tab.goto(site_url + "/admin/buyer-requests/?status=waiting")
    admin_tab.get_by_role("row").filter(has_text=BUYER_TEXT).get_by_role("link").first.click()
    admin_tab.get_by_role("button", name="Approve and publish").click()
    admin_tab.get_by_text("The request is on the site in every language.").wait_for()
    assert not admin_tab.get_by_text("spam.example").count()

    for code, looking in (("ka", "მყიდველები ამას ეძებენ"), ("en", "Buyers are looking for this"),
                          ("ru", "Покупатели ищут это")):
        buyer.goto(f"{site_url}/{code}/vqidulob/?category=vashli")
        assert buyer.get_by_text(BUYER_TEXT).first.is_visible()
        buyer.goto(f"{site_url}/{code}/produktebi/?category=vashli")
        buyer.locator(".product-card h3 a").first.click()
        buyer.get_by_role("heading", name=looking).wait_for()
        assert buyer.locator(".buyers-wanted").get_by_text(BUYER_TEXT).first.is_visible()
