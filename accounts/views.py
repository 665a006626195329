"""The resident's own pages: my account, download my data, delete my account."""

from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from accounts import rules, services
from accounts.data_export import export_user_data_json
from accounts.forms import DeleteAccountForm, PreferencesForm
from accounts.sections import render_sections
from accounts.validators import PSEUDONYM_TAKEN


@login_required
@require_http_methods(["GET", "POST"])
def my_account(request):
    user = request.user
    form = PreferencesForm(request.POST or None, instance=user)
    if request.method == "POST":
        if form.is_valid():
            try:
                services.update_profile(
                    user, **{name: form.cleaned_data[name] for name in form.Meta.fields}
                )
            except services.PseudonymTaken:
                form.add_error("display_name", PSEUDONYM_TAKEN)
            else:
                messages.success(request, _("Your preferences are saved."))
                return redirect("accounts:my_account")
        status = 400
    else:
        status = 200
    context = {
        "form": form,
        "sections": render_sections(request, user),
        "has_verified_email": rules.has_verified_email(user),
        "is_blocked": rules.is_blocked(user),
    }
    return TemplateResponse(request, "accounts/my_account.html", context, status=status)


@login_required
@require_http_methods(["GET", "POST"])
def download_my_data(request):
    """The signed-in person's own data; there is no way to ask for someone else's."""
    response = HttpResponse(
        export_user_data_json(request.user),
        content_type="application/json; charset=utf-8",
    )
    stamp = timezone.localdate().isoformat()
    response["Content-Disposition"] = (
        f'attachment; filename="agir-my-data-{stamp}.json"'
    )
    return response


@login_required
@require_http_methods(["GET", "POST"])
def delete_my_account(request):
    form = DeleteAccountForm(request.POST or None, user=request.user)
    if request.method == "POST" and form.is_valid():
        services.delete_account(request.user)
        logout(request)
        return redirect("accounts:deleted")
    status = 400 if request.method == "POST" else 200
    return TemplateResponse(
        request, "accounts/delete_account.html", {"form": form}, status=status
    )


def account_deleted(request):
    return TemplateResponse(request, "accounts/account_deleted.html", {})
