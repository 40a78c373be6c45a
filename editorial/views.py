"""Admin views: the translators' queue, and wagtail-localize's translate and sync views kept to a
translator's own languages."""

from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail_localize.views import submit_translations, update_translations

from .permissions import may_write_in, writable_locales
from .queue import build_queue

TRANSLATE_PERMISSION = "wagtail_localize.submit_translation"


class TranslatorsQueueView(WagtailAdminTemplateMixin, TemplateView):
    """Per language, what still shows untranslated or out-of-date text, oldest first."""

    page_title = _("Translators' queue")
    header_icon = "wagtail-localize-language"
    template_name = "editorial/translators_queue.html"

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(TRANSLATE_PERMISSION):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [{"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["queues"] = build_queue(self.request.user, next_url=self.request.get_full_path())
        return context


class OwnLanguagesOnly:
    """wagtail-localize offers every language to whoever may translate; offer only those the user writes in."""

    def get_form(self):
        form = super().get_form()
        field = form.fields["locales"]
        field.queryset = field.queryset.filter(pk__in=[locale.pk for locale in writable_locales(self.request.user)])
        return form


class SubmitPageTranslationView(OwnLanguagesOnly, submit_translations.SubmitPageTranslationView):
    def get_object(self):
        page = super().get_object()
        # A translation copies the page's text: only pages the user may edit, or already public ones.
        readable = page.live and not page.get_view_restrictions().exists()
        if not readable and not page.permissions_for_user(self.request.user).can_edit():
            raise PermissionDenied
        return page


class SubmitSnippetTranslationView(OwnLanguagesOnly, submit_translations.SubmitSnippetTranslationView):
    pass


class UpdateTranslationsView(update_translations.UpdateTranslationsView):
    """Syncing (and optionally publishing) translations, only into languages the user writes in."""

    def dispatch(self, request, *args, **kwargs):
        source = self.get_object()
        for translation in source.translations.filter(enabled=True).select_related("target_locale"):
            if not may_write_in(request.user, translation.target_locale):
                raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)
