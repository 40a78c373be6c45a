"""Moderators review buyers' requests (view and change, as for listings); Editors read them."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

PERMISSIONS = {"Moderators": ["view_buyerrequest", "change_buyerrequest"], "Editors": ["view_buyerrequest"]}


def grant(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    listings = apps.get_app_config("listings")
    listings.models_module = True  # create_permissions skips apps without a models module
    create_permissions(listings, apps=apps, verbosity=0)
    listings.models_module = None
    for group_name, codenames in PERMISSIONS.items():
        group, _created = Group.objects.get_or_create(name=group_name)
        group.permissions.add(*Permission.objects.filter(content_type__app_label="listings", codename__in=codenames))


class Migration(migrations.Migration):
    dependencies = [
        ("listings", "0004_buyer_requests_and_wanted_page"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
