"""The moved models' content types change app: pages, workflow tasks, revisions and permissions keep pointing at
the same content type rows, now labelled listings (and core for the form-attempt counters)."""

from django.db import migrations

MOVED = {
    "listings": [
        "inquiry",
        "listingformpage",
        "listingmoderationtask",
        "listingreport",
        "listingsubmission",
        "listingsubmissionphoto",
    ],
    "core": ["formattempt"],
}


def _relabel(apps, old_label, new_label, model):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    Page = apps.get_model("wagtailcore", "Page")
    old = ContentType.objects.filter(app_label=old_label, model=model).first()
    if old is None:
        return
    new = ContentType.objects.filter(app_label=new_label, model=model).first()
    if new is not None:
        # Made by an earlier partial migrate; unused, since every row still points at the old one.
        if Page.objects.filter(content_type=new).exists():
            return
        Permission.objects.filter(content_type=new).delete()
        new.delete()
    old.app_label = new_label
    old.save(update_fields=["app_label"])


def forwards(apps, schema_editor):
    for app_label, models in MOVED.items():
        for model in models:
            _relabel(apps, "products", app_label, model)


def backwards(apps, schema_editor):
    for app_label, models in MOVED.items():
        for model in models:
            _relabel(apps, app_label, "products", model)


class Migration(migrations.Migration):
    dependencies = [
        ("listings", "0001_initial"),
        ("core", "0001_initial"),
        ("products", "0004_move_listings_and_form_attempts"),
        ("editorial", "0002_catalogue_and_news_rights"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
