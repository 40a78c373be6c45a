import json

import pytest
from django.core.management import call_command
from django.utils import translation
from wagtail.users.models import UserProfile


@pytest.mark.parametrize(("language", "phrase"), [("ru", "Панель управления"), ("en", "Dashboard")])
def test_editor_uses_the_admin_in_the_language_they_choose(client, django_user_model, language, phrase):
    editor = django_user_model.objects.create_superuser("nino", "nino@example.org", "a-long-password-1")
    profile = UserProfile.get_for_user(editor)
    profile.preferred_language = language
    profile.save()
    client.force_login(editor)
    response = client.get("/admin/")
    assert response.status_code == 200
    assert f'<html lang="{language}"' in response.content.decode()
    html = response.content.decode()
    # The admin menu is sent as JSON, where Cyrillic appears \u-escaped.
    assert phrase in html or json.dumps(phrase)[1:-1] in html
    translation.activate("ka")


def test_admin_offers_english_russian_and_georgian(client, django_user_model):
    editor = django_user_model.objects.create_superuser("giorgi", "giorgi@example.org", "a-long-password-1")
    client.force_login(editor)
    html = client.get("/admin/account/").content.decode()
    for name in ("English", "Русский", "ქართული"):
        assert name in html


def test_first_run_creates_one_admin_and_prints_its_login_once(capsys, django_user_model, settings, tmp_path):
    from home.management.commands import ensure_local_admin

    ensure_local_admin.LOGIN_FILE = tmp_path / "login.txt"
    call_command("ensure_local_admin")
    first = capsys.readouterr().out
    assert "username: admin" in first and "password: " in first
    password = first.split("password: ")[1].split()[0]
    assert django_user_model.objects.get(username="admin").check_password(password)
    call_command("ensure_local_admin")
    assert capsys.readouterr().out == ""
    assert django_user_model.objects.filter(is_superuser=True).count() == 1
