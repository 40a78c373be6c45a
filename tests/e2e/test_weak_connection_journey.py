"""A farmer on a slow phone connection (issue 14): a 12-megapixel photo leaves the phone downscaled, a reload
mid-form brings back everything typed, sending while offline waits for the farmer's tap, an answer lost on the
way creates no second listing, and a product page visited before opens offline with a note."""

import io
import re

import pytest
from PIL import Image

from .conftest import VIEWPORTS

pytestmark = pytest.mark.e2e

TITLE = "ვაშლი „გოლდენი“ ნიქოზიდან, ახალი მოსავალი"
LIMIT_PER_PHOTO = 1_500_000
# A slow mobile connection, as Chrome's DevTools "3G" presets (bytes per second).
SLOW_CONNECTION = {"offline": False, "latency": 150, "downloadThroughput": 200_000, "uploadThroughput": 100_000}
PRODUCT = "/ka/permerebi/tamar-gelashvili/tsiteli-tqemali/"


def _camera_photo(path):
    """A 12-megapixel photo as a phone writes it: textured, high quality, held upright (EXIF orientation 6)."""
    texture = Image.effect_noise((400, 300), 60).convert("L")
    colours = Image.merge("RGB", [texture, texture.rotate(180), texture.transpose(Image.FLIP_LEFT_RIGHT)])
    grain = Image.effect_noise((4000, 3000), 12).convert("RGB")
    photo = Image.blend(colours.resize((4000, 3000), Image.BICUBIC), grain, 0.25)
    exif = Image.Exif()
    exif[0x0112] = 6  # rotate 90° clockwise to show: the photo is 3000 wide and 4000 high as seen
    buffer = io.BytesIO()
    photo.save(buffer, "JPEG", quality=92, exif=exif)
    path.write_bytes(buffer.getvalue())
    return path


def _fields(tab):
    return {
        "name": tab.get_by_label(re.compile("^(Your name|თქვენი სახელი)")),
        "phone": tab.get_by_label(re.compile("^(Phone number|ტელეფონის ნომერი)")),
        "village": tab.get_by_label(re.compile("^(Village|სოფელი)")),
        "title": tab.get_by_label(re.compile("^(What do you offer|რას სთავაზობთ)")),
        "category": tab.get_by_label(re.compile("^(Category|კატეგორია)")),
        "description": tab.get_by_label(re.compile("^(Description|აღწერა)")),
        "price": tab.get_by_label(re.compile("^(Price in lari|ფასი ლარში)")),
        "quantity": tab.get_by_label(re.compile("^(Quantity available|ხელმისაწვდომი რაოდენობა)")),
        "october": tab.get_by_label("ოქტომბერი", exact=True),
        "privacy": tab.get_by_label(re.compile("^(I have read the privacy notice|გავეცანი კონფიდენციალურობის)")),
    }


def test_a_listing_sent_over_a_weak_connection_arrives_once_with_light_photos_and_nothing_typed_is_lost(
    site_url, browser, admin_tab, tmp_path
):
    photo = _camera_photo(tmp_path / "IMG_2041.jpg")
    assert photo.stat().st_size > 2 * LIMIT_PER_PHOTO  # sent whole, it would be far over the limit

    # The page's own requests are the ones to watch: no service worker in between on this tab.
    context = browser.new_context(viewport=VIEWPORTS["phone"], locale="ka-GE", service_workers="block")
    context.set_default_timeout(90_000)
    tab = context.new_page()
    cdp = context.new_cdp_session(tab)
    cdp.send("Network.enable")
    cdp.send("Network.emulateNetworkConditions", SLOW_CONNECTION)
    form_url = site_url + "/ka/gaqidva/"
    tab.goto(form_url)
    fields = _fields(tab)
    fields["name"].fill("ნანა ბერიძე")
    fields["phone"].fill("599 55 44 33")
    fields["village"].select_option(label="ნიქოზი")
    fields["title"].fill(TITLE)
    fields["category"].select_option(label="— ვაშლი")
    fields["description"].fill("ტკბილი, ყუთებში.\nმიწოდება გორამდე.")
    fields["price"].fill("18")
    fields["quantity"].fill("300")
    fields["october"].check()

    # The photo is made lighter on the phone and sent on its own, with a progress bar.
    with tab.expect_response(re.compile(r"/gaqidva/photo/$")) as sent_photo:
        tab.get_by_label(re.compile("^(Photos|ფოტოები)")).set_input_files(str(photo))
    answer = sent_photo.value.json()
    assert sent_photo.value.status == 200, answer
    assert answer["received_bytes"] < LIMIT_PER_PHOTO, answer  # the whole request body, as the server got it
    assert (answer["width"], answer["height"]) == (1500, 2000)  # at most 2000 px, and still upright
    upload = tab.locator(".photo-upload").filter(has_text="IMG_2041.jpg")
    assert upload.get_by_role("progressbar").count() == 1
    upload.get_by_text("გაიგზავნა", exact=True).wait_for()

    # A reload mid-form (a dropped connection, a closed tab) brings every field back, and the photo.
    tab.reload()
    fields = _fields(tab)
    tab.get_by_text("რაც ადრე ამ ტელეფონზე დაწერეთ, ფორმაში დაბრუნდა.").wait_for()
    assert fields["name"].input_value() == "ნანა ბერიძე"
    assert fields["phone"].input_value() == "599 55 44 33"
    assert fields["village"].locator("option:checked").inner_text() == "ნიქოზი"
    assert fields["title"].input_value() == TITLE
    assert fields["category"].locator("option:checked").inner_text() == "— ვაშლი"
    assert fields["description"].input_value() == "ტკბილი, ყუთებში.\nმიწოდება გორამდე."
    assert fields["price"].input_value() == "18" and fields["quantity"].input_value() == "300"
    assert fields["october"].is_checked()
    assert tab.locator(".photo-upload").filter(has_text="IMG_2041.jpg").get_by_text("გაიგზავნა").count() == 1
    fields["privacy"].check()
    send = tab.get_by_role("button", name=re.compile("^(Send my listing|განცხადების გაგზავნა)"))

    # Offline, sending waits for the connection and the farmer's tap.
    context.set_offline(True)
    send.click()
    tab.get_by_text(re.compile("^ინტერნეტთან კავშირი არ არის")).wait_for()
    assert tab.url == form_url
    context.set_offline(False)
    tab.get_by_text(re.compile("^კავშირი აღდგა")).wait_for()

    # The listing reaches the server but its answer is lost on the way back (a timeout on the phone) ...
    lost = []

    def lose_the_answer(route):
        if route.request.method == "POST" and not lost:
            lost.append(route.fetch(max_redirects=0).headers.get("location", ""))
            route.abort("timedout")
        else:
            route.continue_()

    tab.route(re.compile(r"/ka/gaqidva/(#.*)?$"), lose_the_answer)
    send.click()
    for _tick in range(600):  # the server takes its time to store the listing on a busy machine
        if lost:
            break
        tab.wait_for_timeout(200)
    assert lost and "/manage/" in lost[0]
    tab.unroute(re.compile(r"/ka/gaqidva/(#.*)?$"))

    # ... so the farmer opens the form again and sends it again: the same listing, not a second one.
    tab.goto(form_url)
    assert _fields(tab)["title"].input_value() == TITLE
    tab.get_by_role("button", name=re.compile("^(Send my listing|განცხადების გაგზავნა)")).click()
    tab.wait_for_url(re.compile(r"/ka/gaqidva/manage/[\w-]+/\?welcome=1"))
    assert re.fullmatch(r"[A-Z0-9]{7}", tab.locator(".reference").inner_text())

    admin_tab.goto(site_url + "/admin/")
    waiting = admin_tab.get_by_role("region", name="Farmers' listings waiting for review")
    assert waiting.get_by_role("link", name=TITLE).count() == 1

    # The draft is gone once the listing is sent.
    tab.goto(form_url)
    assert _fields(tab)["title"].input_value() == ""
    context.close()


def test_a_product_page_visited_before_opens_offline_with_a_note_in_its_language(site_url, browser):
    context = browser.new_context(viewport=VIEWPORTS["phone"], locale="ka-GE")
    context.set_default_timeout(90_000)
    context.set_default_navigation_timeout(180_000)
    tab = context.new_page()
    tab.goto(site_url + "/ka/")
    tab.evaluate("navigator.serviceWorker.ready.then(() => true)")
    tab.goto(site_url + PRODUCT)  # now through the service worker, which keeps a copy
    title = tab.get_by_role("heading", level=1).inner_text()
    share = tab.get_by_role("region", name="შეთავაზების გაზიარება")
    assert share.get_by_role("link", name="WhatsApp").get_attribute("href").startswith("https://wa.me/?text=")
    assert share.get_by_role("button", name="ბმულის კოპირება").is_visible()
    note = tab.get_by_text(re.compile("^კავშირი არ არის: ეს არის ამ გვერდის ასლი"))
    assert note.count() == 1 and not note.is_visible()

    context.set_offline(True)
    tab.goto(site_url + PRODUCT)
    assert tab.get_by_role("heading", level=1).inner_text() == title
    assert note.is_visible()
    tab.goto(site_url + "/ka/siakhleebi/")  # never opened: the offline page, in Georgian
    assert tab.get_by_role("heading", level=1).inner_text() == "კავშირი არ არის"
    context.close()
