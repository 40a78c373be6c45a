"""Demo news, topics and the development plan in three languages. Safe to run again: it changes nothing then."""

import csv
import io
import uuid
from decimal import Decimal

from django.contrib.contenttypes.models import ContentType
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.models import Page

from core.demo import (
    demo_collection,
    draw_image,
    locale,
    publish,
    source_home,
    upsert_child,
    upsert_translation,
    upsert_translations,
)
from news.models import (
    DevelopmentPlanPage,
    NewsIndexPage,
    NewsPage,
    NewsPageRelatedPage,
    NewsPageTopic,
    NewsTopic,
    PlanAction,
    PlanBudgetLine,
    PlanGoal,
    PlanIndicator,
)
from news.workflow import assign_news_workflow

from . import texts

LANGUAGES = ("ka", "en", "ru")
NEWS_INDEX_SLUG = "siakhleebi"
PLAN_SLUG = "ganvitarebis-gegma"
# Demo snippets get fixed translation keys, so a second run finds the rows the first one made.
DEMO_KEYS = uuid.UUID("3f6a3c52-6d0e-4c1f-9a57-0b8f2f8f4e21")


def load():
    home = source_home()
    topics = {slug: _topic(slug, names) for slug, names in texts.TOPICS.items()}
    goals = {key: _snippet(PlanGoal, f"goal:{key}", fields, sort_order=order) for order, (key, fields) in
             enumerate(texts.GOALS, start=1)}
    actions = {
        key: _action(order, key, goals[goal], status, start, end, responsible, action_texts)
        for order, (key, goal, status, start, end, responsible, action_texts) in enumerate(texts.ACTIONS, start=1)
    }
    monitoring = _monitoring_document()
    for key, action in actions.items():
        _action_figures(action, texts.PLAN_FIGURES[key], monitoring)
    index = _news_index(home)
    document = _progress_document()
    for item in texts.NEWS:
        _news_post(index, item, topics, actions, document)
    plan = _plan_page(home)
    return {"news_index": index, "plan": plan}


def _key(name):
    return uuid.uuid5(DEMO_KEYS, name)


def _snippet(model, key_name, texts_by_language, translation_key=None, **facts):
    """A translatable snippet in the three languages, created or updated only where it differs."""
    translation_key = translation_key or _key(key_name)
    source = None
    for code in LANGUAGES:
        values = {**texts_by_language[code], **facts}
        row = model.objects.filter(translation_key=translation_key, locale=locale(code)).first()
        if row is None:
            row = model(translation_key=translation_key, locale=locale(code), **values)
            row.save()
        elif any(getattr(row, name) != value for name, value in values.items()):
            for name, value in values.items():
                setattr(row, name, value)
            row.save()
        source = source or row
    return source


def _topic(slug, names):
    # A topic whose slug was corrected keeps its rows (and the posts tagged with it): look for the old slug too.
    old_slugs = [slug, *(old for old, new in texts.RENAMED_TOPIC_SLUGS.items() if new == slug)]
    existing = NewsTopic.objects.filter(locale=locale("ka"), slug__in=old_slugs).first()
    return _snippet(
        NewsTopic,
        f"topic:{slug}",
        {code: {"name": name} for code, name in names.items()},
        translation_key=existing.translation_key if existing else None,
        slug=slug,
    )


def _action(order, key, goal, status, start, end, responsible, action_texts):
    return _snippet(
        PlanAction,
        f"action:{key}",
        {
            code: {"title": title, "description": description, "responsible_body": responsible[code]}
            for code, (title, description) in action_texts.items()
        },
        goal=goal,
        status=status,
        start_date=start,
        end_date=end,
        sort_order=order,
    )


def _action_figures(source, figures, document):
    """The action's partners, building block, indicators and budget in the three languages; rows that already
    hold these values are left alone."""
    versions = {
        action.locale.language_code: action
        for action in PlanAction.objects.filter(translation_key=source.translation_key).select_related("locale")
    }
    budget = [(line_source, Decimal(planned), Decimal(spent)) for line_source, planned, spent in figures["budget"]]
    # Translations first: saving the Georgian action last copies its facts to them (PlanAction.save).
    for code in ("en", "ru", "ka"):
        action = versions.get(code)
        if action is None:
            continue
        partners = "\n".join(partner[code] for partner in figures["partners"])
        indicators = [
            _indicator(action, spec, code, document, order) for order, spec in enumerate(figures["indicators"])
        ]
        if (
            action.partners == partners
            and action.building_block == figures["building_block"]
            and _indicators_signature(PlanIndicator.objects.filter(action=action)) == _indicators_signature(indicators)
            and list(PlanBudgetLine.objects.filter(action=action).values_list("source", "planned", "spent")) == budget
        ):
            continue
        action.partners = partners
        action.building_block = figures["building_block"]
        action.indicators = indicators
        action.budget_lines = [
            PlanBudgetLine(source=line_source, planned=planned, spent=spent, sort_order=order)
            for order, (line_source, planned, spent) in enumerate(budget)
        ]
        action.save()


def _indicator(action, spec, code, document, order):
    key, names, unit, baseline, target, measurements, *rest = spec
    return PlanIndicator(
        translation_key=_key(f"indicator:{key}"),
        locale_id=action.locale_id,
        name=names[code],
        unit=unit,
        baseline_value=Decimal(str(baseline)),
        baseline_date=texts.BASELINE_DATE,
        target_value=Decimal(str(target)),
        target_date=rest[0] if rest else texts.TARGET_DATE,
        actual_values=[
            ("value", {"date": when, "value": Decimal(str(value)), "document": document, "source_url": ""})
            for when, value in measurements
        ],
        sort_order=order,
    )


def _indicators_signature(indicators):
    """What an action's indicators say, to compare the stored ones with the demo's."""
    return [
        (
            str(indicator.translation_key), indicator.name, indicator.unit, Decimal(indicator.baseline_value),
            indicator.baseline_date, Decimal(indicator.target_value), indicator.target_date, indicator.sort_order,
            [(block.value["date"], Decimal(str(block.value["value"]))) for block in indicator.actual_values],
        )
        for indicator in sorted(indicators, key=lambda indicator: indicator.sort_order)
    ]


def _monitoring_document():
    """The latest measurement of every indicator in three languages, as the CSV the measurements cite."""
    Document = get_document_model()
    existing = Document.objects.filter(title=texts.MONITORING_DOCUMENT_TITLE).first()
    if existing is not None:
        return existing
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(["ინდიკატორი", "Indicator", "Индикатор", "Unit", "Baseline 2023", "Date", "Value", "Target"])
    for figures in texts.PLAN_FIGURES.values():
        for _key_name, names, unit, baseline, target, measurements, *_rest in figures["indicators"]:
            for when, value in measurements:
                writer.writerow([names["ka"], names["en"], names["ru"], unit, baseline, when.isoformat(), value, target])
    document = Document(title=texts.MONITORING_DOCUMENT_TITLE, collection=demo_collection("Demo documents"))
    document.file = ContentFile(("\ufeff" + buffer.getvalue()).encode("utf-8"), name="gori-led-plan-monitoring-2026-10.csv")
    document._set_document_file_metadata()
    document.save()
    return document


def _news_index(home):
    index = upsert_child(home, NewsIndexPage, NEWS_INDEX_SLUG, show_in_menus=True, **texts.NEWS_INDEX["ka"])
    upsert_translations(index, {code: texts.NEWS_INDEX[code] for code in ("en", "ru")})
    for version in NewsIndexPage.objects.filter(translation_key=index.translation_key):
        assign_news_workflow(version)
    return index


def _news_post(index, item, topics, actions, document):
    title, palette, shape, seed = item["image"]
    facts = {
        "date": item["date"],
        "hero_image": draw_image(title, palette, shape, seed=seed),
        "plan_action": actions.get(item["action"]),
    }
    post_topics = [topics[slug] for slug in item["topics"]]
    related = _catalogue_pages(item.get("related", []))
    source = upsert_child(index, NewsPage, item["slug"], **facts, **_post_fields(item["ka"], document))
    _link(source, post_topics, related)
    for code in ("en", "ru"):
        _link(upsert_translation(source, code, **facts, **_post_fields(item[code], document)), post_topics, related)
    return source


def _catalogue_pages(slugs):
    """The Georgian product and farmer pages with these slugs, in that order (those that exist)."""
    pages = {page.slug: page for page in Page.objects.filter(slug__in=slugs, locale=locale("ka"), alias_of=None)}
    return [pages[slug] for slug in slugs if slug in pages]


def _post_fields(fields, document):
    """The post's text; a "document" marker in the body becomes the download block in that language."""
    fields = dict(fields)
    link_text, description = fields.pop("document", ("", ""))
    fields["body"] = [
        ("document", {"document": document, "title": link_text, "description": description})
        if block == "document"
        else block
        for block in fields["body"]
    ]
    return fields


def _link(page, topics, related):
    """Give the post these topics and related pages; re-published only when they differ."""
    current_topics = NewsPageTopic.objects.filter(page=page).order_by("sort_order").values_list("topic_id", flat=True)
    current_related = (
        NewsPageRelatedPage.objects.filter(page=page).order_by("sort_order").values_list("related_page_id", flat=True)
    )
    if list(current_topics) == [topic.pk for topic in topics] and list(current_related) == [p.pk for p in related]:
        return
    page.topic_links = [NewsPageTopic(topic=topic, sort_order=order) for order, topic in enumerate(topics)]
    page.related_pages = [
        NewsPageRelatedPage(related_page=related_page, sort_order=order) for order, related_page in enumerate(related)
    ]
    publish(page)


def _progress_document():
    """The plan's actions and statuses in three languages, as a CSV file to download."""
    Document = get_document_model()
    existing = Document.objects.filter(title=texts.PROGRESS_DOCUMENT_TITLE).first()
    if existing is not None:
        return existing
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(["#", "ღონისძიება", "Action", "Мероприятие", "Status", "Start", "End"])
    for order, (_key_name, _goal, status, start, end, _responsible, action_texts) in enumerate(texts.ACTIONS, 1):
        writer.writerow(
            [order, action_texts["ka"][0], action_texts["en"][0], action_texts["ru"][0], status,
             start.isoformat(), end.isoformat() if end else ""]
        )
    document = Document(title=texts.PROGRESS_DOCUMENT_TITLE, collection=demo_collection("Demo documents"))
    # A byte-order mark lets spreadsheet programs read the Georgian and Russian columns as UTF-8.
    document.file = ContentFile(("\ufeff" + buffer.getvalue()).encode("utf-8"), name="gori-led-plan-actions-2026.csv")
    document._set_document_file_metadata()
    document.save()
    return document


def _plan_page(home):
    _retire_plan_standard_page(home)
    plan = upsert_child(home, DevelopmentPlanPage, PLAN_SLUG, show_in_menus=True, **texts.PLAN_PAGE["ka"])
    upsert_translations(plan, {code: texts.PLAN_PAGE[code] for code in ("en", "ru")})
    return plan


def _retire_plan_standard_page(home):
    """Remove the plain text page the plan used to be (same slug), with its translations and copies."""
    plan_type = ContentType.objects.get_for_model(DevelopmentPlanPage)
    old = Page.objects.child_of(home).filter(slug=PLAN_SLUG).exclude(content_type=plan_type).first()
    if old is None:
        return
    for version in Page.objects.filter(translation_key=old.translation_key).exclude(pk=old.pk).order_by("-depth"):
        version.delete()
    Page.objects.get(pk=old.pk).delete()
