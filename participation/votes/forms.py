"""Forms of the vote: a ballot for one theme, a voting code, the admin's forms."""

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail.admin.forms import WagtailAdminModelForm

from participation.votes.rules import ranking_errors

RANK_LABELS = {1: _("1st choice"), 2: _("2nd choice"), 3: _("3rd choice")}

RANKING_MESSAGES = {
    "empty": _("Choose at least your first choice."),
    "gap": _(
        "Fill the ranks in order: this rank is empty while a later one is chosen."
    ),
    "duplicate": _(
        "This objective is already chosen at a higher rank: choose each one once."
    ),
    "foreign": _("This objective is not on the ballot of this theme."),
}


def ballot_prefix(campaign_theme):
    """The prefix of one theme's ballot fields, so several ballots share a page."""
    return f"ballot-{campaign_theme.pk}"


# Field names and ids are read as numbers only up to this many digits: Python
# would otherwise build (or refuse, with ValueError) a number of any length.
MAX_ID_DIGITS = 18


def posted_id(value):
    """A posted id (theme, objective) as an int, or None when it is not one.

    Only ASCII digits count ("²".isdigit() is true, int("²") is not), and no
    more than MAX_ID_DIGITS of them: ids come from a bigint column.
    """
    if (
        isinstance(value, str)
        and 0 < len(value) <= MAX_ID_DIGITS
        and value.isascii()
        and value.isdigit()
    ):
        return int(value)
    return None


def rank_positions(data, prefix):
    """(position, value) of every field `<prefix>N` posted, N as written.

    The position is None when N is not a plain rank number (no sign, no
    leading zero, a few digits): the caller counts it as a forged rank. Only
    the field names are read; nothing is built whose size the sender chooses.
    """
    for name, value in data.items():
        if not name.startswith(prefix):
            continue
        suffix = name[len(prefix) :]
        number = posted_id(suffix)
        yield (number if number and str(number) == suffix else None), value


def posted_ranking(data, campaign_theme):
    """[objective id, or None for a blank rank] as posted for this theme's ballot.

    Read without building the form, for the confirmation (the service checks
    the ranking itself). Ranks past the last chosen one are dropped. None when
    the form is one only a forgery sends: a rank that is not a number, or
    beyond the campaign's ranks (so the list is never longer than the ballot).
    """
    ranks = campaign_theme.campaign.ranks
    chosen = {}
    for position, value in rank_positions(
        data, f"{ballot_prefix(campaign_theme)}-rank_"
    ):
        if not value:
            continue
        option = posted_id(value)
        if position is None or position > ranks or option is None:
            return None
        chosen[position] = option
    return [chosen.get(position) for position in range(1, max(chosen, default=0) + 1)]


def rank_label(position):
    return RANK_LABELS.get(position) or _("Choice %(position)s") % {
        "position": position
    }


class BallotForm(forms.Form):
    """One theme's ballot: a <select> per rank, first choice first.

    Field names carry the campaign theme's id as prefix, so several ballots can
    live on one page and a posted ballot comes back into the right theme.
    """

    def __init__(self, campaign_theme, options, *args, **kwargs):
        """`options`: [(objective id, localised title)] in ballot order."""
        kwargs.setdefault("prefix", ballot_prefix(campaign_theme))
        kwargs.setdefault("auto_id", "vote-%s")
        super().__init__(*args, **kwargs)
        self.confirming = False
        self.campaign_theme = campaign_theme
        self.ranks = campaign_theme.campaign.ranks
        self.option_titles = dict(options)
        choices = [
            ("", _("— no choice —")),
            *((str(pk), title) for pk, title in options),
        ]
        for position in range(1, self.ranks + 1):
            self.fields[f"rank_{position}"] = forms.TypedChoiceField(
                label=rank_label(position),
                choices=choices,
                coerce=int,
                empty_value=None,
                required=False,
                error_messages={"invalid_choice": RANKING_MESSAGES["foreign"]},
            )

    def extra_ranks_posted(self):
        """Ranks beyond the campaign's, which only a forged form can send."""
        if not self.is_bound:
            return 0
        return sum(
            1
            for position, value in rank_positions(self.data, self.add_prefix("rank_"))
            if value and (position is None or position > self.ranks)
        )

    def clean(self):
        cleaned = super().clean()
        if self.errors:
            return cleaned
        ranking = [cleaned.get(f"rank_{p}") for p in range(1, self.ranks + 1)]
        if self.extra_ranks_posted():
            raise ValidationError(
                ngettext(
                    "A ballot ranks at most %(ranks)d objective.",
                    "A ballot ranks at most %(ranks)d objectives.",
                    self.ranks,
                )
                % {"ranks": self.ranks},
                code="too_many",
            )
        for position, code in ranking_errors(
            ranking, set(self.option_titles), self.ranks
        ):
            self.add_error(
                f"rank_{position}", ValidationError(RANKING_MESSAGES[code], code=code)
            )
        return cleaned

    def full_clean(self):
        super().full_clean()
        # Tie each invalid <select> to its message for screen readers.
        for name in self.errors:
            if name in self.fields:
                self.fields[name].widget.attrs.update(
                    {
                        "aria-invalid": "true",
                        "aria-describedby": f"{self[name].id_for_label}-error",
                    }
                )

    def ranking(self):
        """The chosen objective ids, first choice first (valid form only)."""
        values = [self.cleaned_data.get(f"rank_{p}") for p in range(1, self.ranks + 1)]
        return [value for value in values if value is not None]

    def option_ids(self):
        return list(self.option_titles)

    def ranking_with_titles(self):
        return [(pk, self.option_titles[pk]) for pk in self.ranking()]

    def error_list(self):
        """(field id, message) for the error summary, in page order; an error of
        the whole ballot links to its first rank, where a fix starts."""
        first = self[next(iter(self.fields))].id_for_label
        entries = [(first, message) for message in self.non_field_errors()]
        for name, field in self.fields.items():
            for message in self[name].errors:
                entries.append((self[name].id_for_label, f"{field.label}: {message}"))
        return entries


class VotingCodeForm(forms.Form):
    code = forms.CharField(
        label=_("Voting code"),
        max_length=40,
        help_text=_("As printed on your card, for example ABCD-EFGH-JKMN."),
        widget=forms.TextInput(
            attrs={
                "autocomplete": "off",
                "autocapitalize": "characters",
                "spellcheck": "false",
            }
        ),
    )


class GenerateCodesForm(forms.Form):
    number = forms.IntegerField(
        label=_("Number of codes"), min_value=1, max_value=5000, initial=100
    )


class CertifyForm(forms.Form):
    """Who certifies the count, with the commission's private key."""

    name = forms.CharField(
        label=_("Full name of the person certifying"),
        max_length=200,
        help_text=_("Shown with the results, for example the commission's chair."),
    )
    private_key = forms.CharField(
        label=_("The vote's private key"),
        max_length=200,
        widget=forms.Textarea(
            attrs={"rows": 2, "autocomplete": "off", "spellcheck": "false"}
        ),
        help_text=_("As handed to the commission when the keys were generated."),
    )
    confirm = forms.BooleanField(
        label=_(
            "I certify this count: its results and ballot file can never change afterwards."
        ),
    )


class ReceiptCheckForm(forms.Form):
    receipt = forms.CharField(
        label=_("Your receipt"),
        max_length=40,
        help_text=_("As shown when you voted, for example K7QF-2M9X-…"),
    )


class PaperBallotForm(BallotForm):
    """An agent's entry of a paper ballot; the paper's code when it carries one."""

    def __init__(self, campaign_theme, options, *args, **kwargs):
        kwargs.setdefault("prefix", "paper")
        super().__init__(campaign_theme, options, *args, **kwargs)
        if campaign_theme.campaign.allow_codes:
            self.fields["code"] = forms.CharField(
                label=_("Code printed on the paper ballot"),
                required=False,
                max_length=40,
            )


class VoteCampaignForm(WagtailAdminModelForm):
    """The campaign editor, which refuses rule changes once ballots are cast."""

    def clean(self):
        cleaned = super().clean()
        self.check_options_belong_to_their_theme()
        campaign = self.instance
        if campaign.pk is None or not campaign.has_ballots():
            return cleaned
        changed = [name for name in self.changed_data if name in campaign.FROZEN_FIELDS]
        formset = self.formsets.get("ballot_themes")
        if formset is not None and formset.has_changed():
            changed.append("ballot_themes")
        if changed:
            # The edit view logs the attempt (`refused_rule_changes`): forms never write.
            self.refused_rule_changes = changed
            raise ValidationError(
                _(
                    "Ballots have already been cast: the rules of this vote (dates, "
                    "themes, objectives, ranks, counting, who may vote, when results "
                    "show) can no longer change. Only the title may be edited; to end "
                    "the vote now, use “Close early” on its dashboard."
                ),
                code="frozen",
            )
        return cleaned

    def check_options_belong_to_their_theme(self):
        """Each theme on the ballot offers only its own objectives."""
        formset = self.formsets.get("ballot_themes")
        if formset is None or not formset.is_valid():
            return
        for form in formset.forms:
            data = getattr(form, "cleaned_data", None) or {}
            theme = data.get("theme")
            if theme is None or data.get("DELETE"):
                continue
            for objective in data.get("options") or []:
                if (
                    not objective.path.startswith(theme.path)
                    or objective.depth != theme.depth + 1
                ):
                    self.add_error(
                        None,
                        ValidationError(
                            _(
                                "“%(objective)s” is not an objective of the theme “%(theme)s”."
                            )
                            % {"objective": objective.title, "theme": theme.title},
                            code="foreign_option",
                        ),
                    )
