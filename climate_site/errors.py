"""The site's own error views, where Django's default would lose the site's look."""

from django.shortcuts import render
from django.views.decorators.csrf import requires_csrf_token

from climate_site import pending


@requires_csrf_token
def bad_request(request, exception):
    """400: a request the site cannot read (too many fields, too large, forged).

    Django's default renders 400.html without the request, which the site's
    templates need (navigation, language links); this renders it with it.
    """
    return render(request, "400.html", status=400)


def csrf_failure(request, reason=""):
    """403 for a form whose security token is missing or stale (it was open
    in a tab while its visitor signed in or out elsewhere, or for a long time).

    Django's own page is unstyled English and loses what was typed; this one
    is the site's, in the reader's language, keeps the text of residents'
    forms in the session (see climate_site.pending) so the same form offers
    it back, and shows it here to copy.
    """
    try:
        kept = pending.keep(request)
    except OSError:  # the body could not be read at all
        kept = {}
    context = {
        "kept": bool(kept),
        "kept_texts": pending.texts(kept),
        # the form's own address: its GET leads back to the form
        "back": request.path if request.method == "POST" else "",
    }
    return render(request, "403_csrf.html", context, status=403)


def method_not_allowed(request, allowed):
    """405: a form's address opened as a page, or a page posted to."""
    response = render(request, "405.html", status=405)
    response["Allow"] = allowed
    return response


class ErrorPagesMiddleware:
    """Requests no view should read, and bare refusals, as pages of the site.

    A NUL in the address or the query string is refused with the 400 page
    before any view runs: PostgreSQL refuses NUL in any text it is given, so a
    view passing it on would fail. The 405 that Django's `require_POST` (and
    allauth) answer is an empty page; it gets the site's 405 page instead.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        query = request.META.get("QUERY_STRING", "")
        if "\x00" in request.path_info or "%00" in query or "\x00" in query:
            return bad_request(request, None)
        response = self.get_response(request)
        if response.status_code == 405 and not getattr(response, "content", b"x"):
            return method_not_allowed(request, response.get("Allow", ""))
        return response
