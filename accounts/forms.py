"""Forms of the account pages."""

from django import forms
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms.auth import LoginForm as WagtailLoginForm

from accounts import rules
from accounts.identity import normalised_email
from accounts.services import PROFILE_FIELDS, PseudonymTaken, update_profile
from accounts.validators import validate_pseudonym
from climate_site.forms import IdChoiceField
from home.typography import format_date


def clean_pseudonym(value, user=None):
    """A pseudonym as stored, or a form error (accounts.validators)."""
    try:
        return validate_pseudonym(value or "", user=user)
    except ValidationError as error:
        raise forms.ValidationError(error.messages[0], code=error.code) from error


class SignupForm(forms.Form):
    """The extra fields of allauth's sign-up form: a pseudonym, a neighbourhood.

    allauth adds email and password fields and calls `signup()` once the user
    exists (ACCOUNT_SIGNUP_FORM_CLASS).
    """

    display_name = forms.CharField(
        label=_("Public pseudonym"),
        max_length=60,
        help_text=_("Shown beside your contributions. Your email is never shown."),
        widget=forms.TextInput(attrs={"autocomplete": "nickname"}),
    )
    neighbourhood = IdChoiceField(
        label=_("Neighbourhood (optional)"),
        queryset=None,
        required=False,
        empty_label=_("I prefer not to say"),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        from climate_plan.models import Neighbourhood

        self.fields["neighbourhood"].queryset = Neighbourhood.objects.all()

    def clean_display_name(self):
        return clean_pseudonym(self.cleaned_data["display_name"])

    def signup(self, request, user):
        user.email = normalised_email(user.email)
        user.neighbourhood = self.cleaned_data.get("neighbourhood")
        user.preferred_language = getattr(request, "LANGUAGE_CODE", "")
        user.save()
        try:
            update_profile(user, display_name=self.cleaned_data["display_name"])
        except PseudonymTaken:
            # Taken by someone else since the check: the account shows as
            # "Participant" until its owner picks another on their account page.
            pass


class PreferencesForm(forms.ModelForm):
    """What a resident may change on their account page."""

    preferred_language = forms.ChoiceField(
        label=_("Language of the emails we send you"),
        choices=[("", _("The language I use on the site")), *settings.LANGUAGES],
        required=False,
    )

    class Meta:
        model = get_user_model()
        fields = PROFILE_FIELDS
        labels = {"display_name": _("Public pseudonym")}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["display_name"].required = True
        self.fields["neighbourhood"].empty_label = _("I prefer not to say")

    def clean_display_name(self):
        return clean_pseudonym(self.cleaned_data["display_name"], user=self.instance)


class DeleteAccountForm(forms.Form):
    """Deleting an account asks for its password, so a borrowed session cannot."""

    password = forms.CharField(
        label=_("Your password"),
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user

    def clean_password(self):
        password = self.cleaned_data["password"]
        if not self.user.check_password(password):
            raise forms.ValidationError(_("This is not your password."))
        return password


class BlockForm(forms.Form):
    """A moderator blocks an account, for a period or until unblocked."""

    until = forms.DateField(
        label=_("Blocked until (optional)"),
        required=False,
        help_text=_("Leave empty to block until a moderator unblocks the account."),
        widget=forms.DateInput(attrs={"type": "date"}),
    )
    reason = forms.CharField(
        label=_("Reason, shown to the person"),
        max_length=500,
        widget=forms.Textarea(attrs={"rows": 3}),
    )


class AdminLoginForm(WagtailLoginForm):
    """The admin's sign-in form, which also refuses blocked accounts and says why."""

    def confirm_login_allowed(self, user):
        super().confirm_login_allowed(user)
        if rules.is_blocked(user):
            if rules.block_is_permanent(user):
                message = _("A moderator blocked your account until further notice.")
            else:
                message = _("A moderator blocked your account until %(until)s.") % {
                    "until": format_date(user.blocked_until)
                }
            raise forms.ValidationError(message, code="blocked")
