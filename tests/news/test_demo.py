from wagtail.models import Page, Revision

from core.demo import source_home, upsert_child, upsert_translation
from home.models import StandardPage
from news import demo
from news.models import DevelopmentPlanPage, NewsPage, NewsTopic, PlanAction, PlanGoal

from .conftest import LANGUAGES


def test_demo_has_news_topics_and_the_plan_in_three_languages():
    for code in LANGUAGES:
        news = NewsPage.objects.live().filter(locale__language_code=code, alias_of__isnull=True)
        assert news.count() >= 8, code
        assert news.filter(hero_image__isnull=False).count() == news.count()
        assert NewsTopic.objects.filter(locale__language_code=code).count() == 6
        assert PlanGoal.objects.filter(locale__language_code=code).count() == 3
        actions = PlanAction.objects.filter(locale__language_code=code)
        assert actions.count() >= 10
        assert set(actions.values_list("status", flat=True)) == {"planned", "in_progress", "done"}
    assert NewsPage.objects.filter(locale__language_code="ka", plan_action__isnull=False).count() >= 6


def test_demo_texts_differ_by_language():
    titles = {code: set(NewsPage.objects.filter(locale__language_code=code).values_list("title", flat=True))
              for code in LANGUAGES}
    assert not titles["ka"] & titles["en"] and not titles["en"] & titles["ru"]


def test_loader_replaces_an_old_standard_plan_page_and_stays_idempotent():
    home = source_home()
    for page in DevelopmentPlanPage.objects.order_by("-depth", "-pk"):
        Page.objects.get(pk=page.pk).delete()
    old = upsert_child(home, StandardPage, demo.PLAN_SLUG, title="ძველი გეგმა", intro="ტექსტი.")
    upsert_translation(old, "en", title="Old plan", intro="Text.")
    demo.load()
    assert not StandardPage.objects.filter(slug=demo.PLAN_SLUG).exists()
    for code in LANGUAGES:
        plan = DevelopmentPlanPage.objects.get(locale__language_code=code, slug=demo.PLAN_SLUG)
        assert plan.live and plan.alias_of_id is None
    revisions = Revision.objects.count()
    demo.load()
    assert Revision.objects.count() == revisions
