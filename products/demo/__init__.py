"""Demo catalogue: categories, villages, farmers and their offers in Georgian, English and Russian.

Idempotent like the rest of the demo loader: a second run finds everything in place and changes nothing.
A few products are left untranslated on purpose, so /en/ and /ru/ show the original-language fallback.
"""

from contextlib import contextmanager

from django.conf import settings
from django.db.models.signals import post_save
from modelsearch.signal_handlers import post_save_signal_handler
from wagtail.models import ReferenceIndex
from wagtail.search.backends import get_search_backends
from wagtail.signal_handlers import disable_reference_index_auto_update

from core.demo import assign_and_publish, draw_image, locale, source_home, upsert_child, upsert_translation
from core.romanisation import ascii_slug

from ..models import (
    Category,
    FarmerCertification,
    FarmerIndexPage,
    FarmerPage,
    FarmerPhoto,
    ProductCertification,
    ProductGalleryImage,
    ProductIndexPage,
    ProductPage,
    Village,
)
from ..months import months_to_mask
from .data import (
    CATEGORIES,
    CATEGORY_PICTURES,
    FARMER_INDEX,
    FARMER_PICTURE,
    FARMERS,
    MET_BY_AGENCY,
    PRODUCT_INDEX,
    PRODUCTS,
    VILLAGES,
)

LANGUAGES = ("ka", "en", "ru")
IMAGE_SIZE = (800, 600)
PHOTOS_PER_CATEGORY = 3


PAGE_MODELS = (ProductIndexPage, FarmerIndexPage, FarmerPage, ProductPage)


def load():
    with _indexed_once_at_the_end(PAGE_MODELS):
        return _load()


@contextmanager
def _indexed_once_at_the_end(models):
    """Update the search and reference indexes once per saved page at the end instead of on every save.

    A page is saved about six times while it is created, published and translated; indexing each save
    made the demo load several times slower.
    """
    saved = set()

    def remember(sender, instance, raw=False, **kwargs):
        saved.add((sender, instance.pk))

    # Page types of the site search are indexed by the search app, not by Wagtail's per-save handler.
    disconnected = [model for model in models if post_save.disconnect(post_save_signal_handler, sender=model)]
    for model in models:
        post_save.connect(remember, sender=model, weak=False)
    try:
        with disable_reference_index_auto_update():
            yield
    finally:
        for model in models:
            post_save.disconnect(remember, sender=model)
        for model in disconnected:
            post_save.connect(post_save_signal_handler, sender=model)
    for model in models:
        pages = list(model.objects.filter(pk__in=[pk for sender, pk in saved if sender is model]))
        if not pages:
            continue
        for backend in get_search_backends(with_auto_update=True):
            backend.add_bulk(model, pages)
        for page in pages:
            ReferenceIndex.create_or_update_for_object(page)


def _load():
    home = source_home()
    categories = _snippets(Category, [(slug, names, _category_fields(slug, parent, kind, icon, order))
                                      for slug, parent, kind, icon, order, names in CATEGORIES])
    villages = _snippets(Village, [(slug, names, {"community": slug}) for slug, names in VILLAGES])
    catalogue = _index_page(home, ProductIndexPage, PRODUCT_INDEX)
    directory = _index_page(home, FarmerIndexPage, FARMER_INDEX)
    farmers = {farmer.key: _farmer(directory, villages, farmer) for farmer in FARMERS}
    for number, product in enumerate(PRODUCTS):
        _product(farmers, categories, number, product)
    return {"catalogue": catalogue, "farmers": directory}


def link_buying_safety(safety):
    """Point the catalogue of every language at `safety`, the page on buying safely (in that language)."""
    for catalogue in ProductIndexPage.objects.all():
        page = safety.get_translation_or_none(catalogue.locale) or safety
        assign_and_publish(catalogue, buying_safety_page_id=page.pk)


def _category_fields(slug, parent, kind, icon, order):
    return {"kind": kind, "icon": icon, "sort_order": order, "parent_slug": parent}


def _snippets(model, rows):
    """Source rows by slug, with their translations; parents resolved after their own rows exist."""
    source_locale = locale(settings.LANGUAGE_CODE)
    by_slug = {}
    for slug, names, fields in rows:
        fields = dict(fields)
        parent_slug = fields.pop("parent_slug", None)
        if parent_slug:
            fields["parent"] = by_slug[parent_slug]
        source = _save_if_changed(
            model.objects.filter(locale=source_locale, slug=slug).first() or model(locale=source_locale, slug=slug),
            name=names[0],
            **fields,
        )
        by_slug[slug] = source
        for code, name in zip(LANGUAGES[1:], names[1:], strict=True):
            target_locale = locale(code)
            translation = source.get_translation_or_none(target_locale) or source.copy_for_translation(target_locale)
            _save_if_changed(translation, name=name, slug=slug, **fields)
    return by_slug


def _save_if_changed(instance, **fields):
    changed = instance.pk is None
    for name, value in fields.items():
        if getattr(instance, name) != value:
            setattr(instance, name, value)
            changed = True
    if changed:
        instance.save()
    return instance


def _index_page(home, model, definition):
    slug, titles, intros = definition
    source = upsert_child(home, model, slug, title=titles[0], intro=intros[0], show_in_menus=True)
    for code, title, intro in zip(LANGUAGES[1:], titles[1:], intros[1:], strict=True):
        upsert_translation(source, code, title=title, intro=intro)
    return source


def _upsert_with_children(parent, model, slug, fields, children):
    """Child rows (photos, certificates) are given only when the page is first created, so reruns change nothing."""
    exists = model.objects.child_of(parent).filter(slug=slug).exists()
    return upsert_child(parent, model, slug, **fields, **({} if exists else children))


def _farmer(directory, villages, farmer):
    names, stories = farmer.names, farmer.stories
    photo = draw_image(f"Farm of {names[1]}", FARMER_PICTURE, shape="field", seed=len(farmer.key), size=IMAGE_SIZE)
    source = _upsert_with_children(
        directory,
        FarmerPage,
        farmer.key,
        {
            "title": names[0],
            "story": stories[0],
            "village": villages[farmer.village],
            "phone": farmer.phone,
            "has_whatsapp": farmer.whatsapp,
            "has_viber": farmer.viber,
            "phone_consent": farmer.phone_consent,
            "email": farmer.email,
            "met_by_agency_on": MET_BY_AGENCY.get(farmer.key),
        },
        {
            "photos": [FarmerPhoto(image=photo)],
            "certifications": [FarmerCertification(kind=kind, number=number) for kind, number in farmer.certificates],
        },
    )
    for code, name, story in zip(LANGUAGES[1:], names[1:], stories[1:], strict=True):
        upsert_translation(source, code, title=name, story=story)
    return source


def _product(farmers, categories, number, product):
    farmer = farmers[product.farmer]
    (ka_title, ka_text), (en_title, en_text), (ru_title, ru_text) = product.texts
    palette, shape = CATEGORY_PICTURES[product.category]
    # A few drawings per category, shared by its offers: drawing and encoding one per offer made the load slow.
    photos = [draw_image(f"Demo photo: {product.category} {number % PHOTOS_PER_CATEGORY}", palette, shape=shape,
                         seed=number, size=IMAGE_SIZE)]
    source = _upsert_with_children(
        farmer,
        ProductPage,
        ascii_slug(ka_title),
        {
            "title": ka_title,
            "description": f"<p>{ka_text}</p>",
            "category": categories[product.category],
            "price": product.price,
            "unit": product.unit,
            "months_available": months_to_mask(product.months),
            "quantity_available": product.quantity,
            "minimum_order": product.minimum_order,
            "offers_pickup": True,
            "offers_delivery": product.delivers,
            "delivery_note": "",
            "featured": product.featured,
            "status": ProductPage.Status.SOLD_OUT if product.sold_out else ProductPage.Status.AVAILABLE,
        },
        {
            "gallery_images": [ProductGalleryImage(image=image) for image in photos],
            "certifications": [ProductCertification(kind=kind, number=code) for kind, code in product.certificates],
        },
    )
    if product.translated:
        upsert_translation(source, "en", title=en_title, description=f"<p>{en_text}</p>")
        upsert_translation(source, "ru", title=ru_title, description=f"<p>{ru_text}</p>")
    return source
