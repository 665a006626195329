"""Pledges in the admin (the actions to pledge, the pledges read-only) and
the handler of the pledge block's form."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.permission_policies.base import ModelPermissionPolicy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from pledges.models import Pledge, PledgeAction
from pledges.views import pledge


class PledgeActionViewSet(SnippetViewSet):
    model = PledgeAction
    icon = "success"
    menu_label = _("Pledge actions")
    list_display = ["title", "kg_co2e_per_year", "sort_order"]


class ReadOnly(ModelPermissionPolicy):
    """Pledges are made by residents only; staff read them."""

    def user_has_permission(self, user, action):
        return action == "view" and super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return "view" in actions and super().user_has_any_permission(user, ["view"])


class PledgeViewSet(SnippetViewSet):
    model = Pledge
    icon = "list-ul"
    menu_label = _("Pledges")
    list_display = ["action", "neighbourhood", "created_at", "confirmed_at"]
    list_filter = ["action", "neighbourhood"]
    ordering = ["-created_at"]
    inspect_view_enabled = True

    @property
    def permission_policy(self):
        return ReadOnly(self.model)


class PledgesGroup(ViewSetGroup):
    menu_label = _("Pledges")
    menu_icon = "success"
    menu_order = 270
    items = (PledgeActionViewSet, PledgeViewSet)


register_snippet(PledgesGroup)


@hooks.register("register_block_post_handlers")
def pledge_block_handlers():
    return {"pledge": pledge}
