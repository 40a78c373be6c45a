"""`manage.py backup_site` (`make backup`): the database and the media folder, in one folder under BACKUP_ROOT."""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from core.backups import BackupError, back_up


class Command(BaseCommand):
    help = "Back up the database (pg_dump custom format, or a SQLite copy) and the media folder."

    def add_arguments(self, parser):
        parser.add_argument("--output", default=settings.BACKUP_ROOT, help="folder for backups (BACKUP_ROOT)")

    def handle(self, *args, output, **options):
        try:
            folder = back_up(settings.DATABASES["default"], settings.MEDIA_ROOT, output)
        except BackupError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(str(folder))
