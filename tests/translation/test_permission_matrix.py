"""Groups by least privilege (issue 12), checked through the admin's own addresses: for each group, every page
type (and a listing a farmer sent in English, and translations) × every action is what the group's job needs
and nothing more. Moderators alone work in the farmers' directories; Translators change and publish
translations; Editors write and publish news, the plan and standard pages.

One test per group walks its whole matrix and reports every mismatch at once."""

from decimal import Decimal

import pytest
from django.contrib.auth.models import Group
from wagtail.models import Page
from wagtail_localize.operations import translate_object

from home.models import StandardPage
from news.models import NewsIndexPage, NewsPage
from products.models import Category, FarmerIndexPage, FarmerPage, ProductPage

from .conftest import (
    client_for,
    editor_props,
    georgian_home,
    locale,
    publish,
    translate_every_string,
    translation_of,
    version_in,
)

ACTIONS = (
    "add", "edit", "publish", "unpublish", "delete", "move", "copy", "preview", "revisions", "translate", "submit"
)
ALL = set(ACTIONS)
NOTHING = set()
READ_AND_TRANSLATE = {"translate"}
TRANSLATE_A_TRANSLATION = {"edit", "publish", "unpublish", "preview", "revisions", "translate"}

# Rows: what each group may do. "submit" is offered where the page is under a workflow (news, directories).
EXPECTED = {
    "Editors": {
        "standard page": ALL - {"submit"},
        "English translation of a standard page": ALL - {"submit"},
        "news post": ALL,
        "farmer": READ_AND_TRANSLATE,
        "product": READ_AND_TRANSLATE,
        "listing sent in English": NOTHING,
        "Russian translation of a product": READ_AND_TRANSLATE,
    },
    "Moderators": {
        "standard page": NOTHING,
        "English translation of a standard page": NOTHING,
        # They approve news in its workflow (which publishes with their right) and review drafts.
        "news post": {"unpublish", "preview", "revisions"},
        "farmer": ALL - {"translate", "delete"},  # a farmer with offers is not deleted in one go
        "product": ALL - {"translate"},
        "listing sent in English": ALL - {"translate", "unpublish"},  # a draft: nothing to unpublish
        "Russian translation of a product": ALL - {"translate", "submit"},  # translations skip the review
    },
    "Translators": {
        "standard page": READ_AND_TRANSLATE,
        "English translation of a standard page": TRANSLATE_A_TRANSLATION,
        "news post": READ_AND_TRANSLATE,
        "farmer": READ_AND_TRANSLATE,
        "product": READ_AND_TRANSLATE,
        "listing sent in English": NOTHING,
        "Russian translation of a product": TRANSLATE_A_TRANSLATION,
    },
}


def _translated(page, code):
    """A real translation of `page` in `code`, published (as a translator finishing it in the editor)."""
    translate_object(page, [locale(code)])
    translation = translation_of(page, code)
    translate_every_string(translation, lambda text: f"[{code}] {text}")
    translation.save_target(publish=True)
    return version_in(page, code)


@pytest.fixture
def pages():
    """Each row: (page, the parent an "add" of the same type goes under, the type added)."""
    standard = StandardPage(title="ბაზრობის წესები", slug="bazrobis-tsesebi", intro="წესები.")
    georgian_home().add_child(instance=standard)
    standard = publish(standard)
    english_standard = _translated(standard, "en")

    news = NewsPage.objects.live().filter(locale__language_code="ka").first()
    directory = FarmerIndexPage.objects.get(locale__language_code="ka")
    farmer = FarmerPage.objects.live().filter(locale__language_code="ka").first()
    product = ProductPage(
        title="ტყემალი", slug="tkemali-matrix", description="<p>მწვანე ტყემალი.</p>", price=Decimal("8"),
        category=Category.objects.get(locale__language_code="ka", slug="khili"), live=False,
    )
    farmer.add_child(instance=product)
    product = publish(product)
    russian_product = _translated(product, "ru")

    english_directory = FarmerIndexPage.objects.get(locale__language_code="en")
    english_farmer = FarmerPage(title="John Smith", slug="john-smith-matrix", phone="599 00 00 01", live=False)
    english_directory.add_child(instance=english_farmer)
    english_listing = ProductPage(
        title="Walnuts", slug="walnuts-matrix", live=False, price=Decimal("12"),
        category=Category.objects.get(locale__language_code="ka", slug="khili"),
    )
    english_farmer.add_child(instance=english_listing)
    english_listing.save_revision()

    return {
        "standard page": (standard, georgian_home(), StandardPage),
        "English translation of a standard page": (
            english_standard, Page.objects.get(depth=2, locale__language_code="en"), StandardPage
        ),
        "news post": (news, NewsIndexPage.objects.get(locale__language_code="ka"), NewsPage),
        "farmer": (farmer, directory, FarmerPage),
        "product": (product, farmer, ProductPage),
        "listing sent in English": (english_listing, english_farmer, ProductPage),
        "Russian translation of a product": (russian_product, version_in(farmer, "ru"), ProductPage),
    }


def allowed(response):
    assert response.status_code in {200, 302, 403, 404}, response.status_code  # never a server error
    return response.status_code == 200


def actions_allowed(client, page, parent, page_type):
    """What the admin lets this client do with `page`, asked of the admin's own views."""
    meta = page_type._meta
    edit = client.get(f"/admin/pages/{page.pk}/edit/")
    html = edit.content.decode() if edit.status_code == 200 else ""
    # A translation opens in wagtail-localize's editor, which says what the user may do in its props.
    in_translation_editor = 'data-props="' in html and "perms" in html
    answers = {
        "add": allowed(client.get(f"/admin/pages/add/{meta.app_label}/{meta.model_name}/{parent.pk}/")),
        "edit": allowed(edit),
        "publish": editor_props(edit)["perms"]["canPublish"] if in_translation_editor
        else 'name="action-publish"' in html,
        "submit": 'name="action-submit"' in html,
        "unpublish": page.live and allowed(client.get(f"/admin/pages/{page.pk}/unpublish/")),
        "delete": allowed(client.get(f"/admin/pages/{page.pk}/delete/")),
        # Choosing where to move checks the right; confirming runs the hooks (translators do not move pages).
        "move": allowed(client.get(f"/admin/pages/{page.pk}/move/"))
        and allowed(client.get(f"/admin/pages/{page.pk}/move/{page.get_parent().pk}/confirm/")),
        "copy": allowed(client.get(f"/admin/pages/{page.pk}/copy/")),
        "preview": allowed(client.get(f"/admin/pages/{page.pk}/view_draft/")),
        "revisions": allowed(client.get(f"/admin/pages/{page.pk}/history/")),
        "translate": allowed(client.get(f"/admin/localize/submit/page/{page.pk}/")),
    }
    return {action for action, answer in answers.items() if answer}


@pytest.mark.parametrize("group_name", list(EXPECTED))
def test_each_group_can_do_what_its_job_needs_and_nothing_else(group_name, pages, django_user_model):
    user = django_user_model.objects.create_user(f"matrix-{group_name.lower()}", password="x-secret-42")
    user.groups.add(Group.objects.get(name=group_name))
    client = client_for(user)
    mismatches = {}
    for row, (page, parent, page_type) in pages.items():
        actual = actions_allowed(client, page, parent, page_type)
        expected = EXPECTED[group_name][row]
        if actual != expected:
            mismatches[row] = {"also allowed": sorted(actual - expected), "refused": sorted(expected - actual)}
    assert mismatches == {}
