"""Every write of proposal data. One transaction each; the history and
Wagtail's audit log are written in the same transaction as the change, the
author's email is queued after commit."""

from functools import partial

from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.log_actions import log

from participation.models import (
    Channel,
    ModerationMode,
    Proposal,
    ProposalCall,
    ProposalHistory,
    ProposalReferenceCounter,
    ProposalStatus,
    Support,
)
from participation.proposals import rules
from participation.proposals.tags import normalise_tags


class ProposalError(Exception):
    """A refused write; `message` is shown to the person who tried."""

    message = _("This action is not possible.")

    def __init__(self, message=None):
        super().__init__(message or self.message)
        if message:
            self.message = message


class CallClosed(ProposalError):
    message = _("This call for proposals is closed.")


class LimitReached(ProposalError):
    message = _("You have sent as many proposals as this call allows.")


class ReasonRequired(ProposalError):
    message = _("This status needs a reason.")


class NotAllowed(ProposalError):
    message = _("You may not do this.")


# Rows written per statement by an import.
IMPORT_CHUNK = 500


def status(code):
    return ProposalStatus.objects.get(code=code)


def reserve_references(year, count=1):
    """The next `count` numbers of the year's references, row-locked until commit."""
    ProposalReferenceCounter.objects.get_or_create(year=year)
    counter = ProposalReferenceCounter.objects.filter(year=year)
    counter.update(last_number=F("last_number") + count)
    last = counter.values_list("last_number", flat=True).get()
    return range(last - count + 1, last + 1)


def reference(year, number):
    return f"P-{year}-{number:04d}"


def _moderated_status_code(call):
    """What the call's moderation mode gives new proposals: pre-moderated
    calls keep them "submitted", post-moderated ones publish them."""
    if call.moderation == ModerationMode.POST:
        return ProposalStatus.PUBLISHED
    return ProposalStatus.SUBMITTED


def _next_reference(call):
    """The next public reference of the call's year, e.g. P-2021-0042."""
    year = call.reference_year
    return reference(year, reserve_references(year)[0])


def _record(
    proposal, action, actor, *, from_status=None, to_status=None, note="", **extra
):
    """One history row and one audit-log entry for a change."""
    entry = ProposalHistory.objects.create(
        proposal=proposal,
        action=action,
        actor=actor if getattr(actor, "is_authenticated", False) else None,
        from_status=from_status,
        to_status=to_status,
        note=note,
        **extra,
    )
    log(
        instance=proposal,
        action=f"participation.proposal.{action}",
        user=entry.actor,
        data={
            "reference": proposal.reference,
            "from": from_status.code if from_status else None,
            "to": to_status.code if to_status else None,
            "note": note,
        },
    )
    return entry


def _notify_after_commit(proposal, event):
    from participation.proposals.tasks import notify_author

    transaction.on_commit(partial(notify_author.enqueue, proposal.pk, event))


def _create(*, call, status_code, action, actor, tags, **fields):
    proposal = Proposal(call=call, status=status(status_code), **fields)
    proposal.reference = _next_reference(call)
    if proposal.status.is_public:
        proposal.published_at = timezone.now()
    proposal.save()
    proposal.tags.set(normalise_tags(tags))
    proposal.save()
    _record(proposal, action, actor, to_status=proposal.status)
    return proposal


@transaction.atomic
def submit_proposal(
    *,
    author,
    call,
    title,
    text,
    theme,
    neighbourhood=None,
    tags=(),
    publish_pseudonym=False,
    language,
    now=None,
):
    """A resident sends a proposal online.

    Refused when the call is closed or the account's quota for the call is
    used up (the call row is locked so two tabs cannot both pass the check).
    Pre-moderated calls keep it "submitted"; post-moderated ones publish it.
    """
    call = ProposalCall.objects.select_for_update().get(pk=call.pk)
    if rules.call_state(call, now) != rules.CallState.OPEN:
        raise CallClosed
    left = rules.proposals_left(author, call)
    if left is not None and left <= 0:
        raise LimitReached
    return _create(
        call=call,
        status_code=_moderated_status_code(call),
        action=ProposalHistory.Action.SUBMITTED,
        actor=author,
        tags=tags,
        author=author,
        title=title.strip(),
        text=text.strip(),
        theme=theme,
        neighbourhood=neighbourhood,
        channel=Channel.ONLINE,
        pseudonym=author.display_name,
        publish_pseudonym=bool(publish_pseudonym and author.display_name),
        language=language,
    )


@transaction.atomic
def enter_offline_proposal(
    *,
    agent,
    call,
    title,
    text,
    theme,
    channel,
    language,
    event=None,
    neighbourhood=None,
    tags=(),
    contact="",
    pseudonym="",
    submitted_at=None,
    action=ProposalHistory.Action.ENTERED,
):
    """An agent enters what a resident proposed at the caravan, a workshop, on
    paper or at a neighbourhood house. The agent is recorded; the contact is
    kept for follow-up only. Offline proposals are published at once (the
    agent already acted as a moderator when writing it down)."""
    if not rules.can_enter_offline(agent) and not rules.can_import(agent):
        raise NotAllowed
    return _create(
        call=call,
        status_code=ProposalStatus.PUBLISHED,
        action=action,
        actor=agent,
        tags=tags,
        entered_by=agent,
        title=title.strip(),
        text=text.strip(),
        theme=theme,
        channel=channel,
        event=event,
        neighbourhood=neighbourhood or (event.neighbourhood if event else None),
        contact=contact.strip(),
        pseudonym=pseudonym.strip(),
        publish_pseudonym=bool(pseudonym.strip()),
        language=language,
        submitted_at=submitted_at or (event.start if event else timezone.now()),
    )


def _locked(proposal):
    return (
        Proposal.objects.select_for_update()
        .select_related("status")
        .get(pk=proposal.pk)
    )


def _change_status(proposal, actor, new_status, action, note="", notify_event=None):
    old = proposal.status
    proposal.status = new_status
    if new_status.is_public and proposal.published_at is None:
        proposal.published_at = timezone.now()
    proposal.save()
    _record(proposal, action, actor, from_status=old, to_status=new_status, note=note)
    if notify_event:
        _notify_after_commit(proposal, notify_event)
    return proposal


def _require_moderator(actor):
    if not rules.can_moderate(actor):
        raise NotAllowed


@transaction.atomic
def publish_proposal(proposal, *, actor):
    """A moderator accepts a submitted proposal; the author is told."""
    _require_moderator(actor)
    proposal = _locked(proposal)
    return _change_status(
        proposal,
        actor,
        status(ProposalStatus.PUBLISHED),
        ProposalHistory.Action.PUBLISHED,
        notify_event="published",
    )


@transaction.atomic
def reject_proposal(proposal, *, actor, reason):
    """A moderator turns a proposal away with a reason the author receives."""
    _require_moderator(actor)
    if not reason.strip():
        raise ReasonRequired
    proposal = _locked(proposal)
    proposal.status_reason = reason.strip()
    return _change_status(
        proposal,
        actor,
        status(ProposalStatus.REJECTED),
        ProposalHistory.Action.REJECTED,
        note=reason.strip(),
        notify_event="rejected",
    )


@transaction.atomic
def set_status(proposal, *, actor, new_status, note="", official_answer=""):
    """Move a proposal to any status, with an optional official answer.

    Statuses that require a reason refuse an empty note. The author is told
    of the new status (and of the answer, in the same email).
    """
    _require_moderator(actor)
    note, official_answer = note.strip(), official_answer.strip()
    if rules.status_needs_reason(new_status) and not (note or official_answer):
        raise ReasonRequired
    proposal = _locked(proposal)
    if note:
        proposal.status_reason = note
    event = "status"
    if official_answer and official_answer != proposal.official_answer:
        proposal.official_answer = official_answer
        proposal.answered_at = timezone.now()
        event = "answered"
    if new_status.pk == proposal.status_id:
        proposal.save()
        _record(
            proposal,
            ProposalHistory.Action.ANSWERED,
            actor,
            from_status=new_status,
            to_status=new_status,
            note=note or official_answer,
        )
        _notify_after_commit(proposal, event)
        return proposal
    return _change_status(
        proposal,
        actor,
        new_status,
        ProposalHistory.Action.STATUS,
        note=note,
        notify_event=event,
    )


@transaction.atomic
def correct_proposal(proposal, *, actor, title, text, note=""):
    """Fix typos; the author's original words stay in the history."""
    _require_moderator(actor)
    proposal = _locked(proposal)
    previous_title, previous_text = proposal.title, proposal.text
    proposal.title, proposal.text = title.strip(), text.strip()
    proposal.save()
    _record(
        proposal,
        ProposalHistory.Action.CORRECTED,
        actor,
        note=note.strip(),
        previous_title=previous_title,
        previous_text=previous_text,
    )
    return proposal


@transaction.atomic
def merge_proposals(duplicate, *, into, actor, note=""):
    """Fold a duplicate into the proposal kept: its supporters move over
    (each person still counts once), it points at the one kept and leaves
    the public lists; its page says so, and its author is told by email."""
    _require_moderator(actor)
    if duplicate.pk == into.pk or into.merged_into_id:
        raise ProposalError(_("Choose another proposal to keep."))
    duplicate, kept = _locked(duplicate), _locked(into)
    already = Support.objects.filter(proposal=kept).values("user_id")
    Support.objects.filter(proposal=duplicate).exclude(user_id__in=already).update(
        proposal=kept
    )
    Support.objects.filter(proposal=duplicate).delete()
    for proposal in (duplicate, kept):
        proposal.support_count = proposal.supports.count()
    duplicate.merged_into = kept
    duplicate.save()
    kept.save()
    kept.objectives.add(*duplicate.objectives.all())
    _record(
        duplicate,
        ProposalHistory.Action.MERGED,
        actor,
        note=note.strip() or str(_("Merged into %s")) % kept.reference,
    )
    _record(
        kept,
        ProposalHistory.Action.MERGED,
        actor,
        note=note.strip() or str(_("%s merged into this one")) % duplicate.reference,
    )
    _notify_after_commit(duplicate, "merged")
    return kept


@transaction.atomic
def group_into_objectives(proposal, *, actor, objectives, note=""):
    """Link a proposal to objectives (source-locale pages); its status becomes
    "grouped into an objective" unless it has moved further already."""
    _require_moderator(actor)
    proposal = _locked(proposal)
    proposal.objectives.set(objectives)
    titles = ", ".join(o.title for o in objectives)
    grouped = status(ProposalStatus.GROUPED)
    if objectives and proposal.status.code in (
        ProposalStatus.PUBLISHED,
        ProposalStatus.UNDER_STUDY,
        ProposalStatus.SUBMITTED,
    ):
        return _change_status(
            proposal,
            actor,
            grouped,
            ProposalHistory.Action.GROUPED,
            note=note or titles,
            notify_event="status",
        )
    _record(proposal, ProposalHistory.Action.GROUPED, actor, note=note or titles)
    return proposal


def support_proposal(proposal, *, user):
    """Back a public proposal, once. Returns False when already supported.

    The unique constraint decides under concurrency; the count only moves
    when a row was really inserted.
    """
    if not rules.can_support(user, proposal):
        raise NotAllowed
    try:
        with transaction.atomic():
            Support.objects.create(proposal=proposal, user=user)
            Proposal.objects.filter(pk=proposal.pk).update(
                support_count=F("support_count") + 1
            )
    except IntegrityError:
        return False
    return True


@transaction.atomic
def withdraw_support(proposal, *, user):
    """Take one's support back. Returns False when there was none."""
    deleted, _ = Support.objects.filter(proposal=proposal, user=user).delete()
    if deleted:
        Proposal.objects.filter(pk=proposal.pk, support_count__gt=0).update(
            support_count=F("support_count") - 1
        )
    return bool(deleted)


@transaction.atomic
def import_offline_proposals(*, agent, call, rows, progress=None):
    """Write checked import rows (`imports.clean_row` output) in one transaction.

    Written in bulk (10,000 rows in seconds): references reserved at once, then
    the proposals, their keywords, history and audit-log entries; the search
    index is updated by a task after commit. The rows follow the call's
    moderation mode, like residents' proposals. `progress(n)` is called with
    the number of rows written so far. Returns the proposals.
    """
    from django.contrib.contenttypes.models import ContentType
    from taggit.models import Tag

    from page_cache.purge import purge_on_commit
    from participation.models import ProposalLogEntry, TaggedProposal
    from participation.proposals.tasks import index_proposals

    if not rules.can_import(agent):
        raise NotAllowed
    to_status = status(_moderated_status_code(call))
    year = call.reference_year
    now = timezone.now()
    proposals = []
    tags_of = []
    for number, row in zip(reserve_references(year, len(rows)), rows, strict=True):
        fields = dict(row)
        tags_of.append(normalise_tags(fields.pop("tags", ())))
        event = fields.get("event")
        pseudonym = fields.pop("pseudonym", "").strip()
        submitted_at = fields.pop("submitted_at", None)
        proposals.append(
            Proposal(
                call=call,
                status=to_status,
                reference=reference(year, number),
                entered_by=agent,
                pseudonym=pseudonym,
                publish_pseudonym=bool(pseudonym),
                submitted_at=submitted_at or (event.start if event else now),
                published_at=now if to_status.is_public else None,
                **{
                    **fields,
                    "neighbourhood": fields.get("neighbourhood")
                    or (event.neighbourhood if event else None),
                },
            )
        )
    done = 0
    for start in range(0, len(proposals), IMPORT_CHUNK):
        Proposal.objects.bulk_create(proposals[start : start + IMPORT_CHUNK])
        done = min(start + IMPORT_CHUNK, len(proposals))
        if progress:
            progress(done)
    names = {name for tags in tags_of for name in tags}
    tags = {tag.name: tag for tag in Tag.objects.filter(name__in=names)}
    for name in sorted(names - set(tags)):
        tags[name] = Tag.objects.create(name=name)
    TaggedProposal.objects.bulk_create(
        [
            TaggedProposal(content_object=proposal, tag=tags[name])
            for proposal, names_of in zip(proposals, tags_of, strict=True)
            for name in names_of
        ],
        batch_size=IMPORT_CHUNK,
    )
    ProposalHistory.objects.bulk_create(
        [
            ProposalHistory(
                proposal=proposal,
                action=ProposalHistory.Action.IMPORTED,
                actor=agent,
                to_status=to_status,
                created_at=now,
            )
            for proposal in proposals
        ],
        batch_size=IMPORT_CHUNK,
    )
    content_type = ContentType.objects.get_for_model(Proposal)
    ProposalLogEntry.objects.bulk_create(
        [
            ProposalLogEntry(
                proposal=proposal,
                content_type=content_type,
                label=str(proposal),
                action="participation.proposal.imported",
                timestamp=now,
                user=agent,
                data={
                    "reference": proposal.reference,
                    "from": None,
                    "to": to_status.code,
                    "note": "",
                },
            )
            for proposal in proposals
        ],
        batch_size=IMPORT_CHUNK,
    )
    ids = [proposal.pk for proposal in proposals]
    transaction.on_commit(partial(index_proposals.enqueue, ids))
    purge_on_commit()
    return proposals
