from django.core.management import call_command
from wagtail.images import get_image_model
from wagtail.models import Page, Revision

from home.models import HomePage, SiteFooter, StandardPage
from news.models import DevelopmentPlanPage


def _snapshot():
    return {
        "pages": sorted(Page.objects.values_list("locale__language_code", "url_path", "title", "live")),
        "images": get_image_model().objects.count(),
        "footers": SiteFooter.objects.count(),
    }


def test_demo_loader_is_idempotent():
    before = _snapshot()
    revisions = Revision.objects.count()
    call_command("load_demo_content", verbosity=0)
    assert _snapshot() == before
    assert Revision.objects.count() == revisions  # nothing changed, so nothing re-published


def test_demo_content_fills_all_three_locales():
    for code in ("ka", "en", "ru"):
        assert HomePage.objects.filter(locale__language_code=code, live=True).count() == 1
        pages = StandardPage.objects.filter(locale__language_code=code, live=True, alias_of__isnull=True)
        assert pages.count() >= 2, code
        assert SiteFooter.objects.filter(locale__language_code=code).exists()
    titles = set(StandardPage.objects.filter(locale__language_code="ru").values_list("title", flat=True))
    assert {"О нас", "Политика конфиденциальности"} <= titles
    plan = DevelopmentPlanPage.objects.get(locale__language_code="ru", alias_of__isnull=True)
    assert plan.title == "План местного экономического развития"


def test_demo_slugs_are_ascii_and_shared_between_languages():
    for page in StandardPage.objects.all():
        assert page.slug.isascii()
        siblings = StandardPage.objects.filter(translation_key=page.translation_key)
        assert set(siblings.values_list("slug", flat=True)) == {page.slug}
