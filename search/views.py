from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.shortcuts import render
from django.utils.translation import get_language
from wagtail.models import Locale, Page


def search(request):
    """Site search in the visitor's language (extended by the search issue)."""
    query = request.GET.get("q", "")[:200].strip()
    results = Page.objects.none()
    if query:
        results = (
            Page.objects.live()
            .public()
            .filter(locale=Locale.objects.get(language_code=get_language()))
            .specific()
            .search(query)
        )
    paginator = Paginator(results, 20)
    try:
        page = paginator.page(request.GET.get("page", 1))
    except (EmptyPage, PageNotAnInteger):
        page = paginator.page(1)
    return render(request, "search/search.html", {"query": query, "search_query": query, "results": page})
