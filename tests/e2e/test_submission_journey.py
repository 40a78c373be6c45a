"""A farmer lists apples from a phone in Georgian; a moderator approves them in the admin; the listing is in the
Georgian, English and Russian catalogues with its facts in each language; the farmer marks it sold through the
private link; a buyer's inquiry reaches the admin."""

import io
import re

import pytest
from PIL import Image

from .conftest import axe_violations

pytestmark = pytest.mark.e2e

TITLE = "ვაშლი „რენეტი“ ატენიდან"


def _photo(path, color):
    buffer = io.BytesIO()
    Image.new("RGB", (800, 600), color).save(buffer, "JPEG")
    path.write_bytes(buffer.getvalue())
    return str(path)


def _label(*texts):
    """A label in English or Georgian: the page shows Georgian once the translations are merged."""
    return re.compile("^(" + "|".join(re.escape(text) for text in texts) + ")")


def test_farmer_lists_moderator_approves_buyers_find_it_and_the_farmer_marks_it_sold(
    site_url, new_tab, admin_tab, tmp_path
):
    # The farmer fills in the form on a phone, in Georgian, with two photos.
    phone = new_tab("phone", language="ka")
    phone.goto(site_url + "/ka/")
    phone.get_by_role("button", name="მენიუ", exact=True).click()  # on a phone the menu opens on demand
    phone.get_by_role("navigation", name=_label("Main menu", "მთავარი მენიუ")).get_by_role(
        "link", name="განცხადების დამატება"
    ).click()
    assert phone.url == site_url + "/ka/gaqidva/"
    assert axe_violations(phone) == []
    phone.get_by_label(_label("Your name or your farm's name", "თქვენი სახელი ან მეურნეობის")).fill("ლევან კაპანაძე")
    phone.get_by_label(_label("Phone number", "ტელეფონის ნომერი")).fill("0599 11 22 44")
    phone.get_by_label(_label("Village", "სოფელი")).select_option(label="ატენი")
    phone.get_by_label(_label("What do you offer?", "რას სთავაზობთ")).fill(TITLE)
    phone.get_by_label(_label("Category", "კატეგორია")).select_option(label="— ვაშლი")
    phone.get_by_label(_label("Description", "აღწერა")).fill("რენეტი, ტკბილ-მჟავე, ინახება აპრილამდე.")
    phone.get_by_label(_label("Price in lari", "ფასი ლარში")).fill("1,40")
    phone.get_by_label(_label("Quantity available", "ხელმისაწვდომი რაოდენობა")).fill("1500")
    for month in ("სექტემბერი", "ოქტომბერი", "ნოემბერი"):
        phone.get_by_label(month, exact=True).check()
    phone.get_by_label(_label("Photos (up to 6)", "ფოტოები")).set_input_files(
        [_photo(tmp_path / "tree.jpg", (190, 40, 40)), _photo(tmp_path / "crate.jpg", (200, 170, 60))]
    )
    phone.get_by_label(_label("I have read the privacy notice", "გავეცანი კონფიდენციალურობის")).check()
    phone.get_by_role("button", name=_label("Send my listing", "განცხადების გაგზავნა")).click()
    phone.wait_for_url(re.compile(r"/ka/gaqidva/manage/[\w-]+/\?welcome=1#welcome-title$"))
    private_link = phone.url.split("?")[0]
    reference = phone.locator(".reference").inner_text()
    assert re.fullmatch(r"[A-Z0-9]{7}", reference)
    assert phone.get_by_label(_label("Your private link", "თქვენი პირადი ბმული")).input_value() == private_link
    assert axe_violations(phone) == []

    # The moderator approves it from the admin dashboard.
    admin_tab.goto(site_url + "/admin/")
    admin_tab.get_by_role("region", name="Farmers' listings waiting for review").get_by_role("link", name=TITLE).click()
    admin_tab.wait_for_url(re.compile(r"/admin/pages/\d+/edit/"))
    assert admin_tab.get_by_role("heading", level=1).filter(has_text=TITLE).count() == 1
    admin_tab.get_by_role("button", name="More actions").click()
    with admin_tab.expect_navigation():
        admin_tab.get_by_role("button", name="Approve and Publish", exact=True).click()

    # Buyers find it in every language, with category, unit and village in their language.
    for language, category, unit, village in [
        ("ka", "ვაშლი", "კგ", "ატენი"),
        ("en", "Apples", "kg", "Ateni"),
        ("ru", "Яблоки", "кг", "Атени"),
    ]:
        phone.goto(f"{site_url}/{language}/produktebi/?category=vashli&village=ateni")
        card = phone.get_by_role("article").filter(has_text=TITLE)
        assert card.count() == 1, language
        text = card.inner_text()
        assert category in text and village in text and f"/ {unit}" in text.replace("\u00a0", " "), (language, text)

    # A buyer writes to the agency from the English page of the offer.
    phone.goto(f"{site_url}/en/produktebi/?category=vashli&village=ateni")
    phone.get_by_role("article").filter(has_text=TITLE).get_by_role("link", name=TITLE).click()
    phone.get_by_label(re.compile("^Your name")).fill("Oleg Sidorov")
    phone.get_by_label("Email", exact=True).fill("oleg@example.org")
    phone.get_by_label(re.compile("^Message")).fill("Нужно 500 кг в октябре, доставка в Тбилиси возможна?")
    phone.get_by_role("button", name="Send message").click()
    assert phone.get_by_role("heading", level=1).inner_text() == "Your message was sent"

    # The farmer marks it sold through the private link.
    phone.goto(private_link)
    phone.get_by_role("button", name=_label("Mark as sold out", "გაყიდულად მონიშვნა")).click()
    phone.wait_for_url(re.compile(r"\?done=sold#done$"))
    phone.goto(site_url + "/en/produktebi/?category=vashli&village=ateni")
    assert "Sold out" in phone.get_by_role("article").filter(has_text=TITLE).inner_text()

    # The inquiry is in the admin.
    admin_tab.goto(site_url + "/admin/inquiries/")
    row = admin_tab.get_by_role("row").filter(has_text="Oleg Sidorov").filter(has_text=TITLE)
    assert row.count() == 1
