from django import template
from django.utils.formats import number_format
from django.utils.translation import gettext as _

register = template.Library()


@register.filter
def count_or_few(value):
    """A count as the public sees it: None (withheld, below 5) reads "fewer than 5"."""
    if value is None:
        return _("fewer than 5")
    return number_format(value, force_grouping=True)
