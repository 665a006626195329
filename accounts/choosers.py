"""The admin's account picker: committee pages link a member to an account.

It lists the accounts in the "Committee members" group, searched by email or
pseudonym, and shows both, since two people may share a pseudonym. Only those
who may edit pages (who edit committee pages) may open it.
"""

from django import forms
from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms.choosers import BaseFilterForm
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic import chooser as chooser_views
from wagtail.admin.viewsets.chooser import ChooserViewSet
from wagtail.admin.widgets import BaseChooser
from wagtail.permissions import page_permission_policy

from accounts.roles import COMMITTEE_MEMBERS


def account_label(user):
    return f"{user.public_name} <{user.email}>"


class AccountSearchForm(BaseFilterForm):
    q = forms.CharField(
        label=_("Email or pseudonym"),
        max_length=254,
        required=False,
        widget=forms.TextInput(attrs={"placeholder": _("Email or pseudonym")}),
    )

    def filter(self, objects):
        objects = super().filter(objects)
        query = self.cleaned_data.get("q", "").strip()
        if query:
            objects = objects.filter(
                Q(email__icontains=query) | Q(display_name__icontains=query)
            )
            self.is_searching = True
            self.search_query = query
        return objects


class AccountChooserMixin:
    filter_form_class = AccountSearchForm
    ordering = ["display_name", "email"]

    def dispatch(self, request, *args, **kwargs):
        if not page_permission_policy.user_has_any_permission(
            request.user, ["add", "change"]
        ):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_object_list(self):
        return (
            self.model_class.objects.filter(
                groups__name=COMMITTEE_MEMBERS, is_active=True, deleted_at=None
            )
            .distinct()
            .only("pk", "email", "display_name", "deleted_at")
        )

    @property
    def columns(self):
        return [self.title_column, Column("email", label=_("Email"))]


class ChooseAccountView(AccountChooserMixin, chooser_views.ChooseView):
    pass


class ChooseAccountResultsView(AccountChooserMixin, chooser_views.ChooseResultsView):
    pass


class ChosenAccountView(AccountChooserMixin, chooser_views.ChosenView):
    def get_object(self, pk):
        return self.get_object_list().get(pk=pk)

    def get_display_title(self, instance):
        return account_label(instance)


class AccountChooserWidgetBase(BaseChooser):
    def get_display_title(self, instance):
        return account_label(instance)


class CommitteeAccountChooserViewSet(ChooserViewSet):
    model = "accounts.User"
    icon = "user"
    choose_one_text = _("Choose an account")
    choose_another_text = _("Choose another account")
    page_title = _("Choose a committee member's account")
    per_page = 20
    register_widget = False  # other links to accounts keep their own widgets
    base_widget_class = AccountChooserWidgetBase
    choose_view_class = ChooseAccountView
    choose_results_view_class = ChooseAccountResultsView
    chosen_view_class = ChosenAccountView


committee_account_chooser = CommitteeAccountChooserViewSet("committee_account_chooser")
