"""`make backup` then `make restore`: pages, submissions, photos and renditions come back, and the site serves them.

Run on PostgreSQL (pg_dump's custom format is what production backs up); on SQLite it is skipped with the reason.
The backed-up site is a copy of the test database (the demo content) with renditions made for a few images.
"""

import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import dj_database_url
import pytest
from django.conf import settings
from django.db import connection

from core.backups import BackupError, back_up, read_manifest, restore

PROJECT = Path(__file__).resolve().parents[2]

# Renders live product pages until one shows photos (making their renditions); prints its address.
SHOW_A_PRODUCT_WITH_PHOTOS = """
import re
from django.test import Client
from products.models import ProductPage
client = Client()
for page in ProductPage.objects.live().filter(locale__language_code="ka").order_by("pk"):
    if re.search(r'/media/images/', client.get(page.url).content.decode()):
        print(page.url)
        break
"""

# The same page on the restored site: its status, its title, and whether every rendition it shows was in the
# backup (no new rendition made) with its file.
SERVE_THE_PAGE = """
import json, re, sys
from pathlib import Path
from django.conf import settings
from django.test import Client
from wagtail.images import get_image_model
from wagtail.models import Page
renditions = get_image_model().get_rendition_model().objects
before = renditions.count()
url = URL
response = Client().get(url)
html = response.content.decode()
files = re.findall(r'/media/(images/[^" ,]+)', html)
print(json.dumps({"status": response.status_code, "files": len(files), "new_renditions": renditions.count() - before,
                  "served": sum((Path(settings.MEDIA_ROOT) / name).is_file() for name in files)}))
"""


def _admin_run(options, statement):
    import psycopg2

    admin = psycopg2.connect(dbname="postgres", user=options["USER"], password=options["PASSWORD"] or None,
                             host=options["HOST"] or "127.0.0.1", port=options["PORT"] or 5432)  # fmt: skip
    admin.autocommit = True
    with admin.cursor() as cursor:
        cursor.execute(statement)
    admin.close()


def _url(options, name):
    credentials = options["USER"] + (f":{options['PASSWORD']}" if options["PASSWORD"] else "")
    return f"postgres://{credentials}@{options['HOST'] or '127.0.0.1'}:{options['PORT'] or 5432}/{name}"


def _django(code, database_url, media_root):
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "portal.settings.dev",
        "DEBUG": "false",
        "ALLOWED_HOSTS": "testserver",
        "DATABASE_URL": database_url,
        "MEDIA_ROOT": str(media_root),
        "PAGE_CACHE_SECONDS": "0",
    }
    env.pop("REDIS_URL", None)
    result = subprocess.run([sys.executable, "manage.py", "shell", "-c", code], cwd=PROJECT, env=env,
                            capture_output=True, text=True)  # fmt: skip
    assert result.returncode == 0, result.stderr
    return result.stdout


@pytest.fixture(scope="module")
def site_to_back_up(django_db_setup, django_db_blocker):
    """(settings dict, media folder) of a copy of the test database and its media, with renditions."""
    with django_db_blocker.unblock():
        if connection.vendor != "postgresql":
            pytest.skip("the backup round trip runs in the PostgreSQL pass: production backs up with pg_dump")
        options = connection.settings_dict
        connection.close()  # a template database may have no other sessions
    folder = Path(tempfile.mkdtemp(prefix="agrofarm-backup-test-"))
    names = [f"{options['NAME']}_{suffix}" for suffix in ("backup_source", "restored", "restored_again")]
    for name in names:
        _admin_run(options, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    _admin_run(options, f'CREATE DATABASE "{names[0]}" TEMPLATE "{options["NAME"]}"')
    shutil.copytree(settings.MEDIA_ROOT, folder / "media")
    source_url = _url(options, names[0])
    product_url = _django(SHOW_A_PRODUCT_WITH_PHOTOS, source_url, folder / "media").strip().splitlines()[-1]
    yield {
        "product_url": product_url,
        "database": dj_database_url.parse(source_url),
        "media": folder / "media",
        "folder": folder,
        "restored_urls": [_url(options, name) for name in names[1:]],
    }
    for name in names:
        _admin_run(options, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(scope="module")
def backup(site_to_back_up):
    """One backup for the module: pg_dump and the media archive are the slow part."""
    return back_up(site_to_back_up["database"], site_to_back_up["media"], site_to_back_up["folder"] / "backups")


def test_a_backup_restores_into_a_fresh_database_and_the_site_serves_its_pages_and_photos(site_to_back_up, backup):
    site = site_to_back_up
    restored_media = site["folder"] / "restored-media"

    summary = restore(backup, site["restored_urls"][0], restored_media)

    tables = read_manifest(backup)["tables"]
    for table in ("wagtailcore_page", "products_listingsubmission", "products_listingsubmissionphoto",
                  "wagtailimages_image", "wagtailimages_rendition"):  # fmt: skip
        assert tables[table] > 0, f"the backed-up site has no rows in {table}: the round trip proves nothing"
    assert summary["image_files"] == tables["wagtailimages_image"] + tables["wagtailimages_rendition"]
    code = SERVE_THE_PAGE.replace("url = URL", "url = " + repr(site["product_url"]))
    served = json.loads(_django(code, site["restored_urls"][0], restored_media).strip().splitlines()[-1])
    assert served["status"] == 200
    assert served["files"] > 0 and served["served"] == served["files"]
    assert served["new_renditions"] == 0, "the restored site had to make renditions again"
    assert sorted(path.name for path in backup.iterdir()) == ["database.dump", "manifest.json", "media.tar.gz"]
    assert oct(backup.stat().st_mode & 0o777) == "0o700"


def test_restore_refuses_a_database_that_holds_data_or_a_damaged_backup(site_to_back_up, backup):
    site = site_to_back_up
    source_url = _url(site["database"], site["database"]["NAME"])

    with pytest.raises(BackupError, match="restore goes into a fresh database only"):
        restore(backup, source_url, site["folder"] / "unused-media")

    damaged = shutil.copytree(backup, site["folder"] / "damaged-backup")
    with open(damaged / "media.tar.gz", "ab") as archive:
        archive.write(b"x")
    with pytest.raises(BackupError, match="damaged"):
        restore(damaged, site["restored_urls"][1], site["folder"] / "unused-media-2")
