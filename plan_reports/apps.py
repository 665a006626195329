from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PlanReportsConfig(AppConfig):
    name = "plan_reports"
    verbose_name = _("Reports per period")
