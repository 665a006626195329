"""Admin forms of the plan."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from climate_plan import rules


class ActionUpdateForm(WagtailAdminModelForm):
    """Offers only the actions the signed-in person may update, and checks again
    on save (a forged action id is refused, not silently accepted)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "action" in self.fields:
            self.fields["action"].queryset = rules.updatable_actions(self.for_user)
            self.fields["action"].widget = forms.Select(
                choices=self.fields["action"].choices
            )

    def clean_action(self):
        action = self.cleaned_data["action"]
        if not rules.can_add_action_update(self.for_user, action):
            raise forms.ValidationError(
                _("You may only add updates to the actions your committee monitors.")
            )
        return action

    def save(self, commit=True):
        if self.instance.author_id is None and self.for_user is not None:
            self.instance.author = self.for_user
        return super().save(commit=commit)
