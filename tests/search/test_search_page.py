"""The search page: results of the visitor's language, products first, filters, pages, no duplicates."""

from datetime import timedelta

import pytest
from django.utils import timezone
from wagtail.contrib.search_promotions.models import Query, SearchPromotion

from core.page_cache import bump_generation
from products.models import ProductPage
from search.models import UnansweredQuery
from tests.context import drawn

from .relevance import found_pages


def slugs(response):
    return [page.slug for page in found_pages(response)]


def results(response):
    return found_pages(response)


@pytest.mark.parametrize("query", ["matsoni", "мацони", "მაწონის"])
def test_matsoni_is_found_on_the_english_page_in_any_script(search, query):
    response = search("en", query)
    assert response.status_code == 200
    assert "soplis-matsoni" in slugs(response)[:3]
    assert "Village matsoni" in response.content.decode()


def test_russian_honey_on_the_georgian_page_finds_the_honey_listings(search):
    response = search("ka", "мёд")
    honey = ProductPage.objects.filter(locale__language_code="ka", category__slug="tapli", live=True)
    assert set(slugs(response)) >= set(honey.values_list("slug", flat=True))
    assert all(page.category.slug == "tapli" for page in results(response) if isinstance(page, ProductPage))


def test_a_misspelt_word_still_finds_the_listing_and_says_what_was_searched(search):
    response = search("en", "matsomi")
    assert "soplis-matsoni" in slugs(response)[:3]
    assert response.context["corrected_query"] == "matsoni"
    assert "Showing results for “matsoni”." in response.content.decode()


def test_results_are_pages_of_the_visitors_language_each_once(search):
    response = search("en", "honey")
    found = results(response)
    assert found and all(page.locale.language_code == "en" for page in found)
    assert len({page.translation_key for page in found}) == len(found)


def test_an_untranslated_listing_is_found_at_its_address_in_the_visitors_language(search):
    copy = ProductPage.objects.live().filter(locale__language_code="en", alias_of__isnull=False).first()
    original = ProductPage.objects.get(pk=copy.alias_of_id)
    response = search("en", original.title)
    html = response.content.decode()
    assert slugs(response)[0] == copy.slug
    assert f'<h3 lang="ka"><a href="{copy.url}">{original.title}</a></h3>' in html
    assert original.url not in html


def test_products_come_before_farmers_and_news(search):
    response = search("en", "apple")
    kinds = [section.searchable.name for section in drawn(response, "sections")]
    assert kinds == ["products", "farmers", "news"]


def test_product_results_show_the_catalogue_card(search):
    html = search("en", "acacia honey").content.decode()
    assert 'class="card product-card"' in html
    assert "₾30 / jar" in html
    assert "Nikozi" in html


def test_the_query_stays_in_the_header_search_box(search):
    html = search("ru", "мацони").content.decode()
    assert 'id="header-search-q" type="search" name="q" value="мацони"' in html


def test_the_village_filter_keeps_only_that_villages_products_and_farmers(search):
    response = search("en", "apples", village="nikozi")
    found = results(response)
    assert found
    assert {page.village.slug for page in found} == {"nikozi"}


def test_the_category_filter_keeps_only_products_of_that_category(search):
    response = search("en", "Nikozi", category="atami")
    assert slugs(response) == ["nikozis-atami"]


def test_an_unknown_filter_value_is_ignored_with_a_note(search):
    response = search("en", "honey", village="atlantis")
    assert response.status_code == 200
    assert results(response)
    assert response.context["filter_notes"]


def test_results_are_paged_and_the_links_keep_the_query(search, add_products):
    add_products(25, title="სოფლის მაწონი")
    first = search("ka", "მაწონი")
    assert first.context["page_obj"].paginator.num_pages == 2
    assert len(results(first)) == 20
    html = first.content.decode()
    assert 'href="?q=%E1%83%9B%E1%83%90%E1%83%AC%E1%83%9D%E1%83%9C%E1%83%98&amp;page=2"' in html
    second = search("ka", "მაწონი", page=2)
    assert not set(slugs(first)) & set(slugs(second))


def test_the_page_runs_no_more_queries_for_many_results_than_for_few(
    search, add_products, django_assert_max_num_queries
):
    add_products(3, title="ტკბილი მაწონი")
    search("ka", "მაწონი")  # warm the per-process caches (site root paths, content types)
    few = search("ka", "მაწონი")
    assert len(results(few)) < 20
    from django.db import connection

    counted = []
    with connection.execute_wrapper(lambda execute, *args: (counted.append(1), execute(*args))[1]):
        search("ka", "მაწონი")
    add_products(30, title="ცხვრის მაწონი", farmer_slug="ketevan-abashidze")
    search("ka", "მაწონი")  # the publishes started a new cache generation: warm it again
    with django_assert_max_num_queries(len(counted)):
        many = search("ka", "მაწონი")
    assert len(results(many)) == 20


def test_a_search_that_finds_nothing_is_recorded_per_language(search):
    response = search("ru", "бананы", counted=True)
    assert results(response) == []
    assert "Ничего не найдено" in response.content.decode() or "бананы" in response.content.decode()
    assert UnansweredQuery.objects.get(query_string="бананы", language="ru").hits == 1
    search("ru", "Бананы", counted=True)
    assert UnansweredQuery.objects.get(query_string="бананы", language="ru").hits == 2
    assert not UnansweredQuery.objects.filter(language="en").exists()


def test_a_search_that_finds_nothing_offers_the_closest_known_word(search):
    response = search("en", "mtasnoi")  # two letters swapped twice: too far to correct without asking
    assert response.context["result_count"] == 0
    assert drawn(response, "did_you_mean") == "matsoni"
    assert '<a href="?q=matsoni">Did you mean “matsoni”?</a>' in response.content.decode()


def test_words_far_from_anything_known_get_no_suggestion(search):
    response = search("en", "xqzvbw")
    assert response.context["result_count"] == 0
    assert drawn(response, "did_you_mean") == ""


def test_every_search_counts_in_wagtails_search_terms_report(search):
    search("en", "Honey", counted=True)
    search("en", "honey", counted=True)
    assert Query.objects.get(query_string="honey").hits == 2


def test_editors_promoted_result_is_shown_in_the_visitors_language(search):
    page = ProductPage.objects.get(slug="akatsiis-tapli", locale__language_code="ka")
    SearchPromotion.objects.create(query=Query.get("best honey"), page=page, sort_order=0)
    html = search("en", "best honey").content.decode()
    assert '<a href="/en/permerebi/nino-kapanadze/akatsiis-tapli/">Acacia honey</a>' in html


def test_unpublished_and_expired_listings_leave_the_results(search):
    matsoni = ProductPage.objects.get(slug="soplis-matsoni", locale__language_code="en")
    matsoni.unpublish()
    assert "soplis-matsoni" not in slugs(search("en", "matsoni"))
    sheep = ProductPage.objects.filter(slug="tskhvris-matsoni")
    sheep.update(expires_at=timezone.localdate() - timedelta(days=1))
    # An offer expires at midnight, and the day is part of every cache key (core.page_cache): a new day
    # starts afresh, as a bump of the generation does here.
    bump_generation()
    assert "tskhvris-matsoni" not in slugs(search("en", "matsoni"))


def test_an_empty_search_shows_how_to_search(search):
    response = search("en", "")
    assert response.status_code == 200
    assert "Type what you are looking for" in response.content.decode()
