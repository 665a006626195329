"""allauth hooks: blocked accounts are told why they cannot sign in."""

from allauth.account.adapter import DefaultAccountAdapter
from django.template.response import TemplateResponse

from accounts import rules


class AccountAdapter(DefaultAccountAdapter):
    def pre_login(self, request, user, **kwargs):
        if rules.is_blocked(user):
            from allauth.account.internal.stagekit import clear_login

            clear_login(request)
            return TemplateResponse(
                request, "account/blocked.html", {"blocked_user": user}, status=403
            )
        return super().pre_login(request, user, **kwargs)
