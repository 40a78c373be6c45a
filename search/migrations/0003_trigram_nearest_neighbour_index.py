"""A GiST trigram index instead of the GIN one: it answers "the terms nearest to this word" (ORDER BY
term <-> 'word') without a similarity threshold. PostgreSQL only."""

from django.db import migrations

OLD_INDEX = "search_searchterm_term_trgm"
INDEX = "search_searchterm_term_trgm_gist"


def create_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {OLD_INDEX}")
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {INDEX} ON search_searchterm USING gist (term gist_trgm_ops)"
        )


def drop_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")
        schema_editor.execute(f"CREATE INDEX IF NOT EXISTS {OLD_INDEX} ON search_searchterm USING gin (term gin_trgm_ops)")


class Migration(migrations.Migration):
    dependencies = [("search", "0002_trigram_index")]

    operations = [migrations.RunPython(create_index, drop_index)]
