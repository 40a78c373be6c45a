"""Admin pieces of the editorial workflow: the translators' queue (menu item and dashboard panel),
untranslated copies of new admin pages, and translators kept to their own languages."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.auth import permission_denied
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component
from wagtail.models import TranslatableMixin
from wagtail_localize import synctree

from . import views
from .permissions import may_write_in, rights_only_to_translate
from .publishing import create_untranslated_copies
from .queue import build_queue

# wagtail-localize copies a page created in the admin into the other languages from this hook, and
# would copy it a second time (a database error) after publishing has already done it. Ours only
# creates the copies still missing.
if (synctree.after_create_page, 0) in hooks._hooks.get("after_create_page", []):
    hooks._hooks["after_create_page"].remove((synctree.after_create_page, 0))


@hooks.register("after_create_page")
def create_untranslated_copies_of_new_page(request, page):
    create_untranslated_copies(page)


@hooks.register("register_admin_urls", order=-1)
def register_admin_urls():
    # The last three take over wagtail-localize's own addresses (admin URLs registered first win),
    # so its buttons and links lead to the versions that respect a translator's languages.
    return [
        path("translators-queue/", views.TranslatorsQueueView.as_view(), name="editorial_translators_queue"),
        path(
            "localize/submit/page/<int:page_id>/",
            views.SubmitPageTranslationView.as_view(),
            name="editorial_submit_page_translation",
        ),
        path(
            "localize/submit/snippet/<slug:app_label>/<slug:model_name>/<str:pk>/",
            views.SubmitSnippetTranslationView.as_view(),
            name="editorial_submit_snippet_translation",
        ),
        path(
            "localize/update/<int:translation_source_id>/",
            views.UpdateTranslationsView.as_view(),
            name="editorial_update_translations",
        ),
    ]


class TranslatorsQueueMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(views.TRANSLATE_PERMISSION)


@hooks.register("register_admin_menu_item")
def register_translators_queue_menu_item():
    return TranslatorsQueueMenuItem(
        _("Translators' queue"),
        reverse("editorial_translators_queue"),
        name="translators-queue",
        icon_name="wagtail-localize-language",
        order=250,
    )


class TranslatorsQueuePanel(Component):
    """Dashboard counts of what waits for translation in each language."""

    name = "translators_queue"
    template_name = "editorial/translators_queue_panel.html"
    order = 150

    def __init__(self, queues):
        self.queues = queues

    def get_context_data(self, parent_context):
        return {"queues": self.queues, "queue_url": reverse("editorial_translators_queue")}


@hooks.register("construct_homepage_panels")
def add_translators_queue_panel(request, panels):
    if request.user.has_perm(views.TRANSLATE_PERMISSION):
        panels.append(TranslatorsQueuePanel(build_queue(request.user)))


def _deny_other_languages(request, instance):
    if isinstance(instance, TranslatableMixin) and not may_write_in(request.user, instance.locale):
        return permission_denied(request)
    return None


@hooks.register("before_edit_snippet", order=-1)
def keep_translators_to_their_languages(request, instance):
    # Wagtail's snippet rights cover every language; translators must not change the Georgian originals.
    return _deny_other_languages(request, instance)


@hooks.register("before_delete_snippet", order=-1)
def keep_deletions_to_own_languages(request, instances):
    for instance in instances:
        response = _deny_other_languages(request, instance)
        if response is not None:
            return response
    return None


# Translators translate: their rights on the English and Russian trees do not delete, move or copy pages.
@hooks.register("before_delete_page", order=-1)
def translators_do_not_delete_pages(request, page):
    return permission_denied(request) if rights_only_to_translate(request.user, page) else None


@hooks.register("before_move_page", order=-1)
def translators_do_not_move_pages(request, page, destination):
    return permission_denied(request) if rights_only_to_translate(request.user, page) else None


@hooks.register("before_copy_page", order=-1)
def translators_do_not_copy_pages(request, page):
    return permission_denied(request) if rights_only_to_translate(request.user, page) else None
