"""Password rules (residents need 10 characters, staff 12) and pseudonym rules
(no hidden characters, no look-alike of a reserved name or of another
account's pseudonym)."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from accounts.identity import (
    has_hidden_characters,
    normalised_pseudonym,
    pseudonym_skeleton,
)


def is_staff_account(user):
    """Staff are those who reach the admin: staff flag, superuser or any role."""
    if user is None:
        return False
    if getattr(user, "is_staff", False) or getattr(user, "is_superuser", False):
        return True
    return bool(getattr(user, "pk", None)) and user.groups.exists()


class RoleAwareMinimumLengthValidator:
    """A minimum length that is longer for staff accounts than for residents."""

    def __init__(self, resident_min_length=10, staff_min_length=12):
        self.resident_min_length = resident_min_length
        self.staff_min_length = staff_min_length

    def min_length_for(self, user):
        if is_staff_account(user):
            return self.staff_min_length
        return self.resident_min_length

    def validate(self, password, user=None):
        min_length = self.min_length_for(user)
        if len(password) < min_length:
            raise ValidationError(
                ngettext(
                    "This password is too short. It must contain at least %(min_length)d character.",
                    "This password is too short. It must contain at least %(min_length)d characters.",
                    min_length,
                )
                % {"min_length": min_length},
                code="password_too_short",
                params={"min_length": min_length},
            )

    def get_help_text(self):
        return _(
            "Your password must contain at least %(resident)d characters "
            "(%(staff)d for staff accounts)."
        ) % {"resident": self.resident_min_length, "staff": self.staff_min_length}


PSEUDONYM_MAX_LENGTH = 60
PSEUDONYM_TAKEN = gettext_lazy(
    "This pseudonym, or one that looks the same, is already used. "
    "Please choose another."
)

# Names that would pass for the site, the city or its staff, in any language
# (with the labels the site itself shows, added below in each language).
RESERVED_NAMES = [
    "Admin",
    "Administrateur",
    "Administratrice",
    "Administration",
    "Administrator",
    "Administrador",
    "Agir",
    "Modération",
    "Modérateur",
    "Modératrice",
    "Moderation",
    "Moderator",
    "Moderador",
    "Moderación",
    "Modération de la Ville",
    "La Ville",
    "Ville",
    "Mairie",
    "Ville d'Ivry",
    "Mairie d'Ivry",
    "Ivry-sur-Seine",
    "Ville d'Ivry-sur-Seine",
    "Staff",
    "Équipe",
    "Support",
]


def reserved_pseudonym_keys():
    """Skeletons of the reserved names and of the site's own labels."""
    names = list(RESERVED_NAMES)
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            names += [
                _("Participant"),
                _("Deleted participant"),
                _("Anonymous resident"),
            ]
    return {pseudonym_skeleton(name) for name in names} - {""}


def validate_pseudonym(value, user=None):
    """The pseudonym to store (NFKC, single spaces), or a ValidationError.

    Refused: control, zero-width, bidi or invisible characters; a name
    without letters or digits; one longer than 60 characters once normalised;
    a look-alike of a reserved name; a look-alike of another account's
    pseudonym (`user` is the account it is for, which may keep its own).
    """
    from django.contrib.auth import get_user_model

    if has_hidden_characters(value):
        raise ValidationError(
            _(
                "Your pseudonym contains invisible or control characters (such as "
                "zero-width spaces or text-direction marks). Please type it again "
                "without them."
            ),
            code="pseudonym_hidden_characters",
        )
    value = normalised_pseudonym(value)
    key = pseudonym_skeleton(value)
    if not key:
        raise ValidationError(
            _("A pseudonym needs at least one letter or digit."),
            code="pseudonym_empty",
        )
    if len(value) > PSEUDONYM_MAX_LENGTH:
        raise ValidationError(
            _("A pseudonym has at most %(max)d characters.")
            % {"max": PSEUDONYM_MAX_LENGTH},
            code="pseudonym_too_long",
        )
    if key in reserved_pseudonym_keys():
        raise ValidationError(
            _("This pseudonym is reserved. Please choose another."),
            code="pseudonym_reserved",
        )
    others = get_user_model().objects.filter(pseudonym_key=key)
    if user is not None and user.pk:
        others = others.exclude(pk=user.pk)
    if others.exists():
        raise ValidationError(str(PSEUDONYM_TAKEN), code="pseudonym_taken")
    return value
