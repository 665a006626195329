"""What other modules do when a person deletes their account.

Each module holding personal data registers an anonymiser `func(user)`; it runs
inside the deletion transaction, *before* the account's email and name are
wiped, so it may still read them. Published contributions normally stay and
keep pointing at the user row, which then renders as "Deleted participant";
an anonymiser removes what must not outlive the account (drafts, private
notes, follow-ups...).

    from accounts.anonymisers import register_anonymiser

    @register_anonymiser
    def forget_subscriptions(user):
        Subscription.objects.filter(user=user).delete()

The who-voted register and the mailbox claims must NOT register an
anonymiser: they hold only keyed hashes (the account's person key, keys of
normalised mailboxes, see accounts.identity); keeping them is what stops a
person from voting twice by deleting their account and signing up again with
the same mailbox.
"""

_anonymisers = []


def register_anonymiser(func):
    if func not in _anonymisers:
        _anonymisers.append(func)
    return func


def unregister_anonymiser(func):
    if func in _anonymisers:
        _anonymisers.remove(func)


def run_anonymisers(user):
    for anonymise in list(_anonymisers):
        anonymise(user)
