from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from accounts import admin_views, rules

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


class ModeratorMenuItem(MenuItem):
    def is_shown(self, request):
        return rules.can_block_accounts(request.user)


@hooks.register("register_admin_menu_item")
def register_blocked_accounts_menu_item():
    return ModeratorMenuItem(
        _("Blocked accounts"),
        reverse("accounts_admin:index"),
        icon_name="lock",
        order=900,
    )


@hooks.register("register_log_actions")
def register_account_log_actions(actions):
    actions.register_action("accounts.block", _("Block account"), _("Account blocked"))
    actions.register_action(
        "accounts.unblock", _("Unblock account"), _("Account unblocked")
    )
