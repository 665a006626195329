"""Forms for writing comments and reporting content."""

from django import forms
from django.utils.translation import gettext_lazy as _

from climate_site.forms import HoneypotMixin
from participation.comments.models import MAX_COMMENT_LENGTH
from participation.moderation import MAX_REPORT_DETAILS_LENGTH, ReportReason


class CommentForm(HoneypotMixin, forms.Form):
    body = forms.CharField(
        label=_("Your comment"),
        max_length=MAX_COMMENT_LENGTH,
        help_text=_("Plain text, up to 1,000 characters. Links become clickable."),
        widget=forms.Textarea(attrs={"rows": 4, "maxlength": MAX_COMMENT_LENGTH}),
        error_messages={
            "required": _("Write your comment before sending it."),
            "max_length": _(
                "A comment has at most 1,000 characters (it has %(show_value)d)."
            ),
        },
    )

    def clean_body(self):
        body = self.cleaned_data["body"].strip()
        if not body:
            raise forms.ValidationError(_("Write your comment before sending it."))
        return body


class ReportForm(HoneypotMixin, forms.Form):
    reason = forms.ChoiceField(
        label=_("Why are you reporting this?"),
        choices=ReportReason.choices,
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose a reason.")},
    )
    details = forms.CharField(
        label=_("Details (optional)"),
        required=False,
        max_length=MAX_REPORT_DETAILS_LENGTH,
        help_text=_(
            "Up to 500 characters. Moderators read them; they are not published."
        ),
        widget=forms.Textarea(
            attrs={"rows": 3, "maxlength": MAX_REPORT_DETAILS_LENGTH}
        ),
        error_messages={
            "max_length": _(
                "Details have at most 500 characters (they have %(show_value)d)."
            ),
        },
    )


class BlockAuthorForm(forms.Form):
    reason = forms.CharField(label=_("Reason given to the author"), max_length=500)
    days = forms.IntegerField(
        label=_("Days"),
        required=False,
        min_value=1,
        max_value=3650,
        help_text=_("Leave empty to block for good."),
    )
