"""Password rules: residents need 10 characters, staff 12."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from django.utils.translation import ngettext


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
