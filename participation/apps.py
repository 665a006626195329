from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ParticipationConfig(AppConfig):
    name = "participation"
    verbose_name = _("Participation")

    def ready(self):
        from participation import account_data
        from participation.proposals.search import register_search_source

        register_search_source()
        account_data.register()
