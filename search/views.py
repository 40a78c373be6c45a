"""The site search page (/<lang>/search/) and its as-you-type suggestions (/<lang>/search/suggest/)."""

from django.conf import settings
from django.core.paginator import Paginator
from django.http import HttpResponse, HttpResponseBadRequest, JsonResponse
from django.shortcuts import render
from django.utils.functional import SimpleLazyObject
from django.utils.translation import get_language, gettext
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_POST
from wagtail.models import Locale

from core.page_cache import cached_fragment, computed_on_use
from core.pagination import pagination, query_string
from core.protection import client_fingerprint
from core.rate_limits import HOUR, RateLimit
from products.forms import CatalogueFilterForm
from products.models import ProductIndexPage
from products.taxonomy import Taxonomy

from . import results, statistics
from .query import clean, did_you_mean, plan

RESULTS_PER_PAGE = 20
SUGGESTIONS = 8
# As-you-type requests one client may send per minute: a typing person sends one at most every quarter
# second after a pause, far below this.
SUGGESTIONS_PER_CLIENT = RateLimit("search-suggest", 120, 60, "SEARCH_SUGGESTIONS_PER_CLIENT_PER_MINUTE")
# Searches one client may have counted per hour: far above what a person types.
COUNTS_PER_CLIENT = RateLimit("search-count", 240, HOUR, "SEARCH_COUNTS_PER_CLIENT_PER_HOUR")
FILTERS = ("category", "village")
# What only the kept results' HTML shows.
DRAWN_ONLY = ("sections", "did_you_mean", "did_you_mean_url", "catalogue_url", "pagination")


@require_GET
def search(request):
    """Products, then farmers, then news of the visitor's language matching the query, with the
    catalogue's category and village filters."""
    language = get_language()
    locale = Locale.objects.get_for_language(language)
    taxonomy = SimpleLazyObject(lambda: Taxonomy.for_request(request, language))
    chosen = {name: request.GET[name] for name in FILTERS if name in request.GET}
    form = SimpleLazyObject(lambda: CatalogueFilterForm(chosen, taxonomy))
    filters, notes = form.usable_data() if chosen else ({}, [])
    text = clean(request.GET.get("q", ""))
    # Most visitors type the same few words: what a query means is kept until something changes.
    search_plan = cached_fragment("search-plan", [text], lambda: plan(text))
    params = {"q": search_plan.text, **filters}
    context = {
        "search_query": search_plan.text,
        "filter_form": form,
        # The form shows the filters in use only: its HTML is kept per set of them ({% fragment %}).
        "filter_key": query_string(filters),
        "filter_notes": notes,
        "is_filtered": bool(filters),
        "clear_filters_url": query_string({"q": search_plan.text}),
    }
    if not search_plan.is_empty:
        # Kept until something changes, like the catalogue's pages (core.page_cache); the results' HTML too
        # ({% fragment %} by `results_key`): what only it shows is computed when it is drawn afresh.
        requested = request.GET.get("page", "1")[:8]
        key = [locale.id, search_plan.text, sorted(filters.items()), requested]
        total, number, shown = cached_fragment(
            "search-page",
            key,
            lambda: results.page_of_results(search_plan, locale.id, filters, taxonomy, requested, RESULTS_PER_PAGE),
        )
        page_obj = Paginator(range(total), RESULTS_PER_PAGE).get_page(number)
        # Counted by the browser (js/search-count.js, `count_search`): cached pages are counted too.
        promotions = statistics.promoted_pages(search_plan.text, locale, request) if page_obj.number == 1 else []

        def drawn_only():
            suggestion = did_you_mean(search_plan) if not (total or promotions) else ""
            return {
                "sections": results.prepare(results.sections(shown, request, taxonomy), request, taxonomy),
                "did_you_mean": suggestion,
                "did_you_mean_url": query_string({**params, "q": suggestion}) if suggestion else "",
                "catalogue_url": "" if total else catalogue_url(locale, request),
                "pagination": pagination(page_obj, params),
            }

        context.update(
            results_key=key,
            page_obj=page_obj,
            promotions=promotions,
            result_count=total,
            corrected_query=search_plan.corrected,
            **computed_on_use(drawn_only, DRAWN_ONLY),
        )
    return render(request, "search/search.html", context)


@csrf_exempt  # a count, not a change anyone could be tricked into; no cookie is read or set
@never_cache
@require_POST
def count_search(request):
    """Count one search (the first page of its results, as the visitor's browser showed it) in Wagtail's
    search terms and, when nothing was found, in the searches without results of its language."""
    language = request.POST.get("language", "")
    text = clean(request.POST.get("q", ""))
    if language not in dict(settings.LANGUAGES) or not text or request.POST.get("found") not in ("0", "1"):
        # 400, not 404: LocaleMiddleware would answer a 404 outside /ka/… with a redirect.
        return HttpResponseBadRequest()
    if not COUNTS_PER_CLIENT.hit(client_fingerprint(request)):
        return HttpResponse(status=429)
    statistics.record(text, language, found=request.POST["found"] == "1")
    return HttpResponse(status=204)


def catalogue_url(locale, request):
    catalogue = ProductIndexPage.objects.live().filter(locale=locale).first()
    return catalogue.get_url(request) if catalogue else ""


@require_GET
def suggest(request):
    """Up to eight titles of products, farmers and news matching what has been typed so far, as JSON."""
    if not SUGGESTIONS_PER_CLIENT.hit(client_fingerprint(request)):
        response = JsonResponse({"error": gettext("Too many requests. Please wait a minute.")}, status=429)
        response["Retry-After"] = str(SUGGESTIONS_PER_CLIENT.window)
        return response
    search_plan = plan(request.GET.get("q", ""))
    suggestions = []
    if len(search_plan.text) >= 2 and not search_plan.is_empty:
        language = get_language()

        def find():
            locale = Locale.objects.get_for_language(language)
            taxonomy = Taxonomy.for_request(request, language)
            found = results.run(search_plan, results.candidates(locale.id, {}, taxonomy))
            return [{"label": page.title, "url": page.get_url(request)} for page in found.first(SUGGESTIONS)]

        # Each keystroke asks again, and most visitors type the same few words: kept until something changes.
        suggestions = cached_fragment("search-suggest", [request.get_host(), language, search_plan.text], find)
    response = JsonResponse({"query": search_plan.text, "suggestions": suggestions})
    response["Cache-Control"] = "private, max-age=60"
    return response
