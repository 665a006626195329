"""Forms for proposals: the residents' form, the public filters, the staff forms."""

import re

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale

from climate_plan.models import Neighbourhood, ObjectivePage, ThemePage
from climate_site.converters import MAX_ID
from climate_site.forms import HoneypotMixin, IdChoiceField
from home.translations import localized_pages
from participation.models import (
    Channel,
    EventPage,
    Proposal,
    ProposalStatus,
)
from participation.proposals.models import (
    OFFLINE_CHANNELS,
    TEXT_MAX_LENGTH,
    TITLE_MAX_LENGTH,
)
from participation.proposals.queries import RANDOM_MODULUS
from participation.proposals.tags import validated_tags

TAGS_MAX_LENGTH = 200
SEED = re.compile(r"[0-9]{1,9}")


class DescribedFieldsMixin:
    """Link each input to its help text and error message for screen readers."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.describe_fields()

    def full_clean(self):
        super().full_clean()
        self.describe_fields()

    def describe_fields(self):
        errors = self._errors or {}
        for name, field in self.fields.items():
            # not self[name]: a bound field made now would freeze the label
            auto_id = self.auto_id % self.add_prefix(name) if self.auto_id else name
            ids = [f"{auto_id}-error"] if name in errors else []
            if field.help_text:
                ids.append(f"{auto_id}-help")
            if name in errors:
                field.widget.attrs["aria-invalid"] = "true"
            else:
                field.widget.attrs.pop("aria-invalid", None)
            if ids:
                field.widget.attrs["aria-describedby"] = " ".join(ids)


def source_locale():
    return Locale.get_default()


def source_themes(call=None):
    """The themes a proposal may point at: source-locale pages, the call's if any."""
    themes = ThemePage.objects.live().filter(locale=source_locale()).order_by("path")
    if call is not None and call.themes.exists():
        themes = themes.filter(pk__in=call.themes.values("pk"))
    return themes


class LocalizedTitleChoiceField(IdChoiceField):
    """Choices are source-locale pages; their labels are in the visitor's language
    (all translations read in one query, not one per choice)."""

    def label_from_instance(self, obj):
        titles = getattr(self, "_localized", None)
        if titles is None:
            titles = self._localized = localized_pages(list(self.queryset))
        return titles.get(obj.pk, obj).title

    def __deepcopy__(self, memo):
        copy = super().__deepcopy__(memo)
        copy._localized = None
        return copy


class ProposalForm(DescribedFieldsMixin, HoneypotMixin, forms.Form):
    """What a resident fills in on a page's proposal block.

    Labels come from the block (editable and translated with the page); the
    defaults below are used when a block leaves one empty.
    """

    title = forms.CharField(
        label=_("Title of your proposal"), max_length=TITLE_MAX_LENGTH
    )
    text = forms.CharField(
        label=_("Your proposal"),
        max_length=TEXT_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 8}),
        help_text=_("At most 3,000 characters."),
    )
    theme = LocalizedTitleChoiceField(
        label=_("Theme"),
        queryset=ThemePage.objects.none(),
        empty_label=_("Choose a theme"),
    )
    neighbourhood = IdChoiceField(
        label=_("Neighbourhood concerned (optional)"),
        queryset=Neighbourhood.objects.all(),
        required=False,
        empty_label=_("The whole city"),
    )
    tags = forms.CharField(
        label=_("Keywords (optional)"),
        max_length=TAGS_MAX_LENGTH,
        required=False,
        help_text=_("Separated by commas, at most five. For example: cycling, school."),
    )
    publish_pseudonym = forms.BooleanField(
        label=_("Show my public pseudonym beside my proposal"),
        required=False,
        help_text=_("Otherwise it is shown as from an anonymous resident."),
    )

    LABEL_FIELDS = {
        "title": "title_label",
        "text": "text_label",
        "theme": "theme_label",
        "neighbourhood": "neighbourhood_label",
        "tags": "tags_label",
        "publish_pseudonym": "consent_label",
    }

    def __init__(self, *args, call, labels=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.call = call
        self.fields["theme"].queryset = source_themes(call)
        for name, key in self.LABEL_FIELDS.items():
            if labels and labels.get(key):
                self.fields[name].label = labels[key]

    def clean_title(self):
        return " ".join(self.cleaned_data["title"].split())

    def clean_tags(self):
        return validated_tags(self.cleaned_data["tags"])


SORTS = [
    ("newest", _("Newest first")),
    ("supported", _("Most supported first")),
    ("random", _("Random order")),
]


class ProposalFilterForm(forms.Form):
    """The public index's filters; every field is optional, GET only."""

    q = forms.CharField(label=_("Words"), required=False, max_length=100)
    theme = LocalizedTitleChoiceField(
        label=_("Theme"),
        queryset=ThemePage.objects.none(),
        required=False,
        empty_label=_("All themes"),
    )
    status = forms.ModelChoiceField(
        label=_("Status"),
        queryset=ProposalStatus.objects.none(),
        required=False,
        empty_label=_("All statuses"),
        to_field_name="code",
    )
    channel = forms.ChoiceField(
        label=_("Channel"),
        choices=[("", _("All channels")), *Channel.choices],
        required=False,
    )
    neighbourhood = forms.ModelChoiceField(
        label=_("Neighbourhood"),
        queryset=Neighbourhood.objects.all(),
        required=False,
        empty_label=_("All neighbourhoods"),
        to_field_name="slug",
    )
    tag = forms.CharField(label=_("Keyword"), required=False, max_length=30)
    objective = forms.IntegerField(
        required=False, min_value=1, max_value=MAX_ID, widget=forms.HiddenInput
    )
    sort = forms.ChoiceField(label=_("Order"), choices=SORTS, required=False)
    # Text, not a number: a seed that is not one of the shuffle's is dropped
    # (a fresh one is drawn) instead of voiding every filter of the address.
    seed = forms.CharField(required=False, widget=forms.HiddenInput)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["theme"].queryset = source_themes()
        self.fields["status"].queryset = ProposalStatus.objects.filter(
            is_public=True
        ).prefetch_related("labels")
        self.fields["status"].label_from_instance = lambda status: status.label_in()

    def clean_seed(self):
        """The shuffle's seed, or None when absent or not one of the shuffle's."""
        seed = self.cleaned_data["seed"]
        if SEED.fullmatch(seed) and int(seed) < RANDOM_MODULUS:
            return int(seed)
        return None


class RejectForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason (sent to the author)"), widget=forms.Textarea(attrs={"rows": 4})
    )


class StatusForm(forms.Form):
    status = forms.ModelChoiceField(
        label=_("New status"), queryset=ProposalStatus.objects.all()
    )
    note = forms.CharField(
        label=_("Reason or note"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Required for statuses that need a reason."),
    )
    official_answer = forms.CharField(
        label=_("Official answer (public, sent to the author)"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 5}),
    )

    def clean(self):
        cleaned = super().clean()
        status = cleaned.get("status")
        if (
            status
            and status.requires_reason
            and not (
                cleaned.get("note", "").strip()
                or cleaned.get("official_answer", "").strip()
            )
        ):
            self.add_error("note", _("This status needs a reason."))
        return cleaned


class CorrectForm(forms.Form):
    title = forms.CharField(label=_("Title"), max_length=TITLE_MAX_LENGTH)
    text = forms.CharField(
        label=_("Text"),
        max_length=TEXT_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 8}),
    )
    note = forms.CharField(label=_("What was corrected"), required=False)


class MergeForm(forms.Form):
    into = forms.CharField(
        label=_("Reference of the proposal to keep"),
        max_length=20,
        help_text=_("For example P-2021-0042. This proposal will point to it."),
    )
    note = forms.CharField(label=_("Note"), required=False)

    def __init__(self, *args, proposal, **kwargs):
        super().__init__(*args, **kwargs)
        self.proposal = proposal

    def clean_into(self):
        reference = self.cleaned_data["into"].strip().upper()
        kept = Proposal.objects.filter(reference=reference).first()
        if kept is None:
            raise forms.ValidationError(_("No proposal has this reference."))
        if kept.pk == self.proposal.pk or kept.merged_into_id:
            raise forms.ValidationError(_("Choose another proposal to keep."))
        return kept


class GroupForm(forms.Form):
    objectives = forms.ModelMultipleChoiceField(
        label=_("Objectives"),
        queryset=ObjectivePage.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    note = forms.CharField(label=_("Note"), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["objectives"].queryset = ObjectivePage.objects.filter(
            locale=source_locale()
        ).order_by("path")


class OfflineProposalForm(forms.ModelForm):
    """What an agent writes down for a resident met offline."""

    tags = forms.CharField(
        label=_("Keywords"), required=False, max_length=TAGS_MAX_LENGTH
    )

    class Meta:
        model = Proposal
        fields = [
            "call",
            "channel",
            "event",
            "submitted_at",
            "theme",
            "neighbourhood",
            "title",
            "text",
            "tags",
            "language",
            "pseudonym",
            "contact",
        ]
        widgets = {"text": forms.Textarea(attrs={"rows": 8})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["channel"].choices = [(c.value, c.label) for c in OFFLINE_CHANNELS]
        self.fields["theme"].queryset = source_themes()
        self.fields["theme"].required = True
        self.fields["event"].queryset = EventPage.objects.filter(locale=source_locale())
        self.fields["submitted_at"].required = False
        self.fields["submitted_at"].help_text = _("Empty: the event's date, or now.")
        # The model's default is "now": shown here, it would be saved as the
        # date whatever the event, so the field starts empty.
        self.initial.pop("submitted_at", None)
        self.fields["submitted_at"].initial = None
        self.fields["submitted_at"].show_hidden_initial = False
        self.fields["pseudonym"].help_text = _(
            "Only if the resident agreed to be named publicly."
        )

    def clean_tags(self):
        return validated_tags(self.cleaned_data["tags"])


class ImportForm(forms.Form):
    call = forms.ModelChoiceField(label=_("Call for proposals"), queryset=None)
    file = forms.FileField(label=_("CSV or XLSX file"))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        from participation.models import ProposalCall

        self.fields["call"].queryset = ProposalCall.objects.all()
