"""Counts that keep no trace of who: a number per day and page (contact buttons) or per day and language
(searches that found nothing). No IP address, cookie, user agent or time of day is stored."""

from django.conf import settings
from django.db import IntegrityError, models, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class ContactKind(models.TextChoices):
    PHONE = "phone", _("Phone")
    WHATSAPP = "whatsapp", _("WhatsApp")
    VIBER = "viber", _("Viber")


def _increment(model, keys, defaults=None, amount=1):
    """Add `amount` to the row with these keys, creating it (with `defaults`); safe when two requests race."""
    if model.objects.filter(**keys).update(count=F("count") + amount):
        return
    try:
        with transaction.atomic():
            model.objects.create(count=amount, **keys, **(defaults or {}))
    except IntegrityError:  # another request created it first
        model.objects.filter(**keys).update(count=F("count") + amount)


class ContactClick(models.Model):
    """How often a contact button (phone, WhatsApp, Viber) was used on one page on one day.

    The page's language, village and category are copied at counting time, so the figures group without
    walking the page tree; the page itself may be deleted later (the count stays, without it).
    """

    day = models.DateField(_("day"), db_index=True)
    page = models.ForeignKey(
        "wagtailcore.Page", verbose_name=_("page"), null=True, on_delete=models.SET_NULL, related_name="+"
    )
    kind = models.CharField(_("contact"), max_length=10, choices=ContactKind.choices)
    language = models.CharField(_("language"), max_length=8, choices=settings.LANGUAGES)
    village = models.ForeignKey(
        "products.Village", verbose_name=_("village"), null=True, on_delete=models.SET_NULL, related_name="+"
    )
    category = models.ForeignKey(
        "products.Category", verbose_name=_("category"), null=True, on_delete=models.SET_NULL, related_name="+"
    )
    count = models.PositiveIntegerField(_("count"), default=0)

    class Meta:
        verbose_name = _("contact button count")
        verbose_name_plural = _("contact button counts")
        constraints = [models.UniqueConstraint(fields=["day", "page", "kind"], name="figures_contact_click_per_day")]

    def __str__(self):
        return f"{self.day} {self.kind} {self.count}"

    @classmethod
    def add(cls, page, kind, language, village_id=None, category_id=None, day=None):
        """Count one use of a contact button; the page's facts are those of the day's first count."""
        _increment(
            cls,
            {"day": day or timezone.localdate(), "page": page, "kind": kind},
            {"language": language, "village_id": village_id, "category_id": category_id},
        )


class UnansweredSearchCount(models.Model):
    """How many searches found nothing, per day and language (what they were is in search's own report)."""

    day = models.DateField(_("day"), db_index=True)
    language = models.CharField(_("language"), max_length=8, choices=settings.LANGUAGES)
    count = models.PositiveIntegerField(_("count"), default=0)

    class Meta:
        verbose_name = _("searches without results per day")
        verbose_name_plural = _("searches without results per day")
        constraints = [
            models.UniqueConstraint(fields=["day", "language"], name="figures_unanswered_search_per_day")
        ]

    def __str__(self):
        return f"{self.day} {self.language} {self.count}"

    @classmethod
    def add(cls, language, day=None):
        _increment(cls, {"day": day or timezone.localdate(), "language": language})
