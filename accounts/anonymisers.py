"""What other modules do when a person deletes their account.

Each module holding personal data registers an anonymiser `func(user)` with
the `register_account_anonymiser` Wagtail hook, in its `wagtail_hooks` module;
it runs inside the deletion transaction, *before* the account's email and
name are wiped, so it may still read them. Published contributions normally
stay and keep pointing at the user row, which then renders as "Deleted
participant"; an anonymiser removes what must not outlive the account
(drafts, private notes, follow-ups...).

    @hooks.register("register_account_anonymiser")
    def forget_subscriptions(user):
        Subscription.objects.filter(user=user).delete()

`hooks.get_hooks` imports every app's `wagtail_hooks` module on first use, so
deletion finds the anonymisers outside a request too (management commands,
tests).

The who-voted register and the mailbox claims must NOT register an
anonymiser: they hold only keyed hashes (the account's person key, keys of
normalised mailboxes, see accounts.identity); keeping them is what stops a
person from voting twice by deleting their account and signing up again with
the same mailbox.
"""

from wagtail import hooks

HOOK = "register_account_anonymiser"


def run_anonymisers(user):
    """Run every registered anonymiser on `user`, in the hooks' order."""
    for anonymise in hooks.get_hooks(HOOK):
        anonymise(user)
