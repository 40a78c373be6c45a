"""Template helpers of listings: a fresh inquiry form (with its signed start time) for a product page."""

from django import template

from listings.contact_forms import InquiryForm

register = template.Library()


@register.simple_tag
def inquiry_form():
    return InquiryForm()
