"""Editors see what visitors searched for in vain, per language, in the admin's reports."""

import json

from django.contrib.auth.models import Group
from django.utils import translation

from search.models import UnansweredQuery


def editor(django_user_model):
    user = django_user_model.objects.create_user("tamar", "tamar@example.org", "a-long-password-1")
    user.groups.add(Group.objects.get(name="Editors"))
    return user


def test_an_editor_sees_searches_without_results_most_frequent_first(client, django_user_model, search):
    search("ru", "бананы", counted=True)
    search("ru", "бананы", counted=True)
    search("en", "avocado", counted=True)
    client.force_login(editor(django_user_model))
    response = client.get("/admin/reports/searches-without-results/")
    assert response.status_code == 200
    html = response.content.decode()
    assert html.index("бананы") < html.index("avocado")
    assert UnansweredQuery.objects.get(query_string="бананы").hits == 2
    translation.activate("ka")


def test_the_report_is_in_the_reports_menu_and_filters_by_language(client, django_user_model, search):
    search("ru", "бананы", counted=True)
    search("en", "avocado", counted=True)
    client.force_login(editor(django_user_model))
    menu = client.get("/admin/").content.decode()
    assert "searches-without-results" in menu or json.dumps("Searches without results")[1:-1] in menu
    html = client.get("/admin/reports/searches-without-results/", {"language": "en"}).content.decode()
    assert "avocado" in html and "бананы" not in html
    translation.activate("ka")
