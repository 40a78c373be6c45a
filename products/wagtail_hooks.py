"""Admin screens of the catalogue: categories, villages, and a product listing editors can filter."""

import django_filters
from django.conf import settings
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.pages.listing import IndexView, PageFilterSet
from wagtail.admin.viewsets.pages import PageListingViewSet
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from core.site_search import SEARCH_TYPE_HOOK

from .models import Category, FarmerPage, ProductPage, Village
from .pricing import format_price
from .search import FarmerSearch, ProductSearch


class CategoryViewSet(SnippetViewSet):
    model = Category
    icon = "folder-inverse"
    menu_label = _("Categories")
    list_display = ["__str__", "kind", "parent", "slug", "sort_order"]
    list_filter = ["kind"]
    search_fields = ["name", "slug"]
    search_backend_name = None
    ordering = ["sort_order", "name"]


class VillageViewSet(SnippetViewSet):
    model = Village
    icon = "site"
    menu_label = _("Villages")
    list_display = ["name", "community", "slug", "latitude", "longitude"]
    list_filter = ["community"]
    search_fields = ["name", "slug"]
    search_backend_name = None


class CatalogueSnippetGroup(SnippetViewSetGroup):
    items = (CategoryViewSet, VillageViewSet)
    menu_icon = "folder-open-inverse"
    menu_label = _("Catalogue")
    menu_name = "catalogue"


def _source_rows(model):
    """Choices for an admin filter: the default-language rows that pages point at."""
    return lambda request: model.objects.filter(locale__language_code=settings.LANGUAGE_CODE)


class ProductFilterSet(PageFilterSet):
    offer_status = django_filters.ChoiceFilter(
        field_name="status", label=_("Offer status"), choices=ProductPage.Status.choices
    )
    category = django_filters.ModelChoiceFilter(label=_("Category"), queryset=_source_rows(Category))
    village = django_filters.ModelChoiceFilter(label=_("Village"), queryset=_source_rows(Village))
    farmer = django_filters.ModelChoiceFilter(
        label=_("Farmer"),
        queryset=lambda request: FarmerPage.objects.filter(locale__language_code=settings.LANGUAGE_CODE).order_by(
            "title"
        ),
    )
    featured = django_filters.BooleanFilter(label=_("Editors' choice"))

    class Meta:
        model = ProductPage
        fields = []


class PriceColumn(Column):
    def get_value(self, instance):
        return format_price(instance.price, instance.unit)


class ProductIndexView(IndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().select_related("farmer", "category", "village")


class ProductListingViewSet(PageListingViewSet):
    """Every product and service in one flat list, filterable by status, category, village and farmer."""

    model = ProductPage
    index_view_class = ProductIndexView
    icon = "tag"
    menu_label = _("Products")
    menu_order = 150
    add_to_admin_menu = True
    name = "products"
    filterset_class = ProductFilterSet
    columns = PageListingViewSet.columns + [
        Column("farmer", label=_("Farmer")),
        Column("category", label=_("Category")),
        Column("village", label=_("Village")),
        PriceColumn("price", label=_("Price"), sort_key="price"),
        Column("offer_status", label=_("Offer status"), accessor="get_status_display", sort_key="status"),
    ]


register_snippet(CatalogueSnippetGroup)


@hooks.register("register_admin_viewset")
def register_product_listing():
    return ProductListingViewSet()


@hooks.register(SEARCH_TYPE_HOOK)
def register_products_in_site_search():
    return ProductSearch()


@hooks.register(SEARCH_TYPE_HOOK)
def register_farmers_in_site_search():
    return FarmerSearch()
