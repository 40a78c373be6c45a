"""Create the three locales, keep English and Russian trees in sync with Georgian, and the home page."""

from django.db import migrations

LANGUAGES = ["ka", "en", "ru"]


def create_locales_and_home(apps, schema_editor):
    Locale = apps.get_model("wagtailcore", "Locale")
    LocaleSynchronization = apps.get_model("wagtail_localize", "LocaleSynchronization")
    Page = apps.get_model("wagtailcore", "Page")
    Site = apps.get_model("wagtailcore", "Site")
    ContentType = apps.get_model("contenttypes", "ContentType")
    HomePage = apps.get_model("home", "HomePage")

    locales = {code: Locale.objects.get_or_create(language_code=code)[0] for code in LANGUAGES}
    for code in ("en", "ru"):
        LocaleSynchronization.objects.get_or_create(locale=locales[code], defaults={"sync_from": locales["ka"]})

    if HomePage.objects.exists():
        return
    # Replace Wagtail's "Welcome" page with the Georgian home page.
    Page.objects.filter(depth=2, slug="home", content_type__model="page").delete()
    content_type, _ = ContentType.objects.get_or_create(model="homepage", app_label="home")
    root = Page.objects.get(depth=1)
    home = HomePage.objects.create(
        title="მთავარი",
        draft_title="მთავარი",
        slug="home",
        content_type=content_type,
        path=f"{root.path}0001",
        depth=2,
        numchild=0,
        url_path="/home/",
        locale=locales["ka"],
        live=True,
    )
    root.numchild = Page.objects.filter(depth=2).count()
    root.save(update_fields=["numchild"])
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={"hostname": "localhost", "port": 80, "root_page": home, "site_name": "Agrofarm"},
    )


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0001_initial"),
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
    ]

    operations = [migrations.RunPython(create_locales_and_home, migrations.RunPython.noop)]
