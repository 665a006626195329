"""Forms of the grouping screens. They validate; the services write."""

from django import forms
from django.utils.translation import gettext_lazy as _

from climate_plan.models import ObjectivePage, ThemePage
from participation.grouping.models import GroupingSuggestion
from participation.models import ProposalCall
from participation.proposals.forms import source_locale

MAX_CLUSTERS = 100


class RunForm(forms.Form):
    call = forms.ModelChoiceField(
        label=_("Call for proposals"), queryset=ProposalCall.objects.all()
    )
    clusters = forms.IntegerField(
        label=_("Number of groups"),
        required=False,
        min_value=2,
        max_value=MAX_CLUSTERS,
        help_text=_("Leave empty to let the tool choose."),
    )
    include_grouped = forms.BooleanField(
        label=_("Include proposals already linked to an objective"),
        required=False,
    )


class AcceptForm(forms.Form):
    objective = forms.ModelChoiceField(
        label=_("An existing objective"),
        queryset=ObjectivePage.objects.none(),
        required=False,
        help_text=_("Or leave empty and create a draft objective below."),
    )
    title = forms.CharField(
        label=_("Title of a new draft objective"), required=False, max_length=255
    )
    theme = forms.ModelChoiceField(
        label=_("Theme of the new objective"),
        queryset=ThemePage.objects.none(),
        required=False,
    )

    def __init__(self, *args, suggestion, **kwargs):
        kwargs.setdefault(
            "initial", {"title": suggestion.label, "theme": suggestion.theme}
        )
        super().__init__(*args, **kwargs)
        locale = source_locale()
        self.fields["objective"].queryset = ObjectivePage.objects.filter(
            locale=locale
        ).order_by("path")
        self.fields["theme"].queryset = ThemePage.objects.filter(
            locale=locale
        ).order_by("path")

    def clean(self):
        data = super().clean()
        if not data.get("objective") and not (
            (data.get("title") or "").strip() and data.get("theme")
        ):
            raise forms.ValidationError(
                _("Choose an existing objective, or give a title and a theme.")
            )
        return data


class RenameForm(forms.Form):
    label = forms.CharField(
        label=_("Name"),
        max_length=GroupingSuggestion._meta.get_field("label").max_length,
    )


class SplitForm(forms.Form):
    proposals = forms.ModelMultipleChoiceField(
        label=_("Proposals to move to a new suggestion"),
        queryset=GroupingSuggestion.objects.none(),
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": _("Tick the proposals to move.")},
    )

    def __init__(self, *args, suggestion, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["proposals"].queryset = suggestion.proposals.all()


class MergeForm(forms.Form):
    other = forms.ModelChoiceField(
        label=_("Merge with"), queryset=GroupingSuggestion.objects.none()
    )

    def __init__(self, *args, suggestion, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["other"].queryset = GroupingSuggestion.objects.filter(
            run_id=suggestion.run_id, state=GroupingSuggestion.State.OPEN
        ).exclude(pk=suggestion.pk)


ACTION_FORMS = {
    "accept": AcceptForm,
    "rename": RenameForm,
    "split": SplitForm,
    "merge": MergeForm,
    "reject": None,
}


def suggestion_forms(suggestion, data=None, action=None):
    """The forms of one suggestion; only the posted one is bound. Ids are
    prefixed by the suggestion, so many suggestions share one page."""
    built = {}
    for name, form_class in ACTION_FORMS.items():
        if form_class is None:
            continue
        kwargs = {"auto_id": f"s{suggestion.pk}-{name}-%s"}
        if name != "rename":
            kwargs["suggestion"] = suggestion
        else:
            kwargs["initial"] = {"label": suggestion.label}
        built[name] = form_class(data if action == name else None, **kwargs)
    return built
