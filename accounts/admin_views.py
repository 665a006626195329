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


def _blockable_accounts(request):
    """Residents and staff below administrators; never oneself nor a tombstone."""
    return (
        get_user_model()
        .objects.filter(is_superuser=False, deleted_at__isnull=True)
        .exclude(pk=request.user.pk)
    )


def index(request):
    _require_moderator(request)
    query = request.GET.get("q", "").strip()
    accounts = _blockable_accounts(request)
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
            "accounts": accounts.order_by("display_name", "email")[:50],
        },
    )


def block(request, pk):
    _require_moderator(request)
    account = get_object_or_404(_blockable_accounts(request), pk=pk)
    form = BlockForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        services.block_user(
            account,
            until=form.cleaned_data["until"],
            reason=form.cleaned_data["reason"],
            by=request.user,
        )
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
    account = get_object_or_404(_blockable_accounts(request), pk=pk)
    services.unblock_user(account, by=request.user)
    messages.success(
        request, _("%(name)s is unblocked.") % {"name": account.public_name}
    )
    return redirect("accounts_admin:index")
