"""The site's own error views, where Django's default would lose the site's look."""

from django.shortcuts import render
from django.views.decorators.csrf import requires_csrf_token


@requires_csrf_token
def bad_request(request, exception):
    """400: a request the site cannot read (too many fields, too large, forged).

    Django's default renders 400.html without the request, which the site's
    templates need (navigation, language links); this renders it with it.
    """
    return render(request, "400.html", status=400)
