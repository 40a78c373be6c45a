"""`manage.py restore_site` (`make restore`): a backup into a fresh database and an empty media folder, checked."""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from core.backups import BackupError, latest_backup, restore


class Command(BaseCommand):
    help = (
        "Restore a backup folder (default: the newest under BACKUP_ROOT) into a fresh database and an empty media "
        "folder, then check every table's row count and that every image and rendition has its file."
    )

    def add_arguments(self, parser):
        parser.add_argument("backup", nargs="?", help="backup folder (default: the newest under BACKUP_ROOT)")
        parser.add_argument("--database-url", required=True, help="the fresh database, e.g. postgres://…/agrofarm2")
        parser.add_argument("--media-root", default=settings.MEDIA_ROOT, help="an empty folder (MEDIA_ROOT)")

    def handle(self, *args, backup, database_url, media_root, **options):
        try:
            folder = backup or latest_backup(settings.BACKUP_ROOT)
            summary = restore(folder, database_url, media_root)
        except BackupError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(
            f"restored {folder}: {summary['rows']} rows in {summary['tables']} tables, {summary['media_files']} "
            f"media files; all {summary['image_files']} images and renditions have their files"
        )
