"""What empties the page cache: every committed write that can change what an
anonymous visitor sees.

Rather than list each page a write shows on (a comment shows on its page, the
proposal list, the search, the home page's counters...), any write of content
purges the whole cache: a purge is one cache write, and refilling costs one
render per page visited. Writes that no public page shows are listed in
`SILENT_MODELS` and never purge, so the thousands of ballots, sign-ins and
sessions of a vote evening leave the cache warm.

The purge that counts runs when the transaction commits: purging only
earlier would let a request re-cache the old content before the new one is
visible.
"""

from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from wagtail.contrib.settings.models import BaseSiteSetting
from wagtail.signals import page_published, page_unpublished, post_page_move

from page_cache import store

# Written often, shown on no public page (or only through a write that purges:
# a ballot's count appears when the count is certified, which writes the
# campaign).
SILENT_MODELS = {
    "admin.logentry",
    "sessions.session",
    "participation.ballot",
    "participation.voterrecord",
    "participation.votingcode",
    "wagtailcore.revision",
    "wagtailcore.pagelogentry",
    "wagtailcore.modellogentry",
    "wagtailcore.taskstate",
    "wagtailcore.workflowstate",
    "wagtailcore.pagesubscription",
    "wagtailcore.comment",
    "wagtailcore.commentreply",
    "wagtailsearch.indexentry",
    "wagtailimages.rendition",  # made when a page first shows an image
    "wagtailadmin.editingsession",
    "wagtailusers.userprofile",
    "django_tasks_db.dbtaskresult",
    "account.emailconfirmation",
    "contenttypes.contenttype",
    "auth.permission",
}
# Saving only these fields of an account changes nothing public.
SILENT_ACCOUNT_FIELDS = {"last_login", "password"}


def purge_on_commit():
    """Purge once the current transaction (if any) commits.

    Fragments (menu, language links) are also purged at once, so a reader in
    the writing transaction (a service reading what it wrote) never meets
    the menu of before the write; whole pages only at commit, so a request
    that wrote along the way still leaves its page to the next visitor."""
    store.purge_fragments()
    transaction.on_commit(store.purge)


def is_silent(model, update_fields=None):
    label = model._meta.label_lower
    if label in SILENT_MODELS:
        return True
    return (
        model._meta.app_label == "accounts"
        and update_fields is not None
        and set(update_fields) <= SILENT_ACCOUNT_FIELDS
    )


def on_save(sender, update_fields=None, raw=False, created=False, **kwargs):
    # Settings are created with their defaults the first time a page reads
    # them: what that page shows already.
    if created and issubclass(sender, BaseSiteSetting):
        return
    if not raw and not is_silent(sender, update_fields):
        purge_on_commit()


def on_delete(sender, **kwargs):
    if not is_silent(sender):
        purge_on_commit()


def on_relation_change(sender, action, **kwargs):
    if action.startswith("post_") and not is_silent(sender):
        purge_on_commit()


def on_page_change(sender, **kwargs):
    purge_on_commit()


def connect():
    post_save.connect(on_save, dispatch_uid="page_cache.save")
    post_delete.connect(on_delete, dispatch_uid="page_cache.delete")
    m2m_changed.connect(on_relation_change, dispatch_uid="page_cache.m2m")
    for signal in (page_published, page_unpublished, post_page_move):
        signal.connect(on_page_change, dispatch_uid=f"page_cache.{id(signal)}")
