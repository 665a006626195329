"""Session rules: staff sessions are short, blocked accounts are signed out,
account pages are never cached."""

import time

from django.conf import settings
from django.contrib.auth import logout
from django.utils.cache import add_never_cache_headers

from accounts import rules

STAFF_SESSION_KEY = "agir_staff_signed_in_at"


def staff_session_seconds():
    return getattr(settings, "AGIR_STAFF_SESSION_SECONDS", 4 * 60 * 60)


def start_staff_session(request):
    """Called at sign-in of a staff account: the session lasts a few hours at most."""
    request.session[STAFF_SESSION_KEY] = int(time.time())


class AccountSessionMiddleware:
    """Ends a staff session when the browser closes or `AGIR_STAFF_SESSION_SECONDS`
    after sign-in, whichever comes first, and signs out an account a moderator
    blocked meanwhile. Residents keep Django's longer SESSION_COOKIE_AGE."""

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
        response = self.get_response(request)
        self._cap_staff_cookie(request)
        match = getattr(request, "resolver_match", None)
        if match is not None and (match.url_name or "").startswith("account_"):
            # allauth's pages carry a CSRF token even for visitors (sign-in,
            # reset): never let a shared cache keep one.
            add_never_cache_headers(response)
        return response

    @staticmethod
    def _cap_staff_cookie(request):
        # After the view: sign-in forms set their own expiry ("remember me").
        # A staff cookie never outlives the browser; the server-side limit
        # above ends the session after a few hours even if the browser stays.
        session = getattr(request, "session", None)
        if session is None or session.get(STAFF_SESSION_KEY) is None:
            return
        if not session.get_expire_at_browser_close():
            session.set_expiry(0)
