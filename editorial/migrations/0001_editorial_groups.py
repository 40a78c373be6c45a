"""The agency's groups: Editors write and publish, Moderators approve and publish, Translators translate.

Wagtail's own first migration creates Editors and Moderators; this completes their rights and creates
Translators: wagtail-localize's "submit translation", editing and publishing in the English and Russian
trees (never the Georgian one), translating snippets, choosing images and documents. Rights are
added, so groups other migrations set up (the news workflow's Moderators) keep theirs; the one right
taken away is translating, which wagtail-localize gives Moderators: they approve, translators translate.
"""

from django.db import migrations

from editorial.migrations._rights import give_snippet_rights, permission

SOURCE_LANGUAGE = "ka"
PAGE_RIGHTS = ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"]
TRANSLATOR_PAGE_RIGHTS = ["change_page", "publish_page"]
GROUP_RIGHTS = {
    "Editors": [("wagtailadmin", "access_admin"), ("wagtail_localize", "submit_translation")],
    "Moderators": [("wagtailadmin", "access_admin")],
    "Translators": [("wagtailadmin", "access_admin"), ("wagtail_localize", "submit_translation")],
}
TRANSLATOR_COLLECTION_RIGHTS = [("wagtailimages", "choose_image"), ("wagtaildocs", "choose_document")]


def give_groups_their_rights(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Page = apps.get_model("wagtailcore", "Page")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")

    groups = {name: Group.objects.get_or_create(name=name)[0] for name in GROUP_RIGHTS}
    for name, rights in GROUP_RIGHTS.items():
        groups[name].permissions.add(*[permission(apps, app_label, codename) for app_label, codename in rights])
    groups["Moderators"].permissions.remove(permission(apps, "wagtail_localize", "submit_translation"))
    give_snippet_rights(apps, [("home", "sitefooter")])

    root = Page.objects.get(depth=1)
    for name in ("Editors", "Moderators"):
        for codename in PAGE_RIGHTS:
            GroupPagePermission.objects.get_or_create(
                group=groups[name], page=root, permission=permission(apps, "wagtailcore", codename)
            )

    for language_root in Page.objects.filter(depth=2).exclude(locale__language_code=SOURCE_LANGUAGE):
        for codename in TRANSLATOR_PAGE_RIGHTS:
            GroupPagePermission.objects.get_or_create(
                group=groups["Translators"], page=language_root, permission=permission(apps, "wagtailcore", codename)
            )

    root_collection = Collection.objects.get(depth=1)
    for app_label, codename in TRANSLATOR_COLLECTION_RIGHTS:
        GroupCollectionPermission.objects.get_or_create(
            group=groups["Translators"], collection=root_collection, permission=permission(apps, app_label, codename)
        )


def remove_translators(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name="Translators").delete()


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("home", "0002_locales_and_home_page"),
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
        ("wagtailadmin", "0006_formstate"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
    ]

    operations = [migrations.RunPython(give_groups_their_rights, remove_translators)]
