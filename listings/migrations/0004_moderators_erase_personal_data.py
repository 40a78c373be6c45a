"""Moderators (who see the submissions) export and erase a farmer's personal data when the farmer asks."""

from django.contrib.auth.management import create_permissions
from django.db import migrations


def let_moderators_erase(apps, schema_editor):
    listings = apps.get_app_config("listings")
    listings.models_module = True  # create_permissions skips apps without a models module
    create_permissions(listings, apps=apps, verbosity=0)
    listings.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    moderators, _created = Group.objects.get_or_create(name="Moderators")
    moderators.permissions.add(
        *Permission.objects.filter(content_type__app_label="listings", codename="erase_personal_data")
    )


class Migration(migrations.Migration):
    dependencies = [("listings", "0003_submission_erasure"), ("auth", "0012_alter_user_first_name_max_length")]

    operations = [migrations.RunPython(let_moderators_erase, migrations.RunPython.noop)]
