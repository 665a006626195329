"""The pledge form: which action, where the resident lives, and, without an
account, a postcode and the email address the confirmation goes to."""

import re

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from climate_plan.models import Neighbourhood
from climate_site.forms import HoneypotMixin, IdChoiceField
from pledges.models import PledgeAction
from pledges.queries import reader_language

POSTCODE = re.compile(r"[0-9]{5}")
OUTSIDE = "outside"


class ActionChoiceField(IdChoiceField):
    titles = {}  # {source pk: title in the reader's language}

    def label_from_instance(self, obj):
        return self.titles.get(obj.pk, obj.title)


def translated_titles(actions):
    """{source pk: title in the active language} in one query."""
    keys = dict(actions.values_list("translation_key", "pk"))
    return {
        keys[key]: title
        for key, title in PledgeAction.objects.filter(
            locale__language_code=reader_language(), translation_key__in=keys
        ).values_list("translation_key", "title")
    }


class PledgeForm(HoneypotMixin, forms.Form):
    action = ActionChoiceField(
        label=_("I pledge to"),
        queryset=None,
        widget=forms.RadioSelect,
        empty_label=None,
        error_messages={"required": _("Choose what you pledge to do.")},
    )
    neighbourhood = forms.ChoiceField(
        label=_("Where do you live?"),
        error_messages={"required": _("Choose your neighbourhood.")},
    )
    postcode = forms.CharField(
        label=_("Postcode"),
        max_length=5,
        required=False,
        widget=forms.TextInput(
            attrs={"inputmode": "numeric", "autocomplete": "postal-code"}
        ),
    )
    email = forms.EmailField(
        label=_("Email address"),
        required=False,
        max_length=254,
        help_text=_(
            "We send you a link to confirm your pledge: it counts once confirmed. "
            "Your address is not kept, only a code that stands for it, so that "
            "each person pledges once."
        ),
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )

    def __init__(self, *args, actions, anonymous, **kwargs):
        super().__init__(*args, **kwargs)
        self.anonymous = anonymous
        self.fields["action"].queryset = actions
        self.fields["action"].titles = translated_titles(actions)
        self.fields["neighbourhood"].choices = [
            ("", _("Choose…")),
            *((n.slug, n.name) for n in Neighbourhood.objects.order_by("name")),
            (OUTSIDE, _("I live outside the city")),
        ]
        if anonymous:
            self.fields["postcode"].required = True
            self.fields["postcode"].error_messages["required"] = _(
                "Enter your postcode."
            )
            self.fields["email"].required = True
            self.fields["email"].error_messages["required"] = _(
                "Enter your email address: the confirmation link goes there."
            )
        else:
            del self.fields["postcode"]
            del self.fields["email"]

    def clean_postcode(self):
        postcode = self.cleaned_data.get("postcode", "").replace(" ", "")
        if postcode and not POSTCODE.fullmatch(postcode):
            raise forms.ValidationError(_("A postcode is five digits, like 94200."))
        return postcode

    def clean(self):
        data = super().clean()
        postcode = data.get("postcode")
        city_postcodes = settings.AGIR_CITY_POSTCODES
        if (
            self.anonymous
            and postcode
            and data.get("neighbourhood") not in (None, "", OUTSIDE)
            and city_postcodes
            and postcode not in city_postcodes
        ):
            self.add_error(
                "postcode",
                _(
                    "This postcode is not the city's (%(postcodes)s): check it, "
                    "or choose “I live outside the city”."
                )
                % {"postcodes": ", ".join(city_postcodes)},
            )
        return data

    def chosen_neighbourhood(self):
        slug = self.cleaned_data["neighbourhood"]
        if slug == OUTSIDE:
            return None
        return Neighbourhood.objects.filter(slug=slug).first()
