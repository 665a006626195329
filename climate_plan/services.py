"""Writes to the plan that are not page edits."""

from functools import partial

from django.db import transaction
from django.db.models import Q
from wagtail.log_actions import log
from wagtail.models import Revision

from climate_plan.models import ActionPage, ActionUpdate

MOVED_BY_UPDATE = "climate_plan.moved_by_update"


def is_latest_update(update):
    """True when no other update of the action is dated after `update` (the
    later of two updates on one day being the one saved last)."""
    later = ActionUpdate.objects.filter(
        action__translation_key=update.action.translation_key
    ).filter(Q(date__gt=update.date) | Q(date=update.date, pk__gt=update.pk))
    return not later.exists()


def _move_action(update, user):
    """Give the action, in every language, the status and progress `update`
    states; log what moved on the source page's history. Returns the changes."""
    pages = list(
        ActionPage.objects.select_for_update().filter(
            translation_key=update.action.translation_key
        )
    )
    source = next((p for p in pages if p.pk == update.action_id), pages[0])
    wanted = {}
    if update.status:
        wanted["status"] = update.status
    if update.progress is not None:
        wanted["progress"] = update.progress
    changes = {
        name: [getattr(source, name), value]
        for name, value in wanted.items()
        if getattr(source, name) != value
    }
    if not wanted:
        return changes
    if update.status:
        # A status set by an update is no longer a manual override.
        wanted["status_reason"] = ""
    ActionPage.objects.filter(pk__in=[p.pk for p in pages]).update(**wanted)
    # A draft waiting for publication must not put the old figures back.
    for revision in Revision.objects.select_for_update().filter(
        pk__in=[p.latest_revision_id for p in pages if p.latest_revision_id]
    ):
        revision.content.update(wanted)
        revision.save(update_fields=["content"])
    if changes:
        for name, value in wanted.items():
            setattr(source, name, value)
        log(
            instance=source,
            action=MOVED_BY_UPDATE,
            user=user,
            data={"changes": changes, "update": update.pk, "date": str(update.date)},
        )
    return changes


@transaction.atomic
def post_action_update(update, user):
    """Save an action's update (new or edited) and, when it is the action's
    latest, move the action's status and progress to what it states, on the
    action's page in every language: the page header, its objective, theme,
    the plan's roll-up and the admin report all read those fields. The action's
    history records who moved what. A new update is news for the action's
    followers (notifications), a status change when it moved the status."""
    from notifications.tasks import notify_action_update

    is_new = update.pk is None
    if update.author_id is None:
        update.author = user
    update.save()
    changes = _move_action(update, user) if is_latest_update(update) else {}
    if is_new:
        transaction.on_commit(
            partial(notify_action_update.enqueue, update.pk, "status" in changes)
        )
    return update
