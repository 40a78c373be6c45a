"""The groups' rights on the catalogue's and the news' translatable snippets (categories, villages,
news topics, development-plan goals and actions), which arrived after the groups were made."""

from django.db import migrations

from editorial.migrations._rights import give_snippet_rights

SNIPPETS = [
    ("products", "category"),
    ("products", "village"),
    ("news", "newstopic"),
    ("news", "plangoal"),
    ("news", "planaction"),
]


def give_catalogue_and_news_rights(apps, schema_editor):
    give_snippet_rights(apps, SNIPPETS)


class Migration(migrations.Migration):
    dependencies = [
        ("editorial", "0001_editorial_groups"),
        ("products", "0001_initial"),
        ("news", "0003_clearer_field_names"),
    ]

    operations = [migrations.RunPython(give_catalogue_and_news_rights, migrations.RunPython.noop)]
