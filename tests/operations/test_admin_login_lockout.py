"""Admin sign-in under brute force: django-axes locks the pair (user name, client address) for a cool-off."""

from datetime import timedelta

import pytest
from axes.models import AccessAttempt
from django.contrib.auth import get_user_model
from django.test import override_settings
from django.utils import timezone

LOGIN = "/admin/login/"
OFFICE = "203.0.113.10"  # the agency's one NAT address
ELSEWHERE = "198.51.100.7"
PASSWORD = "correct horse battery staple"


@pytest.fixture
def editor():
    return get_user_model().objects.create_user("nino", password=PASSWORD, is_staff=True, is_superuser=True)


def sign_in(client, username, password, address, language="en"):
    return client.post(
        LOGIN,
        {"username": username, "password": password},
        REMOTE_ADDR=address,
        HTTP_ACCEPT_LANGUAGE=language,
    )


def fail_until_locked(client, username, address):
    for _attempt in range(5):
        sign_in(client, username, "wrong password", address)


@pytest.fixture(autouse=True)
def _five_failures_and_half_an_hour():
    with override_settings(AXES_FAILURE_LIMIT=5, AXES_COOLOFF_TIME=timedelta(minutes=30)):
        yield


def test_five_wrong_passwords_lock_the_user_from_that_address_even_with_the_right_password(client, editor):
    fail_until_locked(client, "nino", OFFICE)

    response = sign_in(client, "nino", PASSWORD, OFFICE)

    assert response.status_code == 429
    assert "_auth_user_id" not in client.session
    assert "Try again in 30 minutes, or ask an administrator to unlock the account." in response.text


def test_four_wrong_passwords_then_the_right_one_signs_in(client, editor):
    for _attempt in range(4):
        sign_in(client, "nino", "wrong password", OFFICE)

    response = sign_in(client, "nino", PASSWORD, OFFICE)

    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(editor.pk)


def test_a_wrong_user_name_typed_behind_the_office_address_locks_no_one_else_out(client, editor):
    fail_until_locked(client, "nnino", OFFICE)  # a colleague's typo, or a bot guessing names

    response = sign_in(client, "nino", PASSWORD, OFFICE)

    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(editor.pk)


def test_a_user_locked_from_one_address_still_signs_in_from_another(client, editor):
    fail_until_locked(client, "nino", ELSEWHERE)

    response = sign_in(client, "nino", PASSWORD, OFFICE)

    assert response.status_code == 302


def test_the_lock_ends_after_the_cool_off_from_settings(client, editor):
    fail_until_locked(client, "nino", OFFICE)
    assert sign_in(client, "nino", PASSWORD, OFFICE).status_code == 429

    AccessAttempt.objects.update(attempt_time=timezone.now() - timedelta(minutes=31))

    assert sign_in(client, "nino", PASSWORD, OFFICE).status_code == 302


@pytest.mark.parametrize(
    ("language", "message"),
    [
        ("ka", "სცადეთ ხელახლა 30 წუთში ან სთხოვეთ ადმინისტრატორს ანგარიშის განბლოკვა."),
        ("ru", "Попробуйте снова через 30 минут или попросите администратора разблокировать учётную запись."),
    ],
)
def test_the_lockout_page_speaks_the_visitors_language(client, editor, language, message):
    fail_until_locked(client, "nino", OFFICE)

    response = sign_in(client, "nino", PASSWORD, OFFICE, language=language)

    assert response.status_code == 429
    assert f'<html lang="{language}">' in response.text
    assert message in response.text


def test_behind_nginx_the_lock_keys_on_the_address_nginx_saw_not_on_nginx(client, editor):
    with override_settings(NUMBER_OF_PROXIES=1):
        for _attempt in range(5):
            client.post(
                LOGIN,
                {"username": "nino", "password": "wrong password"},
                REMOTE_ADDR="127.0.0.1",
                HTTP_X_FORWARDED_FOR=ELSEWHERE,
            )
        response = client.post(
            LOGIN, {"username": "nino", "password": PASSWORD}, REMOTE_ADDR="127.0.0.1", HTTP_X_FORWARDED_FOR=OFFICE
        )

    assert response.status_code == 302
    assert set(AccessAttempt.objects.values_list("ip_address", flat=True)) == {ELSEWHERE}
