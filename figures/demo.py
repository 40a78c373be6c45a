"""Demo of the figures: the Results page in three languages and a year of marketplace history (listings sent,
approved, rejected, expired and withdrawn, inquiries, uses of the contact buttons, searches without results),
so the admin's reports and the Results page show true-to-life numbers on `make run`.

Idempotent: the history is made once (its listings' references start with "Z-", a letter real references never
use); the page is updated. Nothing in it is later than the moment it is loaded.
The history is drawn from a fixed seed, with more listings at harvest time (August to November).
"""

import datetime
import hashlib
import random

from django.utils import timezone

from core.demo import source_home, upsert_child, upsert_translations
from listings.models import Inquiry, ListingSubmission, RejectionReason
from products.models import FarmerPage, ProductPage

from .marketplace import month_starts, window
from .models import ContactClick, ContactKind, ResultsPage, UnansweredSearchCount

RESULTS_SLUG = "shedegebi"
HISTORY_PREFIX = "Z-"  # Z is not in listings' REFERENCE_ALPHABET

RESULTS_PAGE = {
    "ka": {
        "title": "შედეგები",
        "intro": "რას მიაღწია ფერმერების ბაზარმა და ადგილობრივი ეკონომიკური განვითარების გეგმამ: ციფრები, რომლებსაც სააგენტო მერს და M4EG-ს წარუდგენს.",
        "method_note": "ციფრები ავტომატურად ითვლება პორტალის მონაცემებიდან და ემთხვევა სააგენტოს ანგარიშებს. გეგმის ღონისძიებების სტატუსს სააგენტო აახლებს.",
    },
    "en": {
        "title": "Results",
        "intro": "What the farmers' market and the Local Economic Development Plan have achieved: the figures the agency reports to the mayor and to M4EG.",
        "method_note": "The figures are counted automatically from the portal's data and match the agency's reports. The agency updates the status of the plan's actions.",
    },
    "ru": {
        "title": "Результаты",
        "intro": "Чего достигли фермерский рынок и План местного экономического развития: цифры, которые агентство представляет мэру и M4EG.",
        "method_note": "Цифры подсчитываются автоматически по данным портала и совпадают с отчётами агентства. Статус мероприятий плана обновляет агентство.",
    },
}

# Listings sent per month of the year: few in winter, most at harvest time.
SEASON = {1: 10, 2: 11, 3: 16, 4: 20, 5: 24, 6: 28, 7: 30, 8: 36, 9: 44, 10: 42, 11: 30, 12: 14}
LANGUAGES = ["ka"] * 14 + ["ru"] * 4 + ["en"] * 2
REASONS = [
    RejectionReason.UNCLEAR_PHOTO, RejectionReason.UNCLEAR_PHOTO, RejectionReason.UNCLEAR_PHOTO,
    RejectionReason.MISSING_PRICE, RejectionReason.MISSING_PRICE, RejectionReason.DUPLICATE,
    RejectionReason.WRONG_VILLAGE, RejectionReason.PROHIBITED, RejectionReason.OTHER,
]
INQUIRY_NAMES = ["Nino", "Giorgi", "Tamar", "Levan", "Ana", "David", "Olga", "Sergei", "Maria", "John"]
UNANSWERED_PER_DAY = {"ka": 2, "ru": 1, "en": 1}


def load():
    """The Results page under the Georgian home (with its translations) and, once, the year of history."""
    home = source_home()
    page = upsert_child(home, ResultsPage, RESULTS_SLUG, show_in_menus=False, **RESULTS_PAGE["ka"])
    upsert_translations(page, {code: fields for code, fields in RESULTS_PAGE.items() if code != "ka"})
    if not ListingSubmission.objects.filter(reference__startswith=HISTORY_PREFIX).exists():
        history(timezone.localdate())
    return page


def _moment(rng, day):
    moment = datetime.datetime.combine(day, datetime.time(rng.randint(8, 19), rng.randint(0, 59)))
    # Never in the future: the newest listing or inquiry stays the one a person just sent.
    return min(timezone.make_aware(moment), timezone.now() - datetime.timedelta(minutes=5))


def _days(month, today):
    last = (month + datetime.timedelta(days=32)).replace(day=1) - datetime.timedelta(days=1)
    return [month + datetime.timedelta(days=offset) for offset in range((min(last, today) - month).days + 1)]


def history(today):
    """A year of marketplace activity, drawn from a fixed seed, on the demo's farmers and offers."""
    rng = random.Random(15)
    products = list(
        ProductPage.objects.filter(locale__language_code="ka", live=True, alias_of__isnull=True)
        .select_related("farmer")
        .order_by("pk")
    )
    farmers = list(FarmerPage.objects.filter(locale__language_code="ka", live=True).order_by("pk"))
    if not products or not farmers:
        return
    versions = {}  # each offer's page in each language: clicks come from visitors of all three
    for pk, key, code in ProductPage.objects.filter(live=True).values_list("pk", "translation_key",
                                                                           "locale__language_code"):
        versions.setdefault(key, {})[code] = pk
    start, end = window(today)
    submissions, inquiries, clicks, searches, later = [], [], {}, [], []
    number = 0
    for month in month_starts(start, end):
        days = _days(month, today)
        for _index in range(round(SEASON[month.month] * len(days) / 30)):
            number += 1
            product = rng.choice(products)
            created = _moment(rng, rng.choice(days))
            submission = ListingSubmission(
                reference=f"{HISTORY_PREFIX}{number:05d}",
                token_digest=hashlib.sha256(f"demo-history-{number}".encode()).hexdigest(),
                language=rng.choice(LANGUAGES),
                farmer_name=product.farmer.title if product.farmer else "",
                phone="",
                title=product.title,
                village_id=product.village_id,
                category_id=product.category_id,
                farmer_page=product.farmer,
                attached_to_existing_farmer=True,
                phone_consent=False,
                created_at=created,
            )
            outcome = rng.random()
            reviewed = min(created + datetime.timedelta(hours=rng.randint(2, 60)), created + (timezone.now() - created) / 2)
            if outcome < 0.24:
                submission.status = ListingSubmission.Status.REJECTED
                submission.rejection_reason = rng.choice(REASONS)
                submission.reviewed_at = reviewed
            else:
                submission.status = ListingSubmission.Status.LIVE
                submission.reviewed_at = reviewed
                ended = reviewed + datetime.timedelta(days=rng.randint(20, 120))
                if ended.date() < today and outcome > 0.78:
                    submission.status = ListingSubmission.Status.EXPIRED
                    later.append((submission.reference, ended))
                elif ended.date() < today and outcome > 0.70:
                    submission.status = ListingSubmission.Status.WITHDRAWN
                    later.append((submission.reference, ended))
            submissions.append(submission)
        for day in days:
            for _index in range(rng.randint(0, 3 if month.month in (8, 9, 10, 11) else 2)):
                product = rng.choice(products)
                inquiries.append(Inquiry(
                    product=product,
                    product_title=product.title,
                    name=rng.choice(INQUIRY_NAMES),
                    message="Demo inquiry.",
                    language=rng.choice(LANGUAGES),
                    created_at=_moment(rng, day),
                    emailed_at=_moment(rng, day),
                    handled=True,
                ))
            for product in rng.sample(products, min(len(products), rng.randint(0, 3))):
                farmer = product.farmer
                if farmer is None or not farmer.contact:
                    continue
                offered = [kind for kind, link in (("phone", "tel"), ("whatsapp", "whatsapp"), ("viber", "viber"))
                           if farmer.contact.get(link)]
                language = rng.choice(LANGUAGES)
                page_id = versions.get(product.translation_key, {}).get(language, product.pk)
                for kind in offered:
                    key = (day, page_id, language, product.pk, kind)
                    clicks[key] = clicks.get(key, 0) + rng.randint(0, 2 if kind == ContactKind.PHONE else 1)
            for language, most in UNANSWERED_PER_DAY.items():
                count = rng.randint(0, most)
                if count:
                    searches.append(UnansweredSearchCount(day=day, language=language, count=count))
    ListingSubmission.objects.bulk_create(submissions)
    for reference, ended in later:  # bulk_create sets auto_now fields to now: the day it expired or ended
        ListingSubmission.objects.filter(reference=reference).update(updated_at=ended)
    Inquiry.objects.bulk_create(inquiries)
    by_pk = {product.pk: product for product in products}
    ContactClick.objects.bulk_create(
        ContactClick(day=day, page_id=page_id, kind=kind, count=count, language=language,
                     village_id=by_pk[source].village_id, category_id=by_pk[source].category_id)
        for (day, page_id, language, source, kind), count in clicks.items()
        if count
    )
    UnansweredSearchCount.objects.bulk_create(searches)
