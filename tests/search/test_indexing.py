"""The index stays current: translations, renamed categories, the demo loader and update_index."""

import pytest
from django.core.management import call_command
from wagtail.search.backends import get_search_backend
from wagtail.search.query import PlainText

from core import folding
from news.models import NewsPage
from products.models import Category, FarmerPage, ProductPage
from search.models import SearchTerm

from .relevance import found_pages


def slugs(response):
    return [page.slug for page in found_pages(response)]


@pytest.mark.parametrize("model", [ProductPage, FarmerPage, NewsPage])
def test_the_demo_loader_leaves_every_language_version_indexed_with_its_group_text(model):
    backend = get_search_backend()
    for page in model.objects.all():
        source = model.objects.filter(translation_key=page.translation_key, alias_of__isnull=True).first() or page
        term = folding.fold(folding.words(source.title)[0])
        found = backend.autocomplete(PlainText(term), model.objects.filter(pk=page.pk))
        assert found.count() == 1, (page.locale.language_code, page.title, term)
        if source.live:  # words of drafts (listings under review) stay out of "Did you mean"
            assert SearchTerm.objects.filter(term=term).exists()


def test_publishing_a_translation_makes_its_words_find_the_other_versions(
    search, django_capture_on_commit_callbacks
):
    english = ProductPage.objects.live().filter(locale__language_code="en", alias_of__isnull=False).first()
    assert english.slug not in slugs(search("ru", "honeycomb"))
    english.alias_of = None
    english.title = "Honeycomb in small jars"
    with django_capture_on_commit_callbacks(execute=True):
        english.save_revision().publish()
    assert slugs(search("ru", "honeycomb"))[:1] == [english.slug]
    assert slugs(search("ka", "honeycomb"))[:1] == [english.slug]
    assert SearchTerm.objects.filter(term=folding.fold("honeycomb")).exists()


def test_unpublishing_a_translation_takes_its_words_out_of_the_other_versions(
    search, django_capture_on_commit_callbacks
):
    assert "soplis-matsoni" in slugs(search("ka", "village matsoni"))[:1]
    with django_capture_on_commit_callbacks(execute=True):
        ProductPage.objects.get(slug="soplis-matsoni", locale__language_code="en").unpublish()
    assert "soplis-matsoni" not in slugs(search("ka", "village"))


def test_a_renamed_category_is_found_by_its_new_name_at_once(search):
    honey = Category.objects.get(slug="tapli", locale__language_code="en")
    honey.name = "Beekeeping goods"
    honey.save()
    found = slugs(search("ka", "beekeeping"))
    assert "akatsiis-tapli" in found
    assert SearchTerm.objects.filter(term="beekeeping").exists()


def test_update_index_rebuilds_the_vocabulary(search):
    SearchTerm.objects.all().delete()
    call_command("update_index", verbosity=0)
    assert SearchTerm.objects.filter(term="matsoni").exists()
    assert SearchTerm.objects.get(term="matsoni").example("ru") == "мацони"
    assert "soplis-matsoni" in slugs(search("en", "matsomi"))[:3]


def test_a_publish_indexes_each_language_version_once(monkeypatch, django_capture_on_commit_callbacks):
    """One indexing path: the search app's group re-index, not also Wagtail's per-save handler."""
    indexed = []
    backend_class = type(get_search_backend())
    original_add, original_add_bulk = backend_class.add, backend_class.add_bulk
    monkeypatch.setattr(backend_class, "add", lambda self, obj: (indexed.append(obj.pk), original_add(self, obj)))
    monkeypatch.setattr(
        backend_class,
        "add_bulk",
        lambda self, model, objs: (indexed.extend(obj.pk for obj in objs), original_add_bulk(self, model, objs)),
    )
    product = ProductPage.objects.get(slug="soplis-matsoni", locale__language_code="ka")
    versions = set(ProductPage.objects.filter(translation_key=product.translation_key).values_list("pk", flat=True))
    product.title = "სოფლის მაწონი ქილებში"
    with django_capture_on_commit_callbacks(execute=True):
        product.save_revision().publish()
    assert sorted(indexed) == sorted(versions)
    assert len(versions) == 3
