"""The admin's user forms, with the public pseudonym; names become optional
(residents give none, only a pseudonym)."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.users.forms import UserCreationForm, UserEditForm
from wagtail.users.views.users import UserViewSet as WagtailUserViewSet

from accounts.forms import clean_pseudonym


class PseudonymFieldsMixin(forms.Form):
    display_name = forms.CharField(
        label=_("Public pseudonym"), max_length=60, required=False
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in ("first_name", "last_name"):
            if name in self.fields:
                self.fields[name].required = False

    def clean_display_name(self):
        """Staff pseudonyms follow the residents' rules, look-alikes included;
        an empty one stays allowed (the account then shows as "Participant")."""
        value = self.cleaned_data.get("display_name", "")
        if not value:
            return ""
        return clean_pseudonym(value, user=self.instance)


class AccountUserCreationForm(PseudonymFieldsMixin, UserCreationForm):
    class Meta(UserCreationForm.Meta):
        fields = UserCreationForm.Meta.fields | {"display_name"}


class AccountUserEditForm(PseudonymFieldsMixin, UserEditForm):
    class Meta(UserEditForm.Meta):
        fields = UserEditForm.Meta.fields | {"display_name"}


class UserViewSet(WagtailUserViewSet):
    def get_form_class(self, for_update=False):
        return AccountUserEditForm if for_update else AccountUserCreationForm
