"""Follow buttons, the email preferences page and the one-click unsubscribe.
Thin: form → service → redirect."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods, require_POST
from wagtail.models import Page

from home.translations import localized_pages
from notifications import queries, services
from notifications.forms import FIELD_LABELS, FollowForm, FrequencyForm
from notifications.models import Follow
from notifications.tokens import BadToken, read_token


def _target(value):
    kind, _sep, key = value.partition(":")
    if kind == "page":
        page = Page.objects.filter(pk=key).first()
        return page.specific if page else None
    from participation.models import Proposal

    return (
        Proposal.objects.select_related("status").filter(reference=key.upper()).first()
    )


def _back(request, next_url, target):
    if next_url and url_has_allowed_host_and_scheme(
        next_url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return redirect(next_url + "#follow")
    url = target.url if isinstance(target, Page) else target.get_absolute_url()
    return redirect((url or "/") + "#follow")


@login_required
@require_POST
def follow(request):
    """Follow or stop following a proposal or plan page, then go back to it."""
    form = FollowForm(request.POST)
    target = _target(form.data.get("target", "")) if form.is_valid() else None
    if target is None:
        raise Http404
    if form.cleaned_data["action"] == "unfollow":
        services.unfollow(request.user, target)
        messages.success(request, _("You no longer follow this."))
        return _back(request, form.cleaned_data["next"], target)
    try:
        services.follow(request.user, target)
    except services.NotFollowable:
        messages.error(
            request,
            _(
                "This cannot be followed: confirm your email address first, or it is not public."
            ),
        )
    else:
        messages.success(
            request,
            _(
                "You follow this now. Choose how often we email you on your email preferences page."
            ),
        )
    return _back(request, form.cleaned_data["next"], target)


@login_required
@require_http_methods(["GET", "POST"])
def preferences(request):
    """How often each kind of email comes, and what the person follows."""
    user = request.user
    form = FrequencyForm(
        request.POST or None, initial_frequencies=queries.frequencies_of(user)
    )
    status = 200
    if request.method == "POST":
        if form.is_valid():
            services.set_frequencies(user, form.frequencies())
            messages.success(request, _("Your email preferences are saved."))
            return redirect("notifications:preferences")
        status = 400
    follows = list(Follow.objects.filter(user=user).select_related("proposal", "page"))
    return TemplateResponse(
        request,
        "notifications/preferences.html",
        {"form": form, "follows": _shown_follows(follows)},
        status=status,
    )


def _shown_follows(follows):
    pages = localized_pages([f.page for f in follows if f.page_id])
    shown = []
    for entry in follows:
        if entry.page_id:
            page = pages.get(entry.page_id, entry.page)
            shown.append(
                {
                    "title": page.title,
                    "url": page.url,
                    "target": f"page:{page.pk}",
                    "lang": page.locale.language_code,
                }
            )
        else:
            proposal = entry.proposal
            shown.append(
                {
                    "title": proposal.title,
                    "url": proposal.get_absolute_url(),
                    "target": f"proposal:{proposal.reference}",
                    "lang": proposal.language,
                }
            )
    return shown


@csrf_exempt  # the signed token is the credential (RFC 8058 one-click POST)
@never_cache
@require_http_methods(["GET", "POST"])
def unsubscribe(request, token):
    """GET shows what the link turns off and a button; only a POST (the
    button, or the mail client's one-click) turns it off: scanners that
    follow links change nothing."""
    try:
        user, kinds = read_token(token)
    except BadToken:
        return TemplateResponse(
            request, "notifications/unsubscribe_invalid.html", status=400
        )
    done = request.method == "POST"
    if done:
        services.unsubscribe(user, kinds)
    return TemplateResponse(
        request,
        "notifications/unsubscribe.html",
        {
            "kinds": [FIELD_LABELS[kind] for kind in kinds],
            "done": done,
        },
    )
