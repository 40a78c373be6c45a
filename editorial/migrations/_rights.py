"""Helpers the group migrations share (Django's migration loader skips modules starting with "_")."""

SNIPPET_RIGHTS = {"Editors": ("add", "change"), "Moderators": ("change",), "Translators": ("change",)}


def permission(apps, app_label, codename):
    """The permission, created first when its model's permissions do not exist yet (a fresh database)."""
    Permission = apps.get_model("auth", "Permission")
    ContentType = apps.get_model("contenttypes", "ContentType")
    found = Permission.objects.filter(content_type__app_label=app_label, codename=codename).first()
    if found is not None:
        return found
    action, model_name = codename.split("_", 1)
    model = apps.get_model(app_label, model_name)
    content_type, _created = ContentType.objects.get_or_create(app_label=app_label, model=model_name)
    return Permission.objects.create(
        content_type=content_type, codename=codename, name=f"Can {action} {model._meta.verbose_name_raw}"
    )


def give_snippet_rights(apps, snippets):
    """Editors add and change these snippets; Moderators and Translators change them (Translators only
    in their own languages, see editorial.permissions)."""
    Group = apps.get_model("auth", "Group")
    for group_name, actions in SNIPPET_RIGHTS.items():
        group, _created = Group.objects.get_or_create(name=group_name)
        group.permissions.add(
            *[permission(apps, app_label, f"{action}_{model}") for app_label, model in snippets for action in actions]
        )
