"""What a resident typed into a form that was refused before it could be read
(the session had expired, or the form's security token was stale): kept in
the session under the address the form posts to, so that after signing in
the same form offers it back, pre-filled.

Django keeps session data through sign-in (`login()` renews the session key,
it does not empty an anonymous session), so a text kept before signing in is
still there afterwards. Entries expire after a day; a few at most are kept.
"""

import time
from urllib.parse import quote, urlsplit

from django.contrib import messages
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _

SESSION_KEY = "agir_pending_posts"
MAX_AGE = 24 * 60 * 60
MAX_ENTRIES = 5
MAX_VALUE_LENGTH = 20_000
# The fields of the forms where residents write (proposals, comments,
# reports); nothing else is kept, passwords and ballots least of all.
KEPT_FIELDS = (
    "title",
    "text",
    "theme",
    "neighbourhood",
    "tags",
    "publish_pseudonym",
    "body",
    "reason",
    "details",
)
# The free text among them, shown back on the page that explains a refusal.
TEXT_FIELDS = ("title", "text", "body", "details")


def _key(action):
    """Entries are keyed by the path a form posts to, without its fragment."""
    return urlsplit(action).path


def _entries(request):
    session = getattr(request, "session", None)
    if session is None:
        return None
    now = time.time()
    entries = session.get(SESSION_KEY) or {}
    return {k: v for k, v in entries.items() if now - v.get("at", 0) < MAX_AGE}


def keep(request, action=None):
    """Keep what was posted to `action` (the request's own path by default).

    Returns the fields kept (empty when there was nothing worth keeping, or
    when robots filled the honeypot).
    """
    entries = _entries(request)
    if entries is None or request.method != "POST" or request.POST.get("website"):
        return {}
    data = {
        name: request.POST[name][:MAX_VALUE_LENGTH]
        for name in KEPT_FIELDS
        if request.POST.get(name, "").strip()
    }
    if not data:
        return {}
    entries[_key(action or request.path)] = {"at": time.time(), "data": data}
    newest = sorted(entries.items(), key=lambda item: item[1]["at"])[-MAX_ENTRIES:]
    request.session[SESSION_KEY] = dict(newest)
    return data


def texts(data):
    """The free text among kept fields, in form order."""
    return [data[name] for name in TEXT_FIELDS if data.get(name)]


def pending(request, action):
    """The fields kept for the form posting to `action`, or None."""
    entries = _entries(request) or {}
    entry = entries.get(_key(action))
    return dict(entry["data"]) if entry else None


def forget(request, action=None):
    """Drop what was kept for `action` once the form is sent."""
    session = getattr(request, "session", None)
    entries = (session.get(SESSION_KEY) if session is not None else None) or {}
    if _key(action or request.path) in entries:
        entries.pop(_key(action or request.path))
        session[SESSION_KEY] = entries


def sign_in_keeping(request, next_url):
    """Answer a post from a visitor who is not signed in (often: the session
    expired while they typed): keep the text, ask them to sign in, then lead
    them back to `next_url`, where the form offers it back."""
    if keep(request):
        messages.info(
            request,
            _(
                "Please sign in to send it. What you wrote is kept: you will find "
                "it in the form after signing in."
            ),
        )
    return redirect(f"{reverse('account_login')}?next={quote(next_url, safe='')}")
