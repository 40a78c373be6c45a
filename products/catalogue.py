"""Queries and context for the catalogue, product, farmer and home pages.

Every page here runs a fixed number of queries however many products it lists: products come with
their card data annotated (first photo, certified, source language of untranslated copies), photos
and renditions are fetched in one go, and names of categories and villages come from the Taxonomy.
"""

from urllib.parse import quote, urlencode

from django.db.models import Count, Exists, F, OuterRef, Q, Subquery
from django.template.loader import get_template
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.text import Truncator
from django.utils.translation import get_language, gettext, ngettext, npgettext
from wagtail.images import get_image_model

from core.page_cache import cached_fragment, cached_fragments
from core.pagination import paginate, pagination, query_string
from core.text_language import OPEN_GRAPH_LOCALES, source_text_language, with_source_language

from .forms import CatalogueFilterForm
from .months import availability_strip, mask_to_months, month_bit
from .pricing import format_money, format_price, format_quantity
from .taxonomy import Taxonomy
from .units import UNIT_CODES, unit_abbreviation

CARD_TEMPLATE = "includes/product_card.html"
CARD_LIMIT_HOME = 8
RELATED_LIMIT = 4
# The largest JPEG the pages already make, so sharing and JSON-LD need no rendition of their own.
SHARE_IMAGE = "format-jpeg|fill-800x600"
SHARE_IMAGE_SIZE = (800, 600)


# Queries ---------------------------------------------------------------------------------------

def live_products(locale_id):
    """Live, public, unexpired products and services of one language (untranslated copies included)."""
    from .models import ProductPage

    today = timezone.localdate()
    return (
        ProductPage.objects.live()
        .public()
        .filter(locale_id=locale_id)
        .filter(Q(expires_at__isnull=True) | Q(expires_at__gte=today))
    )


def with_card_data(products):
    """Annotate what a product card shows, so a list of cards costs no query per card."""
    from .models import ProductCertification, ProductGalleryImage

    first_photo = ProductGalleryImage.objects.filter(page=OuterRef("pk")).order_by("sort_order", "pk")
    return with_source_language(products).annotate(
        card_image_id=Subquery(first_photo.values("image_id")[:1]),
        is_certified=Exists(ProductCertification.objects.filter(page=OuterRef("pk"))),
        farmer_met_on=F("farmer__met_by_agency_on"),
    )


def ordered(products, sort="newest"):
    """Available offers before sold-out ones ("available" sorts before "sold_out"), then by `sort`."""
    if sort == "price_asc":
        keys = [F("price").asc(nulls_last=True)]
    elif sort == "price_desc":
        keys = [F("price").desc(nulls_last=True)]
    else:
        keys = [F("first_published_at").desc(nulls_last=True)]
    return products.order_by("status", *keys, "-pk")


def fetch_images(image_ids):
    """Images by id with all their renditions, in two queries (none when there is nothing to fetch)."""
    image_ids = {image_id for image_id in image_ids if image_id}
    if not image_ids:
        return {}
    images = get_image_model().objects.filter(pk__in=image_ids).prefetch_renditions()
    return {image.pk: image for image in images}


def decorate_cards(products, taxonomy, images):
    """Give each product the facts its card shows, in the visitor's language."""
    for product in products:
        product.card_image = images.get(product.card_image_id)
        product.category_term = taxonomy.category(product.category_id)
        product.village_term = taxonomy.village(product.village_id)
        product.price_label = format_price(product.price, product.unit, taxonomy.language)
        product.text_language = product.source_language or ""
    return products


def product_cards(request, taxonomy, ids, eager_first=False):
    """The rendered cards of these products, in this order (ids of products gone since are left out).

    A card reads the same to every visitor of a language until something changes, so its HTML is kept for
    the generation (core.page_cache): cards already shown, on any page, cost no query and no template work.
    `eager_first`: the first card is the page's largest paint on a phone (its photo loads at once).
    """
    from .models import ProductPage

    keys = [(taxonomy.language, pk, eager_first and position == 0) for position, pk in enumerate(ids)]

    def render(missing):
        chosen = ProductPage.objects.filter(pk__in={pk for _language, pk, _eager in missing})
        products = list(with_card_data(chosen))
        decorate_cards(products, taxonomy, fetch_images(product.card_image_id for product in products))
        by_pk = {product.pk: product for product in products}
        template = get_template(CARD_TEMPLATE)
        return {
            key: template.render(
                {"product": by_pk[key[1]], "eager": key[2], "request": request, "LANGUAGE_CODE": taxonomy.language}
            )
            for key in missing
            if key[1] in by_pk
        }

    return cached_fragments("product-card", keys, render)


def chosen_ids(queryset):
    return list(queryset.values_list("pk", flat=True))


# The catalogue ---------------------------------------------------------------------------------

def apply_filters(products, data, taxonomy):
    if "category" in data:
        category = taxonomy.category_by_slug(data["category"])
        products = products.filter(category_id__in=taxonomy.with_descendants(category.id))
    if "village" in data:
        products = products.filter(village_id=taxonomy.village_by_slug(data["village"]).id)
    if "kind" in data:
        kind_ids = [term.id for term in taxonomy.categories.values() if term.kind == data["kind"]]
        products = products.filter(category_id__in=kind_ids)
    if "price_min" in data:
        products = products.filter(price__gte=data["price_min"])
    if "price_max" in data:
        products = products.filter(price__lte=data["price_max"])
    if data.get("certified"):
        from .models import ProductCertification

        products = products.filter(Exists(ProductCertification.objects.filter(page=OuterRef("pk"))))
    if data.get("met_by_agency"):
        products = products.filter(farmer__met_by_agency_on__isnull=False)
    if data.get("in_season"):
        this_month = month_bit(timezone.localdate().month)
        products = products.alias(in_season=F("months_available").bitand(this_month)).filter(in_season__gt=0)
    return products


def _active_filters(data, taxonomy):
    """The filters in use, each with a link that removes it (no JavaScript needed)."""
    query = {name: value for name, value in data.items() if name not in ("page",)}
    labels = {
        "category": lambda slug: taxonomy.category_by_slug(slug).name,
        "village": lambda slug: taxonomy.village_by_slug(slug).name,
        "kind": lambda kind: str(dict(CatalogueFilterForm.base_fields["kind"].choices)[kind]),
        "price_min": lambda value: gettext("from %(price)s") % {"price": format_money(value)},
        "price_max": lambda value: gettext("up to %(price)s") % {"price": format_money(value)},
        "certified": lambda value: gettext("Certified only"),
        "met_by_agency": lambda value: gettext("Farmers met by the agency"),
        "in_season": lambda value: gettext("Available this month"),
    }
    active = []
    for name in CatalogueFilterForm.filter_fields:
        if name in query:
            remaining = {key: value for key, value in query.items() if key != name}
            active.append({"label": labels[name](query[name]), "remove_url": query_string(remaining)})
    return active


# What catalogue_context() gives the template, and the parts of product_context() in the page's head and body.
CATALOGUE_CONTEXT = (
    "filter_form",
    "filter_notes",
    "active_filters",
    "clear_filters_url",
    "products",
    "page_obj",
    "result_count",
    "result_count_label",
    "pagination",
    "is_filtered",
    "selected_category",
)
PRODUCT_CONTEXT = (
    "gallery",
    "facts",
    "farmer",
    "farmer_products",
    "related_products",
    "text_language",
    "product_json_ld",
    "open_graph",
    "share",
)


def catalogue_context(index_page, request, per_page):
    """The catalogue: filters, result count, one page of product cards and the notes about bad filters."""
    language = get_language()
    taxonomy = Taxonomy.for_request(request, language)
    form = CatalogueFilterForm(request.GET, taxonomy)
    data, notes = form.usable_data()
    sort = data.get("sort", "newest")
    products = apply_filters(live_products(index_page.locale_id), data, taxonomy)
    # Counting thousands of offers is the catalogue's dearest query; the count only changes with the content.
    filters = sorted((name, str(value)) for name, value in data.items() if name not in ("page", "sort"))
    count = cached_fragment("catalogue-count", [index_page.locale_id, filters], products.count)
    page_obj = paginate(ordered(products, sort).values_list("pk", flat=True), data, notes, per_page, count=count)
    # Sorting thousands of offers is the next dearest: the offers on each page are kept likewise.
    ids = cached_fragment(
        "catalogue-page", [index_page.locale_id, filters, sort, page_obj.number], lambda: list(page_obj.object_list)
    )
    products_on_page = product_cards(request, taxonomy, ids, eager_first=True)
    shown = {name: value for name, value in data.items() if name != "page"}
    active_filters = _active_filters(shown, taxonomy)
    return {
        "filter_form": CatalogueFilterForm(
            {name: ("on" if value is True else value) for name, value in shown.items()}, taxonomy
        ),
        "filter_notes": notes,
        "active_filters": active_filters,
        "clear_filters_url": query_string({"sort": shown["sort"]} if "sort" in shown else {}),
        "products": products_on_page,
        "page_obj": page_obj,
        "result_count": page_obj.paginator.count,
        "result_count_label": ngettext(
            "%(count)s offer found", "%(count)s offers found", page_obj.paginator.count
        ) % {"count": page_obj.paginator.count},
        "pagination": pagination(page_obj, shown),
        "is_filtered": bool(active_filters),
        # Higher apps add to a category's page (buyers' requests for it) by this term.
        "selected_category": taxonomy.category_by_slug(data["category"]) if "category" in data else None,
    }


# The product page ------------------------------------------------------------------------------

def product_context(product, request):
    """A product page: photos, facts in the visitor's language, farmer card, more offers, JSON-LD."""
    from .models import FarmerPage, FarmerPhoto

    language = get_language()
    taxonomy = Taxonomy.for_request(request, language)
    # The page's own relation, not a query by page: in a preview of an unsaved page the photos are in memory.
    gallery_ids = [item.image_id for item in product.gallery_images.all()]
    first_photo = FarmerPhoto.objects.filter(page=OuterRef("pk")).order_by("sort_order", "pk")
    farmer = (
        with_source_language(FarmerPage.objects.filter(pk=product.farmer_id))
        .annotate(photo_id=Subquery(first_photo.values("image_id")[:1]))
        .prefetch_related("certifications")
        .first()
    )
    farmer_ids, related_ids = cached_fragment("product-more", [product.pk], lambda: more_offers(product))
    farmer_products = product_cards(request, taxonomy, farmer_ids)
    related = product_cards(request, taxonomy, related_ids)
    images = fetch_images([*gallery_ids, farmer.photo_id if farmer else None])
    gallery = [images[image_id] for image_id in gallery_ids if image_id in images]
    category = taxonomy.category(product.category_id)
    village = taxonomy.village(product.village_id)
    certifications = list(product.certifications.all())
    if farmer is not None:
        farmer.village_term = taxonomy.village(farmer.village_id)
        farmer.photo = images.get(farmer.photo_id)
    facts = {
        "category": category,
        "village": village,
        "price_label": format_price(product.price, product.unit, language),
        "unit_name": product.get_unit_display(),
        "minimum_order": format_quantity(product.minimum_order, product.unit, language),
        "quantity_available": format_quantity(product.quantity_available, product.unit, language),
        "months": availability_strip(product.months_available),
        "available_all_year": len(mask_to_months(product.months_available)) == 12,
        "certifications": certifications,
    }
    source_language = source_text_language(product)
    return {
        "gallery": gallery,
        "facts": facts,
        "farmer": farmer,
        "farmer_products": farmer_products,
        "related_products": related,
        "text_language": source_language,
        "product_json_ld": product_json_ld(product, request, facts, farmer, gallery),
        "open_graph": open_graph(product, request, gallery, language, facts["price_label"]),
        "share": share_links(product, request, facts["price_label"]),
    }


def more_offers(product):
    """Ids of the farmer's other offers and of other farmers' offers in the same category."""
    live = live_products(product.locale_id).exclude(pk=product.pk)
    farmer_ids = chosen_ids(ordered(live.filter(farmer_id=product.farmer_id))[:RELATED_LIMIT])
    others = live.filter(category_id=product.category_id).exclude(farmer_id=product.farmer_id)
    return farmer_ids, chosen_ids(ordered(others)[:RELATED_LIMIT])


def _plain_text(html, words=60):
    return Truncator(strip_tags(html or "").replace("\xa0", " ").strip()).words(words)


def _social_image(gallery, request):
    if not gallery:
        return ""
    return request.build_absolute_uri(gallery[0].get_rendition(SHARE_IMAGE).url)


def product_json_ld(product, request, facts, farmer, gallery):
    """schema.org Product with an Offer in lari. The farmer's phone is never part of it."""
    availability = "https://schema.org/InStock" if product.status == "available" else "https://schema.org/SoldOut"
    offer = {
        "@type": "Offer",
        "priceCurrency": "GEL",
        "availability": availability,
        "url": request.build_absolute_uri(product.get_url(request)),
    }
    if product.price is not None:
        offer["price"] = f"{product.price:.2f}"
        offer["priceSpecification"] = {
            "@type": "UnitPriceSpecification",
            "price": f"{product.price:.2f}",
            "priceCurrency": "GEL",
            "unitText": unit_abbreviation(product.unit),
            **({"unitCode": UNIT_CODES[product.unit]} if product.unit in UNIT_CODES else {}),
        }
    if product.expires_at:
        offer["priceValidUntil"] = product.expires_at.isoformat()
    if farmer is not None:
        seller = {"@type": "Person", "name": farmer.title}
        if facts["village"] is not None:
            seller["address"] = {
                "@type": "PostalAddress",
                "addressLocality": facts["village"].name,
                "addressRegion": "Shida Kartli",
                "addressCountry": "GE",
            }
        offer["seller"] = seller
    data = {
        "@context": "https://schema.org",
        "@type": "Product",
        "name": product.title,
        "description": _plain_text(product.description),
        "offers": offer,
    }
    if facts["category"] is not None:
        data["category"] = facts["category"].name
    if gallery:
        data["image"] = [
            request.build_absolute_uri(image.get_rendition(SHARE_IMAGE).url) for image in gallery[:3]
        ]
    return data


def share_links(product, request, price_label):
    """Links that open WhatsApp, Viber or Facebook with this offer (plain links: no third-party script)."""
    url = request.build_absolute_uri(product.get_url(request))
    text = f"{product.title} — {price_label}\n{url}"
    return {
        "url": url,
        "whatsapp": f"https://wa.me/?text={quote(text)}",
        "viber": f"viber://forward?text={quote(text)}",
        "facebook": f"https://www.facebook.com/sharer/sharer.php?u={quote(url, safe='')}",
    }


def open_graph(product, request, gallery, language, price_label=""):
    """Open Graph tags for the previews chats and social sites show: the offer's photo, and its title with the
    price in the page's language."""
    tags = [
        ("og:type", "product"),
        ("og:title", f"{product.title} — {price_label}" if price_label else product.title),
        ("og:description", _plain_text(product.description, 30)),
        ("og:url", request.build_absolute_uri(product.get_url(request))),
        ("og:locale", OPEN_GRAPH_LOCALES.get(language, "ka_GE")),
        ("og:site_name", "Agrofarm"),
    ]
    image = _social_image(gallery, request)
    if image:
        tags.append(("og:image", image))
        tags.append(("og:image:width", str(SHARE_IMAGE_SIZE[0])))
        tags.append(("og:image:height", str(SHARE_IMAGE_SIZE[1])))
        tags.append(("og:image:alt", product.title))
    if product.price is not None:
        tags.append(("product:price:amount", f"{product.price:.2f}"))
        tags.append(("product:price:currency", "GEL"))
    return tags


# Farmers ---------------------------------------------------------------------------------------

def farmer_context(farmer, request, per_page):
    """A farmer's profile: photos, certificates, contact when consented, and their live offers."""
    language = get_language()
    taxonomy = Taxonomy.for_request(request, language)
    photo_ids = [photo.image_id for photo in farmer.photos.all()]
    products = ordered(live_products(farmer.locale_id).filter(farmer_id=farmer.pk)).values_list("pk", flat=True)
    data = {}
    page_number = request.GET.get("page", "1")
    if page_number.isdigit() and page_number.isascii():
        data["page"] = int(page_number)
    notes = []
    page_obj = paginate(products, data, notes, per_page)
    products_on_page = product_cards(request, taxonomy, list(page_obj.object_list))
    images = fetch_images(photo_ids)
    offer_count = page_obj.paginator.count
    return {
        "photos": [images[image_id] for image_id in photo_ids if image_id in images],
        "member_since": farmer.first_published_at,
        "live_offer_count": offer_count,
        "live_offer_count_label": npgettext(
            "farmer page", "%(count)s offer on the site now", "%(count)s offers on the site now", offer_count
        ) % {"count": offer_count},
        "village": taxonomy.village(farmer.village_id),
        "certifications": list(farmer.certifications.all()),
        "contact": farmer.contact,
        "products": products_on_page,
        "page_obj": page_obj,
        "pagination": pagination(page_obj, {}),
        "filter_notes": notes,
        "text_language": source_text_language(farmer),
    }


def farmer_directory_context(index_page, request, per_page):
    """Farmers of one language, optionally of one village, with how many offers each has."""
    from .models import FarmerPage, FarmerPhoto

    language = get_language()
    taxonomy = Taxonomy.for_request(request, language)
    notes = []
    village = None
    village_slug = request.GET.get("village", "")
    if village_slug:
        village = taxonomy.village_by_slug(village_slug)
        if village is None:
            notes.append(
                gettext("The filter “%(filter)s” was ignored: %(reason)s")
                % {"filter": gettext("Village"), "reason": gettext("there is no such option.")}
            )
    first_photo = FarmerPhoto.objects.filter(page=OuterRef("pk")).order_by("sort_order", "pk")
    offers = live_products(index_page.locale_id).filter(farmer_id=OuterRef("pk")).order_by().values("farmer_id")
    farmers = (
        with_source_language(FarmerPage.objects.live().public().child_of(index_page))
        .annotate(
            photo_id=Subquery(first_photo.values("image_id")[:1]),
            offer_count=Subquery(offers.annotate(n=Count("pk")).values("n")[:1]),
        )
        .order_by("title")
    )
    if village is not None:
        farmers = farmers.filter(village_id=village.id)
    data = {}
    page_number = request.GET.get("page", "1")
    if page_number.isdigit() and page_number.isascii():
        data["page"] = int(page_number)
    page_obj = paginate(farmers, data, notes, per_page)
    farmers_on_page = list(page_obj.object_list)
    images = fetch_images(farmer.photo_id for farmer in farmers_on_page)
    for farmer in farmers_on_page:
        farmer.photo = images.get(farmer.photo_id)
        farmer.village_term = taxonomy.village(farmer.village_id)
        farmer.offer_count = farmer.offer_count or 0
    query = {"village": village.slug} if village else {}
    return {
        "farmers": farmers_on_page,
        "villages": taxonomy.villages_by_name(),
        "selected_village": village,
        "filter_notes": notes,
        "page_obj": page_obj,
        "pagination": pagination(page_obj, query),
    }


# The home page ---------------------------------------------------------------------------------

def home_sections(home_page, request):
    """Featured products (editors' choice first, then the newest) and main categories with counts."""
    from .models import ProductIndexPage

    language = get_language()
    taxonomy = Taxonomy.for_request(request, language)
    live = live_products(home_page.locale_id)
    order = ("-featured", "status", F("first_published_at").desc(nulls_last=True), "-pk")
    featured_ids = cached_fragment(
        "home-featured", [home_page.locale_id], lambda: chosen_ids(live.order_by(*order)[:CARD_LIMIT_HOME])
    )
    featured = product_cards(request, taxonomy, featured_ids, eager_first=not home_page.hero_image_id)
    per_category = cached_fragment(
        "home-counts",
        [home_page.locale_id],
        lambda: list(live.order_by().values_list("category_id").annotate(n=Count("pk"))),
    )
    counts = {}
    for category_id, n in per_category:
        top = taxonomy.top_ancestor(category_id)
        if top is not None:
            counts[top.id] = counts.get(top.id, 0) + n
    catalogue = ProductIndexPage.objects.live().filter(locale_id=home_page.locale_id).first()
    catalogue_url = catalogue.get_url(request) if catalogue else ""
    grid = [
        {"term": term, "count": counts.get(term.id, 0), "url": f"{catalogue_url}?{urlencode({'category': term.slug})}"}
        for term in taxonomy.top_categories()
        if counts.get(term.id)
    ]
    return {"featured_products": featured, "product_categories": grid, "catalogue_url": catalogue_url}
