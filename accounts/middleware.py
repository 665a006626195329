"""Session rules: staff sessions are short, blocked accounts are signed out."""

import time

from django.conf import settings
from django.contrib.auth import logout

from . import rules

STAFF_SESSION_KEY = "agir_staff_signed_in_at"


def staff_session_seconds():
    return getattr(settings, "AGIR_STAFF_SESSION_SECONDS", 4 * 60 * 60)


def start_staff_session(request):
    """Called at sign-in of a staff account: the session lasts a few hours at most."""
    request.session[STAFF_SESSION_KEY] = int(time.time())
    request.session.set_expiry(staff_session_seconds())


class AccountSessionMiddleware:
    """Ends a staff session after `AGIR_STAFF_SESSION_SECONDS` from sign-in, even if
    active, and signs out an account a moderator blocked meanwhile."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            started = request.session.get(STAFF_SESSION_KEY)
            expired = (
                started is not None and time.time() - started > staff_session_seconds()
            )
            if expired or rules.is_blocked(user):
                logout(request)
        return self.get_response(request)
