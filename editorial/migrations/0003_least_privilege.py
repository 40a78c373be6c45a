"""Groups by least privilege (issue 12): Moderators lose their rights on the whole site and keep what their
work needs, on the farmers' directories (review, publish, take down listings) and the news indexes (approve
news in the "News approval" workflow, which publishes with the approver's rights). Editors keep the site-wide
rights, which no longer reach the farmers' directories (closed sections, core/page_permissions.py);
Translators keep theirs on the English and Russian trees, which reach the directories' translations only.
"""

from django.db import migrations

from editorial.migrations._rights import permission

DIRECTORY_RIGHTS = ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"]
NEWS_APPROVAL_RIGHTS = ["publish_page"]  # reviewers reach the editor through the workflow itself
DEFAULT_WORKFLOW = "Moderators approval"
OLD_SITE_WIDE_RIGHTS = ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"]


def pages_of_type(apps, app_label, model):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Page = apps.get_model("wagtailcore", "Page")
    content_type = ContentType.objects.filter(app_label=app_label, model=model).first()
    return Page.objects.filter(content_type=content_type) if content_type else Page.objects.none()


def least_privilege(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    moderators, _created = Group.objects.get_or_create(name="Moderators")
    GroupPagePermission.objects.filter(group=moderators, page__depth=1).delete()
    # Wagtail's default site-wide workflow sends pages to Moderators, who no longer publish them (and
    # approving publishes with the approver's rights): Editors publish the agency's pages themselves.
    WorkflowPage.objects.filter(page__depth=1, workflow__name=DEFAULT_WORKFLOW).delete()
    grants = [(pages_of_type(apps, "products", "farmerindexpage"), DIRECTORY_RIGHTS),
              (pages_of_type(apps, "news", "newsindexpage"), NEWS_APPROVAL_RIGHTS)]
    for pages, codenames in grants:
        for page in pages:
            for codename in codenames:
                GroupPagePermission.objects.get_or_create(
                    group=moderators, page=page, permission=permission(apps, "wagtailcore", codename)
                )


def site_wide_again(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Page = apps.get_model("wagtailcore", "Page")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    moderators = Group.objects.filter(name="Moderators").first()
    root = Page.objects.filter(depth=1).first()
    if moderators is None or root is None:
        return
    for codename in OLD_SITE_WIDE_RIGHTS:
        GroupPagePermission.objects.get_or_create(
            group=moderators, page=root, permission=permission(apps, "wagtailcore", codename)
        )
    workflow = apps.get_model("wagtailcore", "Workflow").objects.filter(name=DEFAULT_WORKFLOW).first()
    if workflow is not None:
        apps.get_model("wagtailcore", "WorkflowPage").objects.get_or_create(page=root, defaults={"workflow": workflow})


class Migration(migrations.Migration):
    dependencies = [
        ("editorial", "0002_catalogue_and_news_rights"),
        ("products", "0001_initial"),
        ("news", "0003_clearer_field_names"),
    ]

    operations = [migrations.RunPython(least_privilege, site_wide_again)]
