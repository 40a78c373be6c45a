"""Buyers' requests ("Wanted"): the list with its filters, the form, and the thank-you."""

from django.db.models import Q
from django.shortcuts import redirect
from django.utils import timezone
from django.utils.translation import get_language, gettext
from django.views.decorators.cache import never_cache

from core.pagination import paginate, pagination, query_string
from core.protection import client_fingerprint, form_token_refused
from listings.limits import WANTED_POSTS_PER_CLIENT
from listings.models import BuyerRequest
from listings.wanted import decorate_requests
from listings.wanted_forms import BuyerRequestForm
from products.taxonomy import Taxonomy

LIST_TEMPLATE = "listings/wanted_page.html"
FORM_TEMPLATE = "listings/wanted_form.html"


def _filters(request, taxonomy):
    """The filters that parse, and a note for each one that does not (never an error)."""
    data, notes = {}, []
    labels = {"category": gettext("Category"), "village": gettext("Village"), "buyer": gettext("Buyer")}
    lookups = {
        "category": taxonomy.category_by_slug,
        "village": taxonomy.village_by_slug,
        "buyer": lambda value: value if value in BuyerRequest.BuyerKind.values else None,
    }
    for name, lookup in lookups.items():
        value = request.GET.get(name, "")
        if not value:
            continue
        if len(value) <= 100 and lookup(value) is not None:
            data[name] = value
        else:
            notes.append(gettext("The filter “%(filter)s” was ignored: %(reason)s")
                         % {"filter": labels[name], "reason": gettext("there is no such option.")})
    page_number = request.GET.get("page", "1")
    if page_number.isdigit() and page_number.isascii() and len(page_number) < 8:
        data["page"] = int(page_number)
    return data, notes


def request_list(request, page):
    """Approved requests that have not expired, newest first, filtered by category, village and buyer."""
    language = get_language()
    taxonomy = Taxonomy.for_request(request, language)
    data, notes = _filters(request, taxonomy)
    requests = BuyerRequest.on_the_site().order_by("-reviewed_at", "-pk")
    if "category" in data:
        category = taxonomy.category_by_slug(data["category"])
        requests = requests.filter(category_id__in=taxonomy.with_descendants(category.id))
    if "village" in data:
        village = taxonomy.village_by_slug(data["village"])
        requests = requests.filter(Q(village_id=village.id) | Q(village__isnull=True))  # "any village" fits too
    if "buyer" in data:
        requests = requests.filter(buyer_kind=data["buyer"])
    page_obj = paginate(requests, data, notes, page.requests_per_page)
    shown = {name: value for name, value in data.items() if name != "page"}
    return page.render(
        request,
        template=LIST_TEMPLATE,
        context_overrides={
            "requests": decorate_requests(page_obj.object_list, taxonomy),
            "filter_notes": notes,
            "categories": [
                (term.slug, ("— " * depth) + f"{term.icon} {term.name}".strip())
                for term, depth in taxonomy.categories_in_tree_order()
            ],
            "villages": taxonomy.villages_by_name(),
            "buyer_kinds": BuyerRequest.BuyerKind.choices,
            "selected": shown,
            "is_filtered": bool(shown),
            "clear_filters_url": query_string({}),
            "page_obj": page_obj,
            "pagination": pagination(page_obj, shown),
            "form_url": page.form_url(request),
        },
    )


def request_form(request, page):
    """The form (cached for anonymous visitors like the listing form), and what happens when it is sent."""
    taxonomy = Taxonomy.for_request(request, get_language())
    if request.method != "POST":
        return _render(request, page, BuyerRequestForm(taxonomy=taxonomy))
    form = BuyerRequestForm(
        request.POST, taxonomy=taxonomy, token_refused=form_token_refused(request), client=client_fingerprint(request)
    )
    if form.honeypot_filled():
        return _to_thanks(page, request)
    if not WANTED_POSTS_PER_CLIENT.hit(client_fingerprint(request)):
        notice = gettext("Too many requests were sent from your connection in the last hour. Please try again later.")
        return _render(request, page, form, notice=notice, status=429)
    if not form.is_valid():
        return _render(request, page, form)
    if form.sent_too_fast():
        return _to_thanks(page, request)
    data = form.cleaned_data
    BuyerRequest.create(
        language=get_language(),
        product=data["product"],
        category_id=data["category"],
        quantity=data["quantity"],
        unit=data["unit"],
        village_id=data.get("village"),
        months=data.get("months") or 0,
        price=data.get("price"),
        note=data.get("note") or "",
        buyer_kind=data["buyer_kind"],
        buyer_name=data["buyer_name"],
        phone=data.get("phone") or "",
        email=data.get("email") or "",
        contact_consent=bool(data.get("contact_consent")),
        privacy_consent_at=timezone.now(),
        client_fingerprint=client_fingerprint(request),
    )
    return _to_thanks(page, request)


def _render(request, page, form, notice="", status=200):
    response = page.render(
        request,
        template=FORM_TEMPLATE,
        context_overrides={"form": form, "notice": notice, "form_url": page.form_url(request)},
    )
    response.status_code = status
    return response


def _to_thanks(page, request):
    response = redirect(page.get_url(request) + page.reverse_subpage("thanks"))
    response.status_code = 303
    return response


@never_cache
def thanks(request, page):
    return page.render(request, template="listings/wanted_thanks.html")
