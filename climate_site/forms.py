"""Form pieces shared by every public form."""

import re

from django import forms
from django.utils.translation import gettext_lazy as _

from climate_site.converters import MAX_ID

DIGITS = re.compile(r"[0-9]+")


class HoneypotMixin(forms.Form):
    """A field people never see nor fill; robots do. Check `is_spam()`.

    The template renders it inside an element with the `honeypot` class
    (off-screen, `aria-hidden`, no tab stop).
    """

    website = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )

    def is_spam(self):
        return bool(self.data.get(self.add_prefix("website")))


class IdChoiceField(forms.ModelChoiceField):
    """A choice of object by id; a number no id column holds is an invalid
    choice, as any unknown id is (SQLite would fail on it instead)."""

    def to_python(self, value):
        if (
            self.to_field_name is None
            and isinstance(value, str)
            and DIGITS.fullmatch(value.strip())
            and int(value) > MAX_ID
        ):
            raise forms.ValidationError(
                self.error_messages["invalid_choice"], code="invalid_choice"
            )
        return super().to_python(value)
