from django.apps import AppConfig


class ResultancyConfig(AppConfig):
    name = "resultancy"
    default_auto_field = "django.db.models.BigAutoField"
