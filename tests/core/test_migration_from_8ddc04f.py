"""A database made before the layers were split (8ddc04f) migrates with its pages and submissions intact.

The farmer's side moved from products/ to listings/ and the form counters to core/ by state-only migrations
and relabelled content types: no row is copied, every page, revision, workflow task and permission keeps
pointing where it did.
"""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

PROJECT = Path(__file__).resolve().parents[2]
BEFORE_THE_SPLIT = "8ddc04f"

SNAPSHOT = """
import json
from django.contrib.contenttypes.models import ContentType
from wagtail.models import Page, Revision, Task, WorkflowState
from django.db import connection
with connection.cursor() as cursor:
    cursor.execute(
        "SELECT reference, status, title, product_page_id FROM products_listingsubmission ORDER BY reference"
    )
    submissions = [list(row) for row in cursor.fetchall()]
    cursor.execute("SELECT count(*) FROM products_inquiry")
    inquiries = cursor.fetchone()[0]
    cursor.execute("SELECT count(*) FROM products_formattempt")
    attempts = cursor.fetchone()[0]
pages = sorted([page.pk, page.title, page.url_path, page.content_type.model] for page in Page.objects.all())
print(json.dumps({
    "pages": pages,
    "submissions": submissions,
    "inquiries": inquiries,
    "attempts": attempts,
    "revisions": Revision.objects.count(),
    "workflow_states": WorkflowState.objects.count(),
    "tasks": sorted([task.name, task.content_type.model] for task in Task.objects.all()),
}))
"""

OLD_EXTRAS = """
from products.models import FormAttempt, Inquiry, ProductPage
product = ProductPage.objects.live().first()
Inquiry.objects.create(product=product, product_title=product.title, name="Nino", message="10 kg?", language="ka")
FormAttempt.objects.create(scope="listing-client", key="abc")
"""

NEW_CHECKS = """
import json
from django.test import Client
from listings.models import Inquiry, ListingFormPage, ListingModerationTask, ListingSubmission
from core.models import FormAttempt
form_page = ListingFormPage.objects.get(locale__language_code="ka")
assert ListingModerationTask.objects.exists()
submission = ListingSubmission.objects.exclude(product_page=None).first()
assert submission.product_page.specific.title
client = Client()
print(json.dumps({
    "form_page": client.get(form_page.get_url()).status_code,
    "inquiries": Inquiry.objects.count(),
    "attempts": FormAttempt.objects.count(),
    "submissions_via_orm": ListingSubmission.objects.count(),
}))
"""


def shell(folder, env, code):
    """Run `code` in manage.py shell and read the JSON it printed last."""
    output = manage(folder, env, "shell", "--no-imports", "--verbosity", "0", "-c", code)
    return json.loads(output.strip().splitlines()[-1])


def manage(folder, env, *args):
    result = subprocess.run(
        [sys.executable, "manage.py", *args], cwd=folder, env=env, capture_output=True, text=True, timeout=900
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    return result.stdout


@pytest.fixture
def database_url(tmp_path):
    """The backend the tests run on: a fresh PostgreSQL database of its own, else a SQLite file."""
    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith(("postgres://", "postgresql://")):
        yield f"sqlite:///{tmp_path / 'before.sqlite3'}"
        return
    import psycopg2

    server, name = url.rsplit("/", 1)
    name = f"{name or 'agrofarm'}_from_8ddc04f"
    admin = psycopg2.connect(dbname="postgres", **_connection_arguments(url))
    admin.autocommit = True
    with admin.cursor() as cursor:
        cursor.execute(f'DROP DATABASE IF EXISTS "{name}"')
        cursor.execute(f'CREATE DATABASE "{name}"')
    yield f"{server}/{name}"
    with admin.cursor() as cursor:
        cursor.execute(f'DROP DATABASE IF EXISTS "{name}"')
    admin.close()


def _connection_arguments(url):
    from urllib.parse import urlparse

    parts = urlparse(url)
    return {
        "user": parts.username or "postgres",
        "password": parts.password or None,
        "host": parts.hostname or "127.0.0.1",
        "port": parts.port or 5432,
    }


@pytest.fixture
def old_checkout(tmp_path):
    found = subprocess.run(["git", "cat-file", "-e", f"{BEFORE_THE_SPLIT}^{{commit}}"], cwd=PROJECT)
    if found.returncode != 0:
        pytest.skip(f"{BEFORE_THE_SPLIT} is not in this clone's history (a shallow clone)")
    folder = tmp_path / "old"
    folder.mkdir()
    archive = subprocess.run(["git", "archive", BEFORE_THE_SPLIT], cwd=PROJECT, capture_output=True, check=True)
    subprocess.run(["tar", "-x", "-C", str(folder)], input=archive.stdout, check=True)
    return folder


def test_a_database_made_at_8ddc04f_migrates_with_its_pages_and_submissions(tmp_path, old_checkout, database_url):
    env = {
        **{key: value for key, value in os.environ.items() if key not in ("DATABASE_URL", "REDIS_URL")},
        "DJANGO_SETTINGS_MODULE": "portal.settings.dev",
        "DATABASE_URL": database_url,
        "MEDIA_ROOT": str(tmp_path / "media"),
        "DEBUG": "false",
        "ALLOWED_HOSTS": "testserver,localhost",
    }
    manage(old_checkout, env, "migrate", "--noinput")
    manage(old_checkout, env, "load_demo_content", "--verbosity", "0")
    manage(old_checkout, env, "shell", "-c", OLD_EXTRAS)
    before = shell(old_checkout, env, SNAPSHOT)
    assert len(before["submissions"]) >= 3 and before["inquiries"] == 1 and before["attempts"] == 1

    manage(PROJECT, env, "migrate", "--noinput")
    manage(PROJECT, env, "createcachetable")  # as `make migrate` does

    after = shell(PROJECT, env, SNAPSHOT)
    assert after == before
    checks = shell(PROJECT, env, NEW_CHECKS)
    assert checks == {
        "form_page": 200,
        "inquiries": 1,
        "attempts": 1,
        "submissions_via_orm": len(before["submissions"]),
    }
