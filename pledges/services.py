"""Every write of pledges, one transaction each.

Once per person and per pledge action: an account pledges once (unique
account and action), an email address once (unique keyed hash and action
among confirmed pledges). Both are enforced by the database, so two
simultaneous posts cannot both succeed.
"""

from django.core import signing
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _

from climate_site.emails import send_site_email
from climate_site.site_host import base_url
from pledges.identity import identity_of
from pledges.models import Pledge

CONFIRM_SALT = "agir.pledges.confirm"
CONFIRM_MAX_AGE = 3 * 24 * 60 * 60  # a link works three days


class PledgeError(Exception):
    message = ""

    def __init__(self, message=None):
        super().__init__(message or self.message)
        self.message = message or self.message


class AlreadyPledged(PledgeError):
    message = _("You have already made this pledge. Thank you!")


class InvalidLink(PledgeError):
    message = _(
        "This confirmation link is not valid or has expired. Please pledge again."
    )


@transaction.atomic
def pledge_with_account(*, user, action, neighbourhood, language):
    """Record and count at once the pledge of a resident with a verified
    account. Raises AlreadyPledged when the account, or its email address
    pledged anonymously, already made it."""
    try:
        with transaction.atomic():
            return Pledge.objects.create(
                action=action,
                neighbourhood=neighbourhood,
                user=user,
                identity=identity_of(user.email),
                language=language,
                confirmed_at=timezone.now(),
            )
    except IntegrityError as error:
        raise AlreadyPledged from error


def confirmation_token(pledge):
    return signing.dumps(pledge.pk, salt=CONFIRM_SALT)


def request_pledge(*, email, action, neighbourhood, postcode, language):
    """Record an anonymous pledge, not counted yet, and email its confirmation
    link to `email`, which is not kept (only its keyed hash): the email is
    sent from here, once the pledge is saved, rather than queued with the
    address. The answer never says whether the address already pledged: the
    email does, to its owner."""
    identity = identity_of(email)
    context = {"action": action.localized}
    with transaction.atomic():
        context["already"] = Pledge.objects.filter(
            action=action, identity=identity, confirmed_at__isnull=False
        ).exists()
        if not context["already"]:
            pledge = Pledge.objects.create(
                action=action,
                neighbourhood=neighbourhood,
                postcode=postcode,
                identity=identity,
                language=language,
            )
    if not context["already"]:
        with translation.override(language):
            path = reverse("pledges:confirm", args=[confirmation_token(pledge)])
        context["url"] = base_url() + path
    send_site_email(email, "pledges/emails/confirm", context, language=language)


@transaction.atomic
def confirm_pledge(token):
    """Count the anonymous pledge this link names. Confirming twice is
    harmless; raises InvalidLink for a forged or expired link, AlreadyPledged
    when the same address confirmed the same pledge from another link."""
    try:
        pk = signing.loads(token, salt=CONFIRM_SALT, max_age=CONFIRM_MAX_AGE)
    except signing.BadSignature as error:
        raise InvalidLink from error
    pledge = Pledge.objects.select_for_update().filter(pk=pk).first()
    if pledge is None:
        raise InvalidLink
    if pledge.confirmed_at is None:
        pledge.confirmed_at = timezone.now()
        try:
            with transaction.atomic():
                pledge.save(update_fields=["confirmed_at"])
        except IntegrityError as error:
            raise AlreadyPledged from error
    return pledge
