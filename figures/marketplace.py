"""The marketplace's figures: what was submitted, approved, rejected, sold and asked for, per month, village,
category or language. The admin's reports and the public Results page read the same tables from here.

Each source (submissions, offers, farmers, inquiries, contact buttons, searches) is read in one query and
turned into events (a figure, a day, and the language, village and main category it belongs to); a table
groups the events of a window of months by one dimension. The number of queries does not grow with the data.

What each figure counts (the day that places it in a month):
- submitted: listings sent through the form (received);
- approved / rejected: listings a moderator published / rejected (reviewed), rejected by reason;
- expired: listings the nightly expire_listings marked expired (last change);
- sold: offers marked sold out (last publication);
- withdrawn: listings taken down by the farmer or an editor (last change);
- new farmers: farmers whose page was first published or whose first listing was approved (the earlier);
- active farmers: farmers who sent a listing or whose offers buyers asked about or contacted (inquiry or
  contact button), each counted once per row and once in the total;
- inquiries: buyers' messages; phone / WhatsApp / Viber: uses of the contact buttons (a count per day);
- searches without results: searches that found nothing.
"""

import datetime
from collections import defaultdict
from dataclasses import dataclass, field

from django.conf import settings
from django.db.models import Min, Q, Sum
from django.db.models.functions import TruncMonth
from django.utils import timezone
from django.utils.dates import MONTHS_3
from django.utils.formats import date_format
from django.utils.translation import get_language, pgettext_lazy
from django.utils.translation import gettext_lazy as _

from listings.models import Inquiry, ListingSubmission
from products.models import Category, FarmerPage, ProductPage, Village
from products.taxonomy import Taxonomy

from .models import ContactClick, UnansweredSearchCount

MONTHS_SHOWN = 12

METRICS = [
    ("submitted", pgettext_lazy("figures", "Submitted")),
    ("approved", pgettext_lazy("figures", "Approved")),
    ("rejected", pgettext_lazy("figures", "Rejected")),
    ("expired", pgettext_lazy("figures", "Expired")),
    ("sold", pgettext_lazy("figures", "Sold out")),
    ("withdrawn", pgettext_lazy("figures", "Withdrawn")),
    ("farmers_new", _("New farmers")),
    ("farmers_active", _("Active farmers")),
    ("inquiries", _("Inquiries")),
    ("clicks_phone", _("Phone calls")),
    ("clicks_whatsapp", _("WhatsApp messages")),
    ("clicks_viber", _("Viber messages")),
    ("searches_unanswered", _("Searches without results")),
]
METRIC_NAMES = [name for name, _label in METRICS]
# Figures that count farmers, each once per row however many offers they had.
DISTINCT_METRICS = {"farmers_active"}

DIMENSIONS = [
    ("month", _("Month")),
    ("village", _("Village")),
    ("category", _("Category")),
    ("language", _("Language")),
]


@dataclass(frozen=True)
class Event:
    metric: str
    day: datetime.date
    language: str = ""
    village: int | None = None  # the Georgian (source) row's id
    category: int | None = None  # the main category's source id
    who: str = ""  # for figures that count farmers once
    weight: int = 1
    reason: str = ""


@dataclass
class FigureRow:
    """One line of a table: a month, village, category or language, and each figure's value."""

    key: object
    label: str
    values: dict = field(default_factory=dict)

    def __getattr__(self, name):
        # Columns and spreadsheet exports read figures as attributes: row.approved
        values = self.__dict__.get("values", {})
        if name in values:
            return values[name]
        raise AttributeError(name)

    @property
    def contacts(self):
        """Buyers who got in touch: inquiries and uses of the contact buttons."""
        names = ("inquiries", "clicks_phone", "clicks_whatsapp", "clicks_viber")
        return sum(self.values.get(name, 0) for name in names)


@dataclass
class FigureTable:
    by: str
    rows: list
    total: FigureRow
    start: datetime.date
    end: datetime.date  # the last day counted

    @property
    def rows_with_total(self):
        return [*self.rows, self.total]


def window(today=None, months=MONTHS_SHOWN):
    """The first day of the month `months - 1` months ago and today: this month and the eleven before it."""
    today = today or timezone.localdate()
    year, month = today.year, today.month - (months - 1)
    while month < 1:
        year, month = year - 1, month + 12
    return datetime.date(year, month, 1), today


def month_starts(start, end):
    months, current = [], start.replace(day=1)
    while current <= end:
        months.append(current)
        current = (current + datetime.timedelta(days=32)).replace(day=1)
    return months


def month_label(first_day):
    return date_format(first_day, "YEAR_MONTH_FORMAT")


def month_tick(first_day):
    """A month's short name for a chart's axis ("იან", "Jan", "Янв")."""
    name = str(MONTHS_3[first_day.month])
    return name if get_language() == "ka" else name.capitalize()


def _local_day(value):
    if value is None:
        return None
    if isinstance(value, datetime.datetime):
        return timezone.localtime(value).date() if timezone.is_aware(value) else value.date()
    return value


class _Places:
    """Any row of a village or category (in any language) → the source row's id; categories to their main one."""

    def __init__(self, taxonomy):
        self.taxonomy = taxonomy
        self.villages = self._to_source(Village)
        categories = self._to_source(Category)
        self.categories = {}
        for row_id, source_id in categories.items():
            top = taxonomy.top_ancestor(source_id)
            self.categories[row_id] = top.id if top else source_id

    @staticmethod
    def _to_source(model):
        rows = list(model.objects.values_list("id", "translation_key", "locale__language_code"))
        source = {key: row_id for row_id, key, code in rows if code == settings.LANGUAGE_CODE}
        return {row_id: source.get(key, row_id) for row_id, key, _code in rows}

    def village(self, row_id):
        return self.villages.get(row_id) if row_id is not None else None

    def category(self, row_id):
        return self.categories.get(row_id) if row_id is not None else None


def collect_events(start, end, places):
    """Every event of the window [start, end] from every source (a fixed number of queries)."""
    events = []
    since = timezone.make_aware(datetime.datetime.combine(start, datetime.time.min))
    events += _submission_events(since, places)
    events += _offer_events(places)
    events += _farmer_events(places)
    events += _inquiry_events(since, places)
    events += _click_events(start, places)
    events += _search_events(start)
    return [event for event in events if start <= event.day <= end]


def _submission_events(since, places):
    Status = ListingSubmission.Status
    rows = ListingSubmission.objects.filter(
        Q(created_at__gte=since) | Q(reviewed_at__gte=since) | Q(updated_at__gte=since)
    ).values_list("created_at", "reviewed_at", "updated_at", "status", "rejection_reason", "language", "village_id",
                  "category_id", "farmer_page__translation_key")
    for created, reviewed, updated, status, reason, language, village, category, farmer in rows:
        where = {"language": language, "village": places.village(village), "category": places.category(category)}
        yield Event("submitted", _local_day(created), **where)
        if farmer:
            yield Event("farmers_active", _local_day(created), who=str(farmer), **where)
        if reviewed is not None and status == Status.REJECTED:
            yield Event("rejected", _local_day(reviewed), reason=reason or "other", **where)
        elif reviewed is not None:
            yield Event("approved", _local_day(reviewed), **where)
        if status == Status.EXPIRED:
            yield Event("expired", _local_day(updated), **where)
        if status == Status.WITHDRAWN:
            yield Event("withdrawn", _local_day(updated), **where)


def _originals(rows, key_index, date_index):
    """Pages in every language → one per translation key, the first published (the original)."""
    originals = {}
    for row in rows:
        current = originals.get(row[key_index])
        if current is None or (current[date_index] or row[date_index]) > row[date_index]:
            originals[row[key_index]] = row
    return originals.values()


def _offer_events(places):
    rows = ProductPage.objects.filter(
        alias_of__isnull=True, first_published_at__isnull=False, status=ProductPage.Status.SOLD_OUT
    ).values_list("translation_key", "first_published_at", "last_published_at", "locale__language_code", "village_id",
                  "category_id")
    for _key, _first, last, language, village, category in _originals(rows, 0, 1):
        where = {"language": language, "village": places.village(village), "category": places.category(category)}
        yield Event("sold", _local_day(last), **where)


def _farmer_events(places):
    """A farmer is new on the day their page was first published or their first listing approved, if earlier."""
    rows = FarmerPage.objects.filter(alias_of__isnull=True, first_published_at__isnull=False).values_list(
        "translation_key", "first_published_at", "locale__language_code", "village_id"
    )
    first_approvals = dict(
        ListingSubmission.objects.filter(reviewed_at__isnull=False, farmer_page__isnull=False)
        .exclude(status=ListingSubmission.Status.REJECTED)
        .values_list("farmer_page__translation_key")
        .annotate(first=Min("reviewed_at"))
        .order_by()
    )
    for key, first, language, village in _originals(rows, 0, 1):
        approved = first_approvals.get(key)
        day = min(first, approved) if approved else first
        yield Event("farmers_new", _local_day(day), language=language, village=places.village(village))


def _inquiry_events(since, places):
    rows = Inquiry.objects.filter(created_at__gte=since).values_list(
        "created_at", "language", "product__village_id", "product__category_id", "product__farmer__translation_key"
    )
    for created, language, village, category, farmer in rows:
        where = {"language": language, "village": places.village(village), "category": places.category(category)}
        yield Event("inquiries", _local_day(created), **where)
        if farmer:
            yield Event("farmers_active", _local_day(created), who=str(farmer), **where)


def _click_events(start, places):
    rows = (
        ContactClick.objects.filter(day__gte=start)
        .annotate(month=TruncMonth("day"))
        .values_list(
            "month", "kind", "language", "village_id", "category_id",
            "page__productpage__farmer__translation_key", "page__farmerpage__translation_key",
        )
        .annotate(total=Sum("count"))
        .order_by()
    )
    for month, kind, language, village, category, product_farmer, farmer, total in rows:
        where = {"language": language, "village": places.village(village), "category": places.category(category)}
        yield Event(f"clicks_{kind}", _local_day(month), weight=total, **where)
        if product_farmer or farmer:
            yield Event("farmers_active", _local_day(month), who=str(product_farmer or farmer), **where)


def _search_events(start):
    rows = (
        UnansweredSearchCount.objects.filter(day__gte=start)
        .annotate(month=TruncMonth("day"))
        .values_list("month", "language")
        .annotate(total=Sum("count"))
        .order_by()
    )
    for month, language, total in rows:
        yield Event("searches_unanswered", _local_day(month), language=language, weight=total)


def _count(events):
    values = dict.fromkeys(METRIC_NAMES, 0)
    farmers = defaultdict(set)
    for event in events:
        if event.metric in DISTINCT_METRICS:
            farmers[event.metric].add(event.who)
        else:
            values[event.metric] += event.weight
    for metric, who in farmers.items():
        values[metric] = len(who)
    return values


def _group_key(event, by):
    if by == "month":
        return event.day.replace(day=1)
    return getattr(event, by) or None


def figures_table(by="month", language=None, today=None, months=MONTHS_SHOWN):
    """The figures of the last `months` months (this one included) grouped `by` month, village, category or
    language, with a total row; names in `language` (the active language by default)."""
    language = language or get_language() or settings.LANGUAGE_CODE
    start, end = window(today, months)
    taxonomy = Taxonomy(language)
    events = collect_events(start, end, _Places(taxonomy))
    groups = defaultdict(list)
    for event in events:
        groups[_group_key(event, by)].append(event)
    if by == "month":
        keys = month_starts(start, end)
    elif by == "language":
        keys = [code for code, _name in settings.LANGUAGES]
    else:
        keys = sorted((key for key in groups if key is not None), key=lambda key: _label(by, key, taxonomy))
        if None in groups:
            keys.append(None)
    rows = [FigureRow(key, _label(by, key, taxonomy), _count(groups.get(key, []))) for key in keys]
    total = FigureRow("total", str(_("Total")), _count(events))
    return FigureTable(by, rows, total, start, end)


def _label(by, key, taxonomy):
    if key is None:
        return str(_("Not by village or category"))
    if by == "month":
        return month_label(key)
    if by == "language":
        return str(dict(settings.LANGUAGES).get(key, key))
    term = taxonomy.village(key) if by == "village" else taxonomy.category(key)
    return term.name if term else str(key)


def rejections_by_reason(language=None, today=None, months=MONTHS_SHOWN):
    """Listings rejected in the window, per reason (the reasons moderators choose from), most frequent first."""
    from listings.models import RejectionReason

    start, end = window(today, months)
    since = timezone.make_aware(datetime.datetime.combine(start, datetime.time.min))
    counts = defaultdict(int)
    for event in _submission_events(since, _NoPlaces()):
        if event.metric == "rejected" and start <= event.day <= end:
            counts[event.reason] += 1
    total = sum(counts.values())
    rows = [
        FigureRow(reason, str(label), {"rejected": counts[reason], "share": _share(counts[reason], total)})
        for reason, label in RejectionReason.choices
    ]
    rows.sort(key=lambda row: -row.values["rejected"])
    return FigureTable("reason", rows, FigureRow("total", str(_("Total")), {"rejected": total, "share": 100}), start,
                       end)


class _NoPlaces:
    def village(self, row_id):
        return row_id

    def category(self, row_id):
        return row_id


def _share(part, whole):
    return round(100 * part / whole) if whole else 0
