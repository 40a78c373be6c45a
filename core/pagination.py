"""Pages of results (catalogue, farmers, search) and the query strings of their links.

Links are written by Django's `{% querystring %}` from the cleaned parameters (`pagination["query"]`), so
a filter that was refused never travels on to the next page.
"""

from urllib.parse import urlencode

from django.core.paginator import Paginator
from django.http import QueryDict
from django.utils.translation import gettext


def cleaned_query(data, **changes):
    """A QueryDict of the parameters in use, empty ones left out, `True` written as "1"."""
    query = QueryDict(mutable=True)
    for name, value in {**data, **changes}.items():
        if value in (None, "", False):
            continue
        query[name] = "1" if value is True else str(value)
    return query


def query_string(data, **changes):
    """"?category=khili&page=2" from filter values and changes to them, leaving out empty ones."""
    query = cleaned_query(data, **changes)
    return "?" + urlencode(list(query.items())) if query else "?"


def paginate(queryset, data, notes, per_page, count=None):
    """A page of results; an impossible page number gives the nearest real page and a note. `count`, when
    given, is the number of results already known (saves counting them again)."""
    paginator = Paginator(queryset, per_page)
    if count is not None:
        paginator.count = count
    requested = data.get("page", 1)
    page_obj = paginator.get_page(requested)
    if requested != page_obj.number:
        notes.append(
            gettext("There is no page %(requested)s; showing page %(shown)s.")
            % {"requested": requested, "shown": page_obj.number}
        )
        data.pop("page", None)
    return page_obj


def pagination(page_obj, data):
    """What core/includes/pagination.html needs: the page, the numbers to link (with … gaps), the query."""
    paginator = page_obj.paginator
    return {
        "page_obj": page_obj,
        "numbers": list(paginator.get_elided_page_range(page_obj.number, on_each_side=1, on_ends=1)),
        "ellipsis": paginator.ELLIPSIS,
        "query": cleaned_query({name: value for name, value in data.items() if name != "page"}),
    }
