"""The search vocabulary (for typo tolerance and "did you mean") and the searches that found nothing."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class SearchTerm(models.Model):
    """A folded word (or word key) that occurs in the site search index, with a written example of it.

    Queries are checked against these terms: a word that starts no term is a typo, and the nearest terms
    (trigram similarity on PostgreSQL, edit distance everywhere) stand in for it. The examples show a
    correction in the script the visitor typed in.
    """

    term = models.CharField(max_length=64, unique=True)
    length = models.PositiveSmallIntegerField(db_index=True)
    # How many indexed pages use it (counted at the last rebuild): the commoner of two corrections wins.
    documents = models.PositiveIntegerField(default=1)
    example_ka = models.CharField(max_length=64, blank=True)
    example_ru = models.CharField(max_length=64, blank=True)
    example_latin = models.CharField(max_length=64, blank=True)

    class Meta:
        verbose_name = _("search term")
        verbose_name_plural = _("search terms")

    def __str__(self):
        return self.term

    def example(self, script):
        """How the term is written in `script` ("ka", "ru" or "latin"), else in any script."""
        return getattr(self, f"example_{script}", "") or self.example_latin or self.example_ka or self.example_ru


class UnansweredQuery(models.Model):
    """A search that found nothing, counted per language, so editors see what buyers look for in vain."""

    query_string = models.CharField(_("search"), max_length=255)
    language = models.CharField(_("language"), max_length=8, choices=settings.LANGUAGES)
    hits = models.PositiveIntegerField(_("times searched"), default=0)
    first_seen = models.DateTimeField(_("first searched"), default=timezone.now)
    last_seen = models.DateTimeField(_("last searched"), default=timezone.now)

    class Meta:
        verbose_name = _("search without results")
        verbose_name_plural = _("searches without results")
        constraints = [
            models.UniqueConstraint(fields=["query_string", "language"], name="search_unanswered_query_per_language")
        ]
        indexes = [models.Index(fields=["-last_seen"], name="search_unanswered_last_seen")]

    def __str__(self):
        return self.query_string
