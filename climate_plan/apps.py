from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ClimatePlanConfig(AppConfig):
    name = "climate_plan"
    verbose_name = _("Climate plan")
