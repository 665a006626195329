"""Moderators' admin pages: find an account, block it for a while, unblock it."""

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from accounts import rules, services
from accounts.forms import BlockForm


def _require_moderator(request):
    if not rules.can_block_accounts(request.user):
        raise PermissionDenied


def _accounts(request):
    """Every account but oneself and tombstones; `rules.can_block` says which
    of them this person may act on."""
    return (
        get_user_model()
        .objects.filter(deleted_at__isnull=True)
        .exclude(pk=request.user.pk)
        .prefetch_related("groups")
    )


def _refuse(request, account):
    messages.error(
        request,
        _(
            "You cannot block or unblock %(name)s: only an administrator acts on "
            "staff accounts, and nobody on an account with a role equal to or "
            "above their own."
        )
        % {"name": account.public_name},
    )
    return redirect("accounts_admin:index")


def index(request):
    _require_moderator(request)
    query = request.GET.get("q", "").strip()
    accounts = _accounts(request)
    if query:
        accounts = accounts.filter(
            Q(email__icontains=query) | Q(display_name__icontains=query)
        )
    else:
        accounts = accounts.filter(blocked_until__isnull=False)
    return TemplateResponse(
        request,
        "accounts/admin/index.html",
        {
            "page_title": _("Blocked accounts"),
            "header_icon": "lock",
            "query": query,
            "accounts": [
                (account, rules.can_block(request.user, account))
                for account in accounts.order_by("display_name", "email")[:50]
            ],
        },
    )


def block(request, pk):
    _require_moderator(request)
    account = get_object_or_404(_accounts(request), pk=pk)
    if not rules.can_block(request.user, account):
        return _refuse(request, account)
    form = BlockForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.block_user(
                account,
                until=form.cleaned_data["until"],
                reason=form.cleaned_data["reason"],
                by=request.user,
            )
        except services.NotAllowed:
            return _refuse(request, account)
        messages.success(
            request, _("%(name)s is blocked.") % {"name": account.public_name}
        )
        return redirect("accounts_admin:index")
    return TemplateResponse(
        request,
        "accounts/admin/block.html",
        {
            "page_title": _("Block an account"),
            "header_icon": "lock",
            "account": account,
            "form": form,
        },
    )


@require_POST
def unblock(request, pk):
    _require_moderator(request)
    account = get_object_or_404(_accounts(request), pk=pk)
    try:
        services.unblock_user(account, by=request.user)
    except services.NotAllowed:
        return _refuse(request, account)
    messages.success(
        request, _("%(name)s is unblocked.") % {"name": account.public_name}
    )
    return redirect("accounts_admin:index")
