"""The catalogue's filter form: parses the query string, and turns bad values into notes instead of errors."""

from django import forms
from django.utils.translation import gettext_lazy as _

from .models import Category

SORT_CHOICES = [
    ("newest", _("Newest first")),
    ("price_asc", _("Price: low to high")),
    ("price_desc", _("Price: high to low")),
]

NO_SUCH_OPTION = {"invalid_choice": _("there is no such option.")}


class CatalogueFilterForm(forms.Form):
    """Filters of the catalogue page; every field is optional and a bad one is simply left out."""

    category = forms.ChoiceField(label=_("Category"), required=False, error_messages=NO_SUCH_OPTION)
    village = forms.ChoiceField(label=_("Village"), required=False, error_messages=NO_SUCH_OPTION)
    kind = forms.ChoiceField(
        label=_("Goods or services"),
        required=False,
        choices=[("", _("Goods and services")), *Category.Kind.choices],
        error_messages=NO_SUCH_OPTION,
    )
    price_min = forms.DecimalField(
        label=_("Price from, ₾"),
        required=False,
        min_value=0,
        max_digits=10,
        decimal_places=2,
        widget=forms.TextInput(attrs={"inputmode": "decimal", "size": 6}),
    )
    price_max = forms.DecimalField(
        label=_("Price up to, ₾"),
        required=False,
        min_value=0,
        max_digits=10,
        decimal_places=2,
        widget=forms.TextInput(attrs={"inputmode": "decimal", "size": 6}),
    )
    certified = forms.BooleanField(label=_("Certified only"), required=False)
    met_by_agency = forms.BooleanField(label=_("Farmers met by the agency"), required=False)
    in_season = forms.BooleanField(label=_("Available this month"), required=False)
    sort = forms.ChoiceField(label=_("Sort by"), required=False, choices=SORT_CHOICES, error_messages=NO_SUCH_OPTION)
    page = forms.IntegerField(
        label=_("Page"),
        required=False,
        min_value=1,
        max_value=1_000_000,
        widget=forms.HiddenInput,
        error_messages={"invalid": _("enter a whole number from 1.")},
    )

    filter_fields = ("category", "village", "kind", "price_min", "price_max", "certified", "met_by_agency", "in_season")

    def __init__(self, data, taxonomy, **kwargs):
        super().__init__(data, **kwargs)
        self.fields["category"].choices = [("", _("All categories"))] + [
            (term.slug, ("— " * depth) + f"{term.icon} {term.name}".strip())
            for term, depth in taxonomy.categories_in_tree_order()
        ]
        self.fields["village"].choices = [("", _("All villages"))] + [
            (term.slug, term.name) for term in taxonomy.villages_by_name()
        ]

    def usable_data(self):
        """The values that parsed, and a note for each one that did not (shown to the visitor)."""
        self.is_valid()
        notes = [
            _("The filter “%(filter)s” was ignored: %(reason)s")
            % {"filter": self.fields[name].label, "reason": errors[0]}
            for name, errors in self.errors.items()
            if name in self.fields
        ]
        data = {name: value for name, value in self.cleaned_data.items() if value not in (None, "", False)}
        low, high = data.get("price_min"), data.get("price_max")
        if low is not None and high is not None and low > high:
            data["price_min"], data["price_max"] = high, low
        return data, notes
