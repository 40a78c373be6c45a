"""Inquiries and reports about an offer, under each language's prefix: /ka/offer/12/inquiry/ …"""

from django.urls import path

from listings.views import contact

app_name = "listings"

urlpatterns = [
    path("offer/<int:product_id>/inquiry/", contact.inquiry, name="inquiry"),
    path("offer/<int:product_id>/report/", contact.report, name="report"),
    path("offer/<int:product_id>/sent/<slug:kind>/", contact.contact_sent, name="contact_sent"),
]
