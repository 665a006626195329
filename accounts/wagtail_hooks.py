from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from accounts import admin_views, data_export, rules
from accounts.choosers import committee_account_chooser
from home.admin_menu import RuleMenuItem

admin_urlpatterns = (
    [
        path("", admin_views.index, name="index"),
        path("<int:pk>/block/", admin_views.block, name="block"),
        path("<int:pk>/unblock/", admin_views.unblock, name="unblock"),
    ],
    "accounts_admin",
)


@hooks.register("register_admin_urls")
def register_account_admin_urls():
    return [path("accounts/blocks/", include(admin_urlpatterns))]


@hooks.register("register_admin_viewset")
def register_committee_account_chooser():
    return committee_account_chooser


@hooks.register("register_admin_menu_item")
def register_blocked_accounts_menu_item():
    return RuleMenuItem(
        _("Blocked accounts"),
        reverse("accounts_admin:index"),
        icon_name="lock",
        order=900,
        rule=rules.can_block_accounts,
    )


@hooks.register("register_log_actions")
def register_account_log_actions(actions):
    actions.register_action("accounts.block", _("Block account"), _("Account blocked"))
    actions.register_action(
        "accounts.unblock", _("Unblock account"), _("Account unblocked")
    )


@hooks.register("register_account_data_exporters", order=-100)
def account_exporters():
    """The profile and email addresses open the "Download my data" document."""
    return {
        "profile": data_export.profile,
        "email_addresses": data_export.email_addresses,
    }
