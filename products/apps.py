from django.apps import AppConfig


class ProductsConfig(AppConfig):
    name = "products"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import facts  # noqa: F401  (connects the receiver that shares facts between translations)
