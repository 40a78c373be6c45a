"""Inquiries and reports about one offer: shown as small pages of their own, posted to from the product page."""

import logging

from django.conf import settings
from django.core.mail import EmailMessage
from django.db.models import Q
from django.http import Http404
from django.shortcuts import redirect
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.utils import timezone, translation
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from core.protection import client_fingerprint, form_token_refused
from listings.contact_forms import InquiryForm, ReportForm
from listings.limits import AGENCY_EMAILS, INQUIRIES_PER_CLIENT, REPORTS_PER_CLIENT
from listings.models import Inquiry, ListingReport
from products.models import ProductPage

logger = logging.getLogger(__name__)


def _product(product_id):
    product = (
        ProductPage.objects.live()
        .public()
        .filter(pk=product_id)
        .filter(Q(expires_at__isnull=True) | Q(expires_at__gte=timezone.localdate()))
        .first()
    )
    if product is None:
        raise Http404
    return product


def _sent(request, product, kind):
    response = redirect("listings:contact_sent", product_id=product.pk, kind=kind)
    response.status_code = 303
    return response


def inquiry(request, product_id):
    product = _product(product_id)
    form = InquiryForm(
        request.POST or None, token_refused=form_token_refused(request), client=client_fingerprint(request)
    )
    status = 200
    if request.method == "POST":
        if form.honeypot_filled():
            return _sent(request, product, "inquiry")
        if not INQUIRIES_PER_CLIENT.hit(client_fingerprint(request)):
            form.add_error(None, _("Too many messages were sent from your connection. Please try again in an hour."))
            status = 429
        elif form.is_valid():
            if form.sent_too_fast():
                return _sent(request, product, "inquiry")
            stored = Inquiry.objects.create(
                product=product,
                product_title=product.title,
                language=get_language(),
                client_fingerprint=client_fingerprint(request),
                **{name: form.cleaned_data[name] for name in ("name", "phone", "email", "message")},
            )
            email_agency(stored, request)
            return _sent(request, product, "inquiry")
    response = TemplateResponse(request, "listings/inquiry_page.html", {"product": product, "form": form})
    response.status_code = status
    return response


def email_agency(stored, request):
    """Send the inquiry to the agency's address, in the agency's (the site's source) language; beyond
    AGENCY_EMAILS_PER_HOUR it is only stored (the agency sees it in the admin)."""
    if not AGENCY_EMAILS.hit("agency"):
        Inquiry.objects.filter(pk=stored.pk).update(
            email_error=f"Not emailed: more than {AGENCY_EMAILS.limit} emails to the agency in the last hour."
        )
        return False
    product_url = request.build_absolute_uri(stored.product.get_url(request)) if stored.product else ""
    with translation.override(settings.LANGUAGE_CODE):
        subject = _("Inquiry about “%(title)s”") % {"title": stored.product_title}
        body = render_to_string("listings/email/inquiry.txt", {"inquiry": stored, "product_url": product_url})
    message = EmailMessage(
        subject=subject.replace("\n", " ")[:200],
        body=body,
        to=[settings.AGENCY_EMAIL],
        reply_to=[stored.email] if stored.email else None,
    )
    try:
        message.send()
    except Exception as error:  # noqa: BLE001 - the inquiry is stored; the agency sees it in the admin anyway
        logger.exception("Inquiry %s was stored but could not be emailed", stored.pk)
        Inquiry.objects.filter(pk=stored.pk).update(email_error=f"{type(error).__name__}: {error}"[:2000])
        return False
    Inquiry.objects.filter(pk=stored.pk).update(emailed_at=timezone.now())
    return True


def report(request, product_id):
    product = _product(product_id)
    form = ReportForm(
        request.POST or None, token_refused=form_token_refused(request), client=client_fingerprint(request)
    )
    status = 200
    if request.method == "POST":
        if form.honeypot_filled():
            return _sent(request, product, "report")
        if not REPORTS_PER_CLIENT.hit(client_fingerprint(request)):
            form.add_error(None, _("Too many reports were sent from your connection. Please try again in an hour."))
            status = 429
        elif form.is_valid():
            if form.sent_too_fast():
                return _sent(request, product, "report")
            ListingReport.objects.create(
                product=product,
                product_title=product.title,
                reason=form.cleaned_data["reason"],
                message=form.cleaned_data["message"],
                language=get_language(),
                client_fingerprint=client_fingerprint(request),
            )
            return _sent(request, product, "report")
    response = TemplateResponse(request, "listings/report_page.html", {"product": product, "form": form})
    response.status_code = status
    return response


def contact_sent(request, product_id, kind):
    product = ProductPage.objects.live().public().filter(pk=product_id).first()
    if product is None or kind not in {"inquiry", "report"}:
        raise Http404
    return TemplateResponse(request, "listings/contact_sent.html", {"product": product, "kind": kind})
