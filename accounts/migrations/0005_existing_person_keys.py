"""Give every existing account with a verified address its person key and claims.

Until now an account voted under HMAC(secret, "email:" + its current address,
trimmed and lower-cased): the who-voted register already holds those keys.
The simplest correct choice is to keep them: an existing account's person key
is that very key (its "legacy key"), so every row of the register still
matches its account and no row needs rewriting. Which secret made it: the
current one, unless the register holds the key made under one of
VOTER_KEY_SECRET_FALLBACKS (a site that rotated the secret along with this
change, or that keyed votes with SECRET_KEY before it had a secret of its
own). A person key is an opaque value, it need not be a mailbox's key; for a
plain address (no `+tag`, not Gmail) the two are the same anyway, which also
keeps the demo's 2021 register, keyed by address, consistent with accounts
made later with those addresses.

Then each verified address is claimed (its normalised mailbox, keyed under
the current secret) for the account's person key, oldest accounts first, first
claim wins. An account whose every mailbox an older account already claimed
(two accounts of one mailbox, e.g. a `+tag` variant) is the same person: it
inherits the older account's key, and its own register rows move to that key,
theme by theme, unless the person key already voted there (both accounts voted
before this change: both ballots were counted, both rows stay).

Deleted accounts hold no address any more: nothing to claim. Their register
rows stay under their legacy key, which a new account made with the same plain
address gets again.

The functions below are frozen copies of accounts.identity as of this change.
"""

import hashlib
import hmac

from django.conf import settings
from django.db import migrations

GMAIL_DOMAINS = {"gmail.com", "googlemail.com"}


def secrets():
    current = settings.VOTER_KEY_SECRET
    older = getattr(settings, "VOTER_KEY_SECRET_FALLBACKS", ()) or ()
    return [current, *(s for s in older if s and s != current)]


def keyed_hash(secret, value):
    return hmac.new(secret.encode(), f"email:{value}".encode(), hashlib.sha256).hexdigest()


def normalised_mailbox(email):
    address = (email or "").strip().casefold()
    local, at, domain = address.rpartition("@")
    if not at:
        return address
    local = local.split("+", 1)[0] or local
    if domain in GMAIL_DOMAINS:
        local, domain = local.replace(".", ""), "gmail.com"
    return f"{local}@{domain}"


def forwards(apps, schema_editor):
    User = apps.get_model("accounts", "User")
    EmailAddress = apps.get_model("account", "EmailAddress")
    MailboxClaim = apps.get_model("accounts", "MailboxClaim")
    VoterRecord = apps.get_model("participation", "VoterRecord")

    verified = {}
    for user_id, email in (
        EmailAddress.objects.filter(verified=True)
        .order_by("pk")
        .values_list("user_id", "email")
    ):
        verified.setdefault(user_id, []).append(email)
    if not verified:
        return
    keys = secrets()
    if not keys[0]:
        raise RuntimeError("VOTER_KEY_SECRET must be set to give accounts their keys.")

    claims = dict(MailboxClaim.objects.values_list("mailbox_key", "person_key"))
    new_claims = {}
    accounts = User.objects.filter(
        pk__in=verified, person_key="", deleted_at__isnull=True
    ).order_by("date_joined", "pk")
    for user in accounts:
        emails = sorted(verified[user.pk], key=lambda e: e.lower() != user.email.lower())
        mailboxes = [keyed_hash(keys[0], normalised_mailbox(e)) for e in emails]
        inherited = next((claims[m] for m in mailboxes if m in claims), None)
        legacy = [keyed_hash(secret, user.email.strip().lower()) for secret in keys]
        registered = (
            VoterRecord.objects.filter(voter_key__in=legacy)
            .values_list("voter_key", flat=True)
            .first()
        )
        own = registered or legacy[0]
        if inherited is not None and inherited != own:
            for record in VoterRecord.objects.filter(voter_key=own):
                taken = VoterRecord.objects.filter(
                    campaign_id=record.campaign_id,
                    theme_id=record.theme_id,
                    voter_key=inherited,
                ).exists()
                if not taken:
                    record.voter_key = inherited
                    record.save(update_fields=["voter_key"])
        person_key = inherited or own
        User.objects.filter(pk=user.pk).update(person_key=person_key)
        for mailbox in mailboxes:
            if mailbox not in claims:
                claims[mailbox] = new_claims[mailbox] = person_key
    MailboxClaim.objects.bulk_create(
        MailboxClaim(mailbox_key=mailbox, person_key=person_key)
        for mailbox, person_key in new_claims.items()
    )


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0004_person_keys"),
        ("account", "0009_emailaddress_unique_primary_email"),
        ("participation", "0002_proposal_statuses"),
    ]
    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
