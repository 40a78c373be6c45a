"""Counters of recent form posts, for the rate limits of the public forms (see core/rate_limits.py)."""

from django.db import models
from django.utils import timezone


class FormAttempt(models.Model):
    """One counted post of a public form by one client (or for one phone number), kept for a day at most.

    Counting rows inserted in a time window holds across processes on SQLite and PostgreSQL alike: an insert is
    atomic, and two processes that count at the same moment both see both inserts (they may over-count by one,
    never under-count).
    """

    scope = models.CharField(max_length=40)
    key = models.CharField(max_length=64)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        # Moved from the products app: the table and index keep their names (no data is copied).
        db_table = "products_formattempt"
        indexes = [models.Index(fields=["scope", "key", "created_at"], name="products_attempt_window")]

    def __str__(self):
        return f"{self.scope} {self.key[:8]} {self.created_at:%Y-%m-%d %H:%M}"
