"""The demo of the listing form: the form page in the menu, "How to sell safely" in three languages, three
listings waiting for moderators; loading it again changes nothing."""

import pytest
from django.core.management import call_command
from wagtail.models import Revision

from home.models import StandardPage
from listings.models import ListingFormPage, ListingSubmission


@pytest.mark.parametrize(
    ("language", "title", "words"),
    [
        ("ka", "როგორ გავყიდოთ უსაფრთხოდ", "SMS"),
        ("en", "How to sell safely", "prepayment"),
        ("ru", "Как продавать безопасно", "предоплат"),
    ],
)
def test_how_to_sell_safely_is_in_every_language_and_linked_from_the_form(client, language, title, words):
    page = StandardPage.objects.get(slug="rogor-gavqidot-usaprtkhod", locale__language_code=language)
    assert page.title == title and page.live and page.alias_of_id is None
    html = client.get(page.get_url()).content.decode()
    assert words in html.replace("Prepayment", "prepayment")
    form_page = ListingFormPage.objects.get(locale__language_code=language)
    assert form_page.safety_page_id == page.pk
    assert page.get_url() in client.get(form_page.get_url()).content.decode()


def test_loading_the_demo_again_changes_nothing():
    revisions = Revision.objects.count()
    submissions = list(ListingSubmission.objects.values_list("reference", "status", "product_page_id"))
    call_command("load_demo_content", verbosity=0)
    assert Revision.objects.count() == revisions
    assert list(ListingSubmission.objects.values_list("reference", "status", "product_page_id")) == submissions
