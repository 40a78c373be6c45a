"""A configured machine translator that cannot load would break wagtail-localize's editor: say so at start."""

from django.conf import settings
from django.core.checks import Error, register
from django.utils.module_loading import import_string


@register()
def machine_translator_loads(app_configs, **kwargs):
    config = settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR
    if config is None:
        return []
    try:
        import_string(config["CLASS"])
    except ImportError as error:
        return [
            Error(
                f"The machine translator {config['CLASS']} cannot be loaded: {error}",
                hint="Install its client (Google: pip install google-cloud-translate) or unset MACHINE_TRANSLATOR.",
                id="editorial.E001",
            )
        ]
    return []
