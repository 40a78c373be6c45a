from django.apps import AppConfig


class ProductsConfig(AppConfig):
    name = "products"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import moderation  # noqa: F401  (connects the listing moderation receivers)
