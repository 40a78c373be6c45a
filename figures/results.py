"""What the public Results page shows, computed once per language and cache generation."""

from django.utils.translation import gettext as _
from django.utils.translation import npgettext, override

from core.page_cache import cached_fragment

from .charts import monthly_bar_chart
from .marketplace import figures_table, month_tick
from .open_data import licence
from .plan import plan_headline_figures

# Counts below this are shown as "fewer than 5", so no farmer can be singled out.
SMALL_COUNT = 5
CATEGORIES_SHOWN = 8


def suppressed(value):
    """A count as the public may see it: None stands for "fewer than 5"."""
    return None if value < SMALL_COUNT else value


def _figure(name, value, words):
    """A headline figure: its value as the public sees it, and `words(n)` in the form that value asks for
    ("fewer than 5" takes the form of 5)."""
    shown = suppressed(value)
    return {"name": name, "value": shown, "label": words(shown or SMALL_COUNT)}


def headline_figures(table):
    """The headline numbers of the Results page, from the admin's table grouped by month (its total row)."""
    total = table.total
    clicks = total.clicks_phone + total.clicks_whatsapp + total.clicks_viber
    return [
        _figure("approved", total.approved,
                lambda n: npgettext("figures headline", "listing published", "listings published", n)),
        _figure("farmers_active", total.farmers_active,
                lambda n: npgettext("figures headline", "active farmer", "active farmers", n)),
        _figure("farmers_new", total.farmers_new,
                lambda n: npgettext("figures headline", "new farmer", "new farmers", n)),
        _figure("inquiries", total.inquiries,
                lambda n: npgettext("figures headline", "buyer's inquiry", "buyers' inquiries", n)),
        _figure("clicks", clicks,
                lambda n: npgettext(
                    "figures headline", "call or message to a farmer", "calls and messages to farmers", n
                )),
        _figure("submitted", total.submitted,
                lambda n: npgettext("figures headline", "listing submitted", "listings submitted", n)),
    ]


def _build(language_code):
    with override(language_code):
        by_month = figures_table("month", language_code)
        by_category = figures_table("category", language_code)
        months = [row.label for row in by_month.rows]
        ticks = [month_tick(row.key) for row in by_month.rows]
        published = [suppressed(row.approved) for row in by_month.rows]
        contacts = [suppressed(row.contacts) for row in by_month.rows]
        categories = sorted(
            (row for row in by_category.rows if row.key is not None), key=lambda row: (-row.approved, row.label)
        )[:CATEGORIES_SHOWN]
        return {
            "period_start": by_month.start,
            "period_end": by_month.end,
            "headline": headline_figures(by_month),
            "months": [
                {"label": label, "published": first, "contacts": second}
                for label, first, second in zip(months, published, contacts, strict=True)
            ],
            "charts": [
                monthly_bar_chart(ticks, [(_("Listings published"), published)],
                                  title=_("Listings published per month"), small_label=_("fewer than 5"), width=420),
                monthly_bar_chart(ticks, [(_("Buyers who got in touch"), contacts)],
                                  title=_("Buyers who got in touch per month"), small_label=_("fewer than 5"),
                                  colour=1, width=420),
            ],
            "categories": [
                {"label": row.label, "published": suppressed(row.approved), "contacts": suppressed(row.contacts)}
                for row in categories
            ],
            "plan": plan_headline_figures(language_code),
            "licence": licence(),
        }


def results_context(language_code):
    """The Results page's figures in `language_code`: computed on the first view of each cache generation
    (and day), then read from the cache, so a warm page costs no query for them."""
    return {"results": cached_fragment("results-page", (language_code,), lambda: _build(language_code))}
