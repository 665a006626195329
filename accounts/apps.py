from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    name = "accounts"
    verbose_name = _("Accounts")

    def ready(self):
        from django.contrib.auth.signals import user_logged_in
        from django.db.models.signals import post_migrate

        from accounts import signals

        user_logged_in.connect(
            signals.shorten_staff_sessions, dispatch_uid="agir_staff_sessions"
        )
        post_migrate.connect(
            signals.sync_roles_after_migrate, dispatch_uid="agir_sync_roles"
        )
