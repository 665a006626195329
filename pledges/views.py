"""Pledge HTTP: the block's form handler and the confirmation link."""

from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from accounts.rules import can_contribute
from climate_site.client import client_address, rate_limit_identity
from climate_site.ratelimit import allow
from pledges import services
from pledges.blocks import OUTCOME_PARAMETER
from pledges.forms import PledgeForm
from pledges.queries import source_actions

RATE_LIMIT, RATE_PERIOD = 10, 10 * 60  # per network address


def outcome_url(page, block_id, outcome):
    return f"{page.url}?{OUTCOME_PARAMETER}={outcome}#pledge-{block_id}-outcome"


def language():
    return (get_language() or "fr").split("-")[0]


def pledge(request, page, block):
    """POST of a PledgeBlock: validate, then pledge with the account, or send
    the confirmation link to the address given; the outcome replaces the form."""
    user = request.user
    anonymous = not user.is_authenticated
    form = PledgeForm(request.POST, actions=source_actions(), anonymous=anonymous)
    if form.is_spam():  # robots learn nothing: thanked, nothing recorded
        return redirect(outcome_url(page, block.id, "check_email"))
    identity = rate_limit_identity(client_address(request))
    if not allow("pledge", identity, RATE_LIMIT, RATE_PERIOD):
        form.add_error(
            None,
            _("Many pledges were sent from here just now. Please wait ten minutes."),
        )
        return page.render_with_bound_form(request, block.id, form, status=429)
    if not anonymous and not can_contribute(user):
        form.add_error(
            None, _("Please confirm your account's email address first, then pledge.")
        )
        return page.render_with_bound_form(request, block.id, form, status=403)
    if not form.is_valid():
        return page.render_with_bound_form(request, block.id, form)
    action = form.cleaned_data["action"]
    if anonymous:
        services.request_pledge(
            email=form.cleaned_data["email"],
            action=action,
            neighbourhood=form.chosen_neighbourhood(),
            postcode=form.cleaned_data["postcode"],
            language=language(),
        )
        return redirect(outcome_url(page, block.id, "check_email"))
    try:
        services.pledge_with_account(
            user=user,
            action=action,
            neighbourhood=form.chosen_neighbourhood(),
            language=language(),
        )
    except services.AlreadyPledged as error:
        form.add_error("action", error.message)
        return page.render_with_bound_form(request, block.id, form, status=409)
    return redirect(outcome_url(page, block.id, "counted"))


def confirm(request, token):
    """The link of the confirmation email: a button (mail scanners open links,
    they do not press buttons), then the outcome."""
    context = {"token": token, "state": "ask"}
    status = 200
    if request.method == "POST":
        try:
            context["pledge"] = services.confirm_pledge(token)
            context["state"] = "counted"
        except services.AlreadyPledged as error:
            context.update(state="refused", message=error.message)
            status = 409
        except services.InvalidLink as error:
            context.update(state="refused", message=error.message)
            status = 400
    return TemplateResponse(request, "pledges/confirm.html", context, status=status)
