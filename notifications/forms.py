"""Forms of the follow buttons and of the email preferences page."""

from django import forms
from django.utils.translation import gettext_lazy as _

from notifications.models import Frequency, Kind

FIELD_LABELS = {
    Kind.REPLIES: _("Replies to my comments and comments on my proposals"),
    Kind.STATUS: _("Status changes of my proposals and of what I follow"),
    Kind.NEWS: _("News of what I follow (updates, comments)"),
}


class FrequencyForm(forms.Form):
    """How often, for each kind of email."""

    def __init__(self, *args, initial_frequencies=None, **kwargs):
        super().__init__(*args, **kwargs)
        for kind in Kind:
            self.fields[kind.value] = forms.ChoiceField(
                label=FIELD_LABELS[kind],
                choices=Frequency.choices,
                initial=(initial_frequencies or {}).get(kind),
            )

    def frequencies(self):
        return {kind: self.cleaned_data[kind.value] for kind in Kind}


class FollowForm(forms.Form):
    """A follow button: what (`proposal:<reference>` or `page:<id>`), follow
    or stop, and where to go back to."""

    target = forms.RegexField(regex=r"^(proposal:[A-Za-z0-9-]{1,20}|page:[0-9]{1,18})$")
    action = forms.ChoiceField(choices=[("follow", "follow"), ("unfollow", "unfollow")])
    next = forms.CharField(required=False, max_length=2000)
