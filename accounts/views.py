from django.contrib.auth.decorators import login_required
from django.template.response import TemplateResponse


@login_required
def my_account(request):
    return TemplateResponse(request, "accounts/my_account.html", {})
