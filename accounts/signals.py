"""Signal handlers of the accounts app (connected in AccountsConfig.ready)."""

from django.apps import apps as global_apps
from django.contrib.auth.management import create_permissions

from accounts import services
from accounts.middleware import start_staff_session
from accounts.roles import sync_roles
from accounts.validators import is_staff_account


def shorten_staff_sessions(sender, request, user, **kwargs):
    if request is not None and hasattr(request, "session") and is_staff_account(user):
        start_staff_session(request)


def sync_roles_after_migrate(sender, **kwargs):
    """Grant new permissions to the roles once every app has its permissions.

    post_migrate is sent once per app that has models, in INSTALLED_APPS order;
    act on the last one, when every app's permissions exist.
    """
    with_models = [
        c for c in global_apps.get_app_configs() if c.models_module is not None
    ]
    if with_models and sender is with_models[-1]:
        # Our receiver may run before auth's for this last app: create its
        # permissions first (idempotent).
        create_permissions(sender, verbosity=0, using=kwargs.get("using", "default"))
        sync_roles()


def _claim(email_address):
    person_key = services.claim_mailbox(email_address.user_id, email_address.email)
    # The account loaded with the address (allauth saves it next) learns its key.
    if person_key and type(email_address).user.is_cached(email_address):
        email_address.user.person_key = person_key


def claim_saved_mailbox(sender, instance, **kwargs):
    """An address saved verified (allauth's flows, the admin, the demo, tests)."""
    if instance.verified and instance.user_id:
        _claim(instance)


def claim_confirmed_mailbox(sender, email_address, **kwargs):
    """An address confirmed (allauth also sends this after verifying elsewhere)."""
    if email_address.verified and email_address.user_id:
        _claim(email_address)
