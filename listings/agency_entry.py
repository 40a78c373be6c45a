"""Listings the agency enters for farmers who phoned or came in, and the slip with their private link.

The worker fills the listing form in the admin (the same fields and photos); the listing takes the farmers'
path (stored submission → draft pages → "Listing moderation"), marked "entered by the agency". The private
link exists only once, so it is kept in the worker's session until the slip is printed or the link is sent
by SMS; a new slip later gives the farmer a new link (the old one stops working).
"""

import segno
from django.utils import translation
from django.utils.translation import gettext as _
from wagtail.models import Locale

from listings.models import ListingFormPage
from listings.sms import send_sms

SESSION_KEY = "listing-slips"


def remember_token(request, submission, token):
    slips = request.session.get(SESSION_KEY, {})
    slips[str(submission.pk)] = token
    request.session[SESSION_KEY] = slips


def remembered_token(request, submission):
    return request.session.get(SESSION_KEY, {}).get(str(submission.pk))


def form_page_for(language):
    pages = ListingFormPage.objects.live()
    return pages.filter(locale=Locale.objects.filter(language_code=language).first()).first() or pages.first()


def private_link(request, submission, token):
    """The farmer's private link in the farmer's language, with scheme and host."""
    page = form_page_for(submission.language)
    if page is None:
        return ""
    with translation.override(submission.language):
        return page.manage_url(token, request, full=True)


def qr_code_svg(link):
    """The link as a QR code, an inline SVG a phone camera reads from paper (medium error correction)."""
    return segno.make(link, error="m").svg_inline(border=2, dark="#000", light="#fff", omitsize=True)


def sms_text(submission, link):
    with translation.override(submission.language):
        return _(
            "Agrofarm: your listing %(reference)s was received and will be checked by the agency. Change, renew "
            "or take it off the site with your private link: %(link)s"
        ) % {"reference": submission.reference, "link": link}


def send_link_by_sms(submission, link):
    send_sms(submission.phone, sms_text(submission, link))
