"""Template helpers of listings: a fresh inquiry form (with its signed start time) for a product page."""

from django import template
from django.utils.functional import SimpleLazyObject

from listings.contact_forms import InquiryForm

register = template.Library()


@register.simple_tag
def inquiry_form():
    """A blank inquiry form, made only if the template draws it (its fields are usually a kept fragment)."""
    return SimpleLazyObject(InquiryForm)
