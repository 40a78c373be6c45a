"""The "Listing moderation" workflow and the moderators' permissions on submissions, inquiries and reports.

Moderators (the group Wagtail's own migration creates, also used by the news workflow) review listings
and handle inquiries and reports; Editors read inquiries. Farmer directories that exist already are put
under the workflow; new ones get it from products.moderation. (The "Submissions" image collection is
made by products.photos when the first photo arrives: collections are kept in name order by treebeard.)
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

WORKFLOW_NAME = "Listing moderation"
TASK_NAME = "Moderators review the listing"
PERMISSIONS = {
    "Moderators": [
        ("listingsubmission", ["view", "change"]),
        ("inquiry", ["view", "change"]),
        ("listingreport", ["view", "change"]),
    ],
    "Editors": [("inquiry", ["view"]), ("listingreport", ["view"])],
}


def create_listing_moderation(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    ListingModerationTask = apps.get_model("products", "ListingModerationTask")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    FarmerIndexPage = apps.get_model("products", "FarmerIndexPage")

    moderators, _created = Group.objects.get_or_create(name="Moderators")
    task_type, _created = ContentType.objects.get_or_create(app_label="products", model="listingmoderationtask")
    task = ListingModerationTask.objects.filter(name=TASK_NAME).first()
    if task is None:
        task = ListingModerationTask.objects.create(name=TASK_NAME, content_type=task_type, active=True)
    task.groups.add(moderators)
    workflow, _created = Workflow.objects.get_or_create(name=WORKFLOW_NAME, defaults={"active": True})
    WorkflowTask.objects.get_or_create(workflow=workflow, task_id=task.pk, defaults={"sort_order": 0})
    for directory in FarmerIndexPage.objects.all():
        WorkflowPage.objects.get_or_create(page_id=directory.pk, defaults={"workflow": workflow})

    products = apps.get_app_config("products")
    products.models_module = True  # create_permissions skips apps without a models module
    create_permissions(products, apps=apps, verbosity=0)
    products.models_module = None
    for group_name, grants in PERMISSIONS.items():
        group, _created = Group.objects.get_or_create(name=group_name)
        for model, actions in grants:
            codenames = [f"{action}_{model}" for action in actions]
            group.permissions.add(
                *Permission.objects.filter(content_type__app_label="products", codename__in=codenames)
            )


def remove_listing_moderation(apps, schema_editor):
    Workflow = apps.get_model("wagtailcore", "Workflow")
    ListingModerationTask = apps.get_model("products", "ListingModerationTask")
    Workflow.objects.filter(name=WORKFLOW_NAME).delete()
    ListingModerationTask.objects.filter(name=TASK_NAME).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("products", "0002_submissions_moderation_contact"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
    ]

    operations = [migrations.RunPython(create_listing_moderation, remove_listing_moderation)]
