from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    name = "accounts"
    verbose_name = _("Accounts")

    def ready(self):
        from allauth.account.models import EmailAddress
        from allauth.account.signals import email_confirmed
        from django.contrib.auth.signals import user_logged_in
        from django.db.models.signals import post_migrate, post_save

        from accounts import signals

        user_logged_in.connect(
            signals.shorten_staff_sessions, dispatch_uid="agir_staff_sessions"
        )
        post_migrate.connect(
            signals.sync_roles_after_migrate, dispatch_uid="agir_sync_roles"
        )
        # Every verified mailbox is claimed for the person who verified it
        # (accounts.services.claim_mailbox): the vote's one-person-one-ballot.
        post_save.connect(
            signals.claim_saved_mailbox,
            sender=EmailAddress,
            dispatch_uid="agir_claim_saved_mailbox",
        )
        email_confirmed.connect(
            signals.claim_confirmed_mailbox, dispatch_uid="agir_claim_confirmed"
        )
