"""On a phone (360×740) nothing moves after the first paint, and the first load stays light.

Layout shift is measured as the browser reports it (a PerformanceObserver for 'layout-shift', installed
before the page's own scripts and reading buffered entries), summed over every shift without recent
input: a stricter figure than Lighthouse's CLS, which keeps only the worst five-second window.
Run with -s to see the figures.
"""

import pytest

pytestmark = pytest.mark.e2e

PHONE = {"width": 360, "height": 740}
MAX_LAYOUT_SHIFT = 0.05
MAX_FIRST_LOAD = 300 * 1024
MAX_JAVASCRIPT = 20 * 1024

PAGE_TYPES = {
    "home": "/ka/",
    "catalogue": "/ka/produktebi/",
    "filtered catalogue": "/ka/produktebi/?village=nikozi&sort=price_asc",
    "product": "/ka/permerebi/tamar-gelashvili/tsiteli-tqemali/",
    "farmers": "/ka/permerebi/",
    "farmer": "/ka/permerebi/tamar-gelashvili/",
    "news": "/ka/siakhleebi/",
    "news post": "/ka/siakhleebi/biotreningebi-karaletshi/",
    "development plan": "/ka/ganvitarebis-gegma/",
    "sell form": "/ka/gaqidva/",
    "search": "/ka/search/?q=vashli",
    "standard page": "/ka/chvens-shesakheb/",
}
WEIGHED = ["home", "catalogue", "product", "news post"]

RECORD_LAYOUT_SHIFTS = """
window.__layoutShifts = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    if (!entry.hadRecentInput) window.__layoutShifts.push(entry.value);
  }
}).observe({type: "layout-shift", buffered: true});
"""


@pytest.fixture
def fresh_phone(browser):
    """A phone tab with an empty cache that never uses one, as on a first visit."""
    context = browser.new_context(viewport=PHONE)
    context.set_default_navigation_timeout(180_000)
    context.add_init_script(RECORD_LAYOUT_SHIFTS)
    tab = context.new_page()
    devtools = context.new_cdp_session(tab)
    devtools.send("Network.enable")
    devtools.send("Network.setCacheDisabled", {"cacheDisabled": True})
    yield tab
    context.close()


@pytest.fixture(scope="module")
def warm_renditions(site_url, browser):
    """The first view of a photo makes its AVIF/WebP renditions, which can take seconds: not what is measured."""
    context = browser.new_context(viewport=PHONE)
    context.set_default_navigation_timeout(180_000)
    tab = context.new_page()
    for path in PAGE_TYPES.values():
        tab.goto(site_url + path)
    context.close()


def open_and_settle(tab, url):
    response = tab.goto(url, wait_until="load")
    assert response.status == 200
    tab.wait_for_load_state("networkidle")
    tab.wait_for_timeout(500)


@pytest.mark.parametrize("page_type", PAGE_TYPES)
def test_nothing_moves_after_the_first_paint_on_a_phone(site_url, warm_renditions, fresh_phone, page_type):
    open_and_settle(fresh_phone, site_url + PAGE_TYPES[page_type])
    shifts = fresh_phone.evaluate("window.__layoutShifts")
    path = PAGE_TYPES[page_type]
    print(f"\nlayout shift at 360×740, {page_type} ({path}): {sum(shifts):.3f} from {len(shifts)} shifts")
    assert sum(shifts) <= MAX_LAYOUT_SHIFT


@pytest.mark.parametrize("page_type", WEIGHED)
def test_the_first_load_on_a_phone_is_light(site_url, warm_renditions, fresh_phone, page_type):
    finished = []
    fresh_phone.on("requestfinished", lambda request: finished.append(request))
    open_and_settle(fresh_phone, site_url + PAGE_TYPES[page_type])
    by_type = {}
    for request in finished:
        by_type[request.resource_type] = by_type.get(request.resource_type, 0) + request.sizes()["responseBodySize"]
    total = sum(by_type.values())
    figures = ", ".join(f"{kind} {size / 1024:.1f}" for kind, size in sorted(by_type.items()))
    print(f"\nfirst load at 360×740, {page_type}: {total / 1024:.1f} KB ({figures})")
    assert total <= MAX_FIRST_LOAD
    assert by_type.get("script", 0) <= MAX_JAVASCRIPT
    assert by_type.get("image", 0) > 0  # the page's photos count, not only its text


@pytest.mark.parametrize("path", ["/ka/produktebi/", "/en/"])
def test_without_javascript_a_phone_shows_the_menu_and_filters_open(site_url, browser, path):
    context = browser.new_context(viewport=PHONE, java_script_enabled=False)
    tab = context.new_page()
    tab.goto(site_url + path)
    assert tab.locator("nav.main-menu a").first.is_visible()
    if "produktebi" in path:
        assert tab.locator("form.filters select").first.is_visible()
    toggles = tab.locator(".fold-toggle").all()
    assert toggles and not any(toggle.is_visible() for toggle in toggles)  # a button that would do nothing
    context.close()


def test_a_phone_opens_and_closes_the_folded_menu(site_url, phone):
    phone.goto(site_url + "/en/")
    menu = phone.get_by_role("navigation", name="Main menu")
    toggle = menu.get_by_role("button", name="Menu")
    news = menu.get_by_role("link", name="News", exact=True)
    assert toggle.get_attribute("aria-expanded") == "false" and not news.is_visible()
    toggle.click()
    assert toggle.get_attribute("aria-expanded") == "true" and news.is_visible()
    toggle.click()
    assert toggle.get_attribute("aria-expanded") == "false" and not news.is_visible()
