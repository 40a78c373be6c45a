import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand

LOGIN_FILE = settings.BASE_DIR / ".local-admin-login.txt"


class Command(BaseCommand):
    help = "On a new local install, create an admin account and print its login once."

    def handle(self, *args, **options):
        User = get_user_model()
        if User.objects.filter(is_superuser=True).exists():
            return
        password = secrets.token_urlsafe(12)
        User.objects.create_superuser("admin", "admin@localhost", password)
        LOGIN_FILE.write_text(f"username: admin\npassword: {password}\n", encoding="utf-8")
        self.stdout.write(
            self.style.SUCCESS(
                "\nA local admin account was created for http://127.0.0.1:8000/admin/\n"
                f"    username: admin\n    password: {password}\n"
                f"(also saved in {LOGIN_FILE.name}, which git ignores; change it in the admin)\n"
            )
        )
