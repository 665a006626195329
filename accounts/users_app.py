"""Wagtail's user admin with our user forms (listed in INSTALLED_APPS instead of
"wagtail.users"). Kept apart from apps.py so that module keeps one AppConfig."""

from wagtail.users.apps import WagtailUsersAppConfig


class AccountsUsersConfig(WagtailUsersAppConfig):
    user_viewset = "accounts.admin_users.UserViewSet"
