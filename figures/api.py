"""Open data: a read-only Wagtail API v2 for products, farmers, news and the plan's actions.

Fields are listed here, explicitly, per model: nothing else is served. Never a phone number, an email, who
sent a listing or what they sent; farmers' pages show their village, story and contact *channels* only as
yes/no. Every endpoint takes ?locale=ka|en|ru. Responses are JSON only (the browsable HTML view is off, so one
address always gives the same bytes) and go through the page cache like pages: anonymous GETs are cached per
generation, so a publish shows at once.
"""

from rest_framework import serializers
from rest_framework.permissions import AllowAny
from rest_framework.renderers import JSONRenderer
from wagtail.api.v2.filters import FieldsFilter, LocaleFilter, OrderingFilter
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import APIField, BaseAPIViewSet, PagesAPIViewSet
from wagtail.models import Page, Site

from news.models import NewsPage, PlanAction
from products.models import FarmerPage, ProductPage


class SourceSlugField(serializers.Field):
    """A category's or village's slug (the same in every language), never its database row."""

    def to_representation(self, value):
        return value.slug if value is not None else None


class MonthsField(serializers.Field):
    def to_representation(self, value):
        from products.months import mask_to_months

        return mask_to_months(value or 0)


class DecimalAsString(serializers.Field):
    def to_representation(self, value):
        return str(value) if value is not None else None


def _fields(*names, **serializers_by_name):
    return [APIField(name) for name in names] + [
        APIField(name, serializer=serializer) for name, serializer in serializers_by_name.items()
    ]


# The only fields the API serves, per model (Wagtail's own meta fields — id, type, slug, locale, URLs,
# first_published_at — come with every page).
API_FIELDS = {
    ProductPage: _fields(
        "unit", "status", "offers_pickup", "offers_delivery", "delivery_note", "expires_at", "description",
        category=SourceSlugField(), village=SourceSlugField(), price=DecimalAsString(),
        minimum_order=DecimalAsString(), quantity_available=DecimalAsString(), months_available=MonthsField(),
        farmer=serializers.IntegerField(source="farmer_id"),
    ),
    FarmerPage: _fields("story", "has_whatsapp", "has_viber", village=SourceSlugField()),
    NewsPage: _fields("date", "intro"),
    PlanAction: _fields("title", "description", "responsible_body", "start_date", "end_date", "status", "sort_order"),
}


class OpenDataMixin:
    renderer_classes = [JSONRenderer]
    # Nobody is identified: the session is never read, so responses do not vary on Cookie and the page
    # cache may share them (core/page_cache.py).
    authentication_classes = []
    permission_classes = [AllowAny]

    @classmethod
    def get_body_fields(cls, model):
        return cls._convert_api_fields(cls.body_fields + list(API_FIELDS.get(model, [])))

    @classmethod
    def get_meta_fields(cls, model):
        return cls._convert_api_fields(cls.meta_fields)


class OpenPagesAPIViewSet(OpenDataMixin, PagesAPIViewSet):
    """Every live public page (?type=products.ProductPage&locale=ru), with the fields above only."""

    def get_base_queryset(self):
        # Public pages only, whoever asks (Wagtail's own checks each restriction against the visitor's session).
        site = Site.find_for_request(self.request)
        if site is None:
            return Page.objects.none()
        pages = Page.objects.live().public()
        queryset = pages.descendant_of(site.root_page, inclusive=True)
        for translation in site.root_page.get_translations():
            queryset |= pages.descendant_of(translation, inclusive=True)
        return queryset


class TypedPagesAPIViewSet(OpenPagesAPIViewSet):
    """The live public pages of one type: /api/v2/products/?locale=ru."""

    known_query_parameters = PagesAPIViewSet.known_query_parameters - {"type"}

    def get_queryset(self):
        if "type" in self.request.GET:
            raise BadRequestError("query parameter is not an operation or a recognised field: type")
        return self.model.objects.filter(pk__in=self.get_base_queryset().values_list("pk", flat=True))


class ProductsAPIViewSet(TypedPagesAPIViewSet):
    model = ProductPage
    name = "products"
    listing_default_fields = TypedPagesAPIViewSet.listing_default_fields + ["price", "unit", "category", "village"]


class FarmersAPIViewSet(TypedPagesAPIViewSet):
    model = FarmerPage
    name = "farmers"
    listing_default_fields = TypedPagesAPIViewSet.listing_default_fields + ["village"]


class NewsAPIViewSet(TypedPagesAPIViewSet):
    model = NewsPage
    name = "news"
    listing_default_fields = TypedPagesAPIViewSet.listing_default_fields + ["date", "intro"]


class PlanActionsAPIViewSet(OpenDataMixin, BaseAPIViewSet):
    """The development plan's actions, in each language (?locale=en), with their status and dates."""

    model = PlanAction
    name = "plan-actions"
    filter_backends = [FieldsFilter, OrderingFilter, LocaleFilter]
    known_query_parameters = BaseAPIViewSet.known_query_parameters.union(["locale"])
    body_fields = BaseAPIViewSet.body_fields + ["locale"]
    listing_default_fields = BaseAPIViewSet.listing_default_fields + ["locale", "title", "status", "start_date",
                                                                      "end_date"]
    meta_fields = ["type", "detail_url"]

    @classmethod
    def get_body_fields(cls, model):
        return cls._convert_api_fields(
            ["id", APIField("locale", serializer=serializers.CharField(source="locale.language_code"))]
            + list(API_FIELDS.get(model, []))
        )

    def get_queryset(self):
        return PlanAction.objects.select_related("locale").order_by("sort_order", "start_date", "pk")


api_router = WagtailAPIRouter("open_data_api")
api_router.register_endpoint("pages", OpenPagesAPIViewSet)
api_router.register_endpoint("products", ProductsAPIViewSet)
api_router.register_endpoint("farmers", FarmersAPIViewSet)
api_router.register_endpoint("news", NewsAPIViewSet)
api_router.register_endpoint("plan-actions", PlanActionsAPIViewSet)
