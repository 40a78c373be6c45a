"""wagtail-localize can extract what translators see from every news model (see TRAPS: nested blocks)."""

import pytest
from wagtail_localize.segments import StringSegmentValue
from wagtail_localize.segments.extract import extract_segments

from news.models import DevelopmentPlanPage, NewsIndexPage, NewsPage, NewsTopic, PlanAction, PlanGoal

MODELS = [NewsIndexPage, NewsPage, DevelopmentPlanPage, NewsTopic, PlanGoal, PlanAction]


@pytest.mark.parametrize("model", MODELS, ids=lambda model: model.__name__)
def test_segments_extract_from_every_georgian_source(model):
    objects = model.objects.filter(locale__language_code="ka")
    if issubclass(model, (NewsIndexPage, NewsPage, DevelopmentPlanPage)):
        objects = objects.filter(alias_of__isnull=True)
    assert objects.exists()
    for obj in objects:
        strings = [segment for segment in extract_segments(obj) if isinstance(segment, StringSegmentValue)]
        assert strings, obj


def test_facts_of_an_action_are_not_sent_to_translators():
    action = PlanAction.objects.filter(locale__language_code="ka").first()
    paths = {segment.path for segment in extract_segments(action) if isinstance(segment, StringSegmentValue)}
    # Indicator names go to translators; their numbers, dates and measurements and the budget lines do not.
    indicator_paths = {f"indicators.{indicator.translation_key}.name" for indicator in action.indicators.all()}
    assert indicator_paths
    assert paths == {"title", "description", "responsible_body", "partners"} | indicator_paths


def test_topic_slug_is_not_sent_to_translators():
    topic = NewsTopic.objects.filter(locale__language_code="ka").first()
    paths = {segment.path for segment in extract_segments(topic) if isinstance(segment, StringSegmentValue)}
    assert paths == {"name"}
