"""Backups that restore: the database (pg_dump's custom format, or a SQLite copy) and the media folder.

A backup is a folder `agrofarm-<time>/` holding `database.dump` (or `database.sqlite3`), `media.tar.gz` and
`manifest.json`: the row count of every table, counted in the very snapshot the dump was taken from, and a
SHA-256 of each file. Restoring goes into a fresh database and an empty media folder only, then checks the
counts and that every image and rendition row has its file. Backups hold personal data: folders 0700, files 0600.
"""

import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import tarfile
import tempfile
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

import dj_database_url
from wagtail.images import get_image_model

DUMP, SQLITE_COPY, MEDIA, MANIFEST = "database.dump", "database.sqlite3", "media.tar.gz", "manifest.json"


class BackupError(Exception):
    """A backup or restore that cannot go on; the message says why and what to do."""


# Reading a database through a plain DB-API connection (the restored one is not Django's) ---------------------

def _postgres_connection(options, dbname=None):
    import psycopg2

    return psycopg2.connect(
        dbname=dbname or options["NAME"],
        user=options.get("USER") or None,
        password=options.get("PASSWORD") or None,
        host=options.get("HOST") or None,
        port=options.get("PORT") or None,
    )


def _postgres_environment(options):
    """libpq's variables for pg_dump / pg_restore, so no password appears on a command line."""
    env = {**os.environ}
    for variable, key in [("PGHOST", "HOST"), ("PGPORT", "PORT"), ("PGUSER", "USER"), ("PGPASSWORD", "PASSWORD")]:
        if options.get(key):
            env[variable] = str(options[key])
    return env


def _tables(cursor, vendor):
    if vendor == "postgresql":
        cursor.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename")
    else:
        cursor.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    return [row[0] for row in cursor.fetchall()]


def _quoted(name):
    return '"' + name.replace('"', '""') + '"'


def count_rows(cursor, vendor):
    """{table: rows} of every table of the project's schema."""
    counts = {}
    for table in _tables(cursor, vendor):
        cursor.execute(f"SELECT COUNT(*) FROM {_quoted(table)}")  # noqa: S608 - names read from the catalogue
        counts[table] = cursor.fetchone()[0]
    return counts


def media_files_named(cursor):
    """Paths (relative to MEDIA_ROOT) of every original image and rendition the database refers to."""
    image_model = get_image_model()
    rendition_model = image_model.get_rendition_model()
    paths = []
    for model in (image_model, rendition_model):
        cursor.execute(f"SELECT file FROM {_quoted(model._meta.db_table)}")  # noqa: S608
        paths += [row[0] for row in cursor.fetchall()]
    return paths


# Backup -------------------------------------------------------------------------------------------------------

def _sha256(path):
    digest = hashlib.sha256()
    with open(path, "rb") as file:
        for block in iter(lambda: file.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _private_folder(path):
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    path.chmod(0o700)
    return path


def _dump_postgres(options, target):
    """pg_dump in its custom format, from a snapshot exported by a transaction that counts the rows too."""
    connection = _postgres_connection(options)
    try:
        connection.set_session(isolation_level="REPEATABLE READ", readonly=True)
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_export_snapshot()")
            snapshot = cursor.fetchone()[0]
            counts = count_rows(cursor, "postgresql")
            result = subprocess.run(
                ["pg_dump", "--format=custom", "--no-owner", "--no-acl", f"--snapshot={snapshot}",
                 f"--file={target}", options["NAME"]],
                env=_postgres_environment(options),
                capture_output=True,
                text=True,
            )  # fmt: skip
        if result.returncode:
            raise BackupError(f"pg_dump failed: {result.stderr.strip()}")
    finally:
        connection.rollback()
        connection.close()
    return counts


def _copy_sqlite(options, target):
    source = sqlite3.connect(options["NAME"])
    copy = sqlite3.connect(target)
    try:
        source.backup(copy)
        return count_rows(copy.cursor(), "sqlite")
    finally:
        copy.close()
        source.close()


def _archive_media(media_root, target):
    """media_root's files, under media/ in a gzip tar; returns (files, bytes)."""
    files = size = 0
    with tarfile.open(target, "w:gz", compresslevel=6) as archive:
        archive.add(media_root, arcname="media", recursive=False)
        for path in sorted(Path(media_root).rglob("*")):
            if path.is_symlink() or not (path.is_file() or path.is_dir()):
                continue
            archive.add(path, arcname=f"media/{path.relative_to(media_root)}", recursive=False)
            if path.is_file():
                files, size = files + 1, size + path.stat().st_size
    return files, size


def back_up(database, media_root, output_root, now=None):
    """Write a backup of `database` (Django's settings dict) and media_root under output_root; returns its folder."""
    now = now or datetime.now().astimezone()
    folder = _private_folder(Path(output_root)) / f"agrofarm-{now:%Y%m%d-%H%M%S}"
    if folder.exists():
        raise BackupError(f"{folder} exists already")
    work = Path(tempfile.mkdtemp(prefix=f".{folder.name}-", dir=output_root))
    try:
        engine = database["ENGINE"]
        vendor = "postgresql" if "postgres" in engine else "sqlite" if "sqlite" in engine else None
        if vendor == "postgresql":
            database_file = DUMP
            counts = _dump_postgres(database, work / DUMP)
        elif vendor == "sqlite":
            database_file = SQLITE_COPY
            counts = _copy_sqlite(database, work / SQLITE_COPY)
        else:
            raise BackupError(f"backups cover PostgreSQL and SQLite, not {database['ENGINE']}")
        # After the database: every image row in the dump has its file in the archive (files are only added).
        media_files, media_bytes = _archive_media(Path(media_root), work / MEDIA)
        manifest = {
            "created_at": now.isoformat(timespec="seconds"),
            "vendor": vendor,
            "database_file": database_file,
            "tables": counts,
            "media_files": media_files,
            "media_bytes": media_bytes,
            "sha256": {name: _sha256(work / name) for name in (database_file, MEDIA)},
        }
        (work / MANIFEST).write_text(json.dumps(manifest, indent=2, sort_keys=True))
        for path in work.iterdir():
            path.chmod(0o600)
        work.rename(folder)  # a backup folder is complete or absent
    except BaseException:
        shutil.rmtree(work, ignore_errors=True)
        raise
    return folder


def latest_backup(output_root):
    backups = sorted(Path(output_root).glob("agrofarm-*/" + MANIFEST))
    if not backups:
        raise BackupError(f"no backup in {output_root} (make backup writes one)")
    return backups[-1].parent


# Restore ------------------------------------------------------------------------------------------------------

def read_manifest(folder):
    folder = Path(folder)
    try:
        manifest = json.loads((folder / MANIFEST).read_text())
    except FileNotFoundError:
        raise BackupError(f"{folder} is not a backup: it has no {MANIFEST}") from None
    for name, expected in manifest["sha256"].items():
        if _sha256(folder / name) != expected:
            raise BackupError(f"{folder / name} is damaged: its SHA-256 differs from the manifest's")
    return manifest


@contextmanager
def _cursor(target, vendor):
    connection = _postgres_connection(target) if vendor == "postgresql" else sqlite3.connect(target["NAME"])
    try:
        yield connection.cursor()
    finally:
        connection.close()


def _fresh_postgres(target):
    """Create the target database, or accept an existing one without tables; refuse one that holds data."""
    admin = _postgres_connection(target, dbname="postgres")
    admin.autocommit = True
    try:
        with admin.cursor() as cursor:
            cursor.execute("SELECT 1 FROM pg_database WHERE datname = %s", [target["NAME"]])
            if not cursor.fetchone():
                cursor.execute(f"CREATE DATABASE {_quoted(target['NAME'])}")
                return
    finally:
        admin.close()
    with _cursor(target, "postgresql") as cursor:
        if _tables(cursor, "postgresql"):
            raise BackupError(f"database {target['NAME']} has tables: restore goes into a fresh database only")


def _restore_database(folder, manifest, target):
    vendor = "postgresql" if "postgres" in target["ENGINE"] else "sqlite"
    if vendor != manifest["vendor"]:
        raise BackupError(f"this backup is of a {manifest['vendor']} database; the target is {vendor}")
    if vendor == "postgresql":
        _fresh_postgres(target)
        result = subprocess.run(
            ["pg_restore", "--no-owner", "--no-acl", "--exit-on-error", f"--dbname={target['NAME']}",
             str(folder / DUMP)],
            env=_postgres_environment(target),
            capture_output=True,
            text=True,
        )  # fmt: skip
        if result.returncode:
            raise BackupError(f"pg_restore failed: {result.stderr.strip()}")
    else:
        path = Path(target["NAME"])
        if path.exists() and path.stat().st_size:
            raise BackupError(f"{path} exists: restore goes into a fresh database only")
        path.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(folder / SQLITE_COPY, path)
    return vendor


def _restore_media(folder, media_root):
    media_root = Path(media_root)
    if media_root.exists() and any(media_root.iterdir()):
        raise BackupError(f"{media_root} is not empty: restore goes into an empty media folder only")
    media_root.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=media_root.parent, prefix=".restore-") as work:
        with tarfile.open(folder / MEDIA) as archive:
            archive.extractall(work, filter="data")  # no absolute paths, links out or devices
        for path in (Path(work) / "media").iterdir():
            path.rename(media_root / path.name)


def restore(folder, database_url, media_root):
    """Restore backup `folder` into the fresh database at database_url and the empty media_root, then check it.

    Returns a summary {tables, rows, media_files, image_files}; raises BackupError on any difference.
    """
    folder = Path(folder)
    manifest = read_manifest(folder)
    target = dj_database_url.parse(database_url)
    vendor = _restore_database(folder, manifest, target)
    _restore_media(folder, media_root)
    with _cursor(target, vendor) as cursor:
        counts = count_rows(cursor, vendor)
        image_files = media_files_named(cursor)
    different = {
        table: (rows, counts.get(table)) for table, rows in manifest["tables"].items() if counts.get(table) != rows
    }
    if different:
        raise BackupError(f"restored row counts differ from the backup's (table: backup, restored): {different}")
    missing = [path for path in image_files if not (Path(media_root) / path).is_file()]
    if missing:
        raise BackupError(f"{len(missing)} images or renditions have no file after the restore, e.g. {missing[:3]}")
    return {
        "tables": len(counts),
        "rows": sum(counts.values()),
        "media_files": manifest["media_files"],
        "image_files": len(image_files),
    }
