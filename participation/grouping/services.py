"""Every write of grouping suggestions. One transaction each.

A run stores suggestions; only `accept` links proposals to an objective, and
the objective it may create is a draft (a plan page published through the
plan's review). Re-running or accepting twice never links a proposal twice.
"""

from functools import partial

from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _

from climate_plan.models import ObjectivePage
from participation.grouping import clustering, rules
from participation.grouping.models import GroupingRun, GroupingSuggestion
from participation.models import Proposal, ProposalHistory, ProposalStatus
from participation.proposals.services import NotAllowed, ProposalError, _record

LABEL_TERMS = 3
LABEL_MAX_LENGTH = GroupingSuggestion._meta.get_field("label").max_length


class GroupingError(ProposalError):
    message = _("This suggestion has already been decided.")


def _require(actor):
    if not rules.can_group(actor):
        raise NotAllowed


def candidate_proposals(call, *, include_grouped=False):
    """The call's proposals a run clusters: not rejected, not merged into
    another, not hidden; without an objective yet unless `include_grouped`."""
    proposals = (
        Proposal.objects.filter(
            call=call, merged_into__isnull=True, hidden_at__isnull=True
        )
        .exclude(status__code=ProposalStatus.REJECTED)
        .order_by("reference")
    )
    if not include_grouped:
        proposals = proposals.filter(objectives__isnull=True)
    return proposals


def proposal_text(proposal):
    return f"{proposal.title}. {proposal.text}"


def label_from(terms):
    return " · ".join(terms[:LABEL_TERMS])[:LABEL_MAX_LENGTH] or _("Other proposals")


# Runs -----------------------------------------------------------------------


def start_run(*, actor, call, clusters=None, include_grouped=False, language="fr"):
    """Store a run and queue it for the worker (`tasks.run_grouping`)."""
    from participation.grouping.tasks import run_grouping

    _require(actor)
    with transaction.atomic():
        run = GroupingRun.objects.create(
            call=call,
            created_by=actor,
            language=language,
            parameters={"clusters": clusters, "include_grouped": include_grouped},
        )
        transaction.on_commit(partial(run_grouping.enqueue, run.pk))
    return run


def _save(run, **fields):
    for name, value in fields.items():
        setattr(run, name, value)
    GroupingRun.objects.filter(pk=run.pk).update(**fields)


def _majority_theme(proposals):
    counts = {}
    for proposal in proposals:
        if proposal.theme_id:
            counts[proposal.theme_id] = counts.get(proposal.theme_id, 0) + 1
    return max(counts, key=lambda pk: (counts[pk], -pk)) if counts else None


def execute_run(run):
    """Cluster the run's proposals and store its suggestions (the worker's
    part). Progress is written as it goes; the suggestions in one transaction."""
    _save(run, status=GroupingRun.Status.RUNNING)
    proposals = list(
        candidate_proposals(
            run.call, include_grouped=run.parameters.get("include_grouped", False)
        )
    )
    requested = run.parameters.get("clusters")
    total = 1 if requested else len(clustering.candidate_counts(len(proposals)))
    _save(run, steps_total=total + 1)
    result = clustering.cluster(
        [proposal_text(p) for p in proposals],
        k=requested,
        progress=lambda done, _total: _save(run, steps_done=done),
    )
    with transaction.atomic():
        for position, found in enumerate(result.clusters):
            members = [proposals[i] for i in found.members]
            suggestion = GroupingSuggestion.objects.create(
                run=run,
                position=position,
                label=label_from(found.terms),
                terms=found.terms,
                theme_id=_majority_theme(members),
            )
            suggestion.proposals.set(members)
        _save(
            run,
            status=GroupingRun.Status.DONE,
            steps_done=total + 1,
            finished_at=timezone.now(),
            outcome={
                "proposals": len(proposals),
                "clusters": result.k,
                "silhouette": result.silhouette,
            },
        )
    return run


def stop_run(run):
    """Mark a run that failed unexpectedly; it stored no suggestion."""
    _save(run, status=GroupingRun.Status.FAILED, finished_at=timezone.now())


# Decisions on a suggestion --------------------------------------------------


def _open(suggestion):
    locked = (
        GroupingSuggestion.objects.select_for_update()
        .select_related("run")
        .get(pk=suggestion.pk)
    )
    if locked.state != GroupingSuggestion.State.OPEN:
        raise GroupingError
    return locked


def _decided(suggestion, actor, state):
    suggestion.state = state
    suggestion.decided_by = actor
    suggestion.decided_at = timezone.now()


def _unique_slug(theme, title):
    base = slugify(title)[:60].strip("-") or "objectif"
    taken = set(theme.get_children().values_list("slug", flat=True))
    slug, number = base, 2
    while slug in taken:
        slug, number = f"{base}-{number}", number + 1
    return slug


def _draft_objective(theme, title, actor):
    page = ObjectivePage(
        title=title, slug=_unique_slug(theme, title), live=False, owner=actor
    )
    theme.add_child(instance=page)
    page.save_revision(user=actor, log_action=True)
    return page


@transaction.atomic
def accept(suggestion, *, actor, objective=None, title="", theme=None):
    """Link the suggestion's proposals to `objective`, or to a new draft
    objective `title` in `theme`. Proposals linked already are left as they
    are; each proposal newly linked gets a (staff-only) history line. Nothing
    is published and no resident is told: the status stays the moderators'."""
    _require(actor)
    suggestion = _open(suggestion)
    if objective is None:
        title = (title or "").strip()
        if not title or theme is None:
            raise ProposalError(_("Choose an objective, or a title and a theme."))
        objective = _draft_objective(theme, title, actor)
    through = Proposal.objectives.through
    members = list(suggestion.proposals.order_by("reference"))
    linked = set(
        through.objects.filter(
            objectivepage_id=objective.pk, proposal__in=members
        ).values_list("proposal_id", flat=True)
    )
    new = [p for p in members if p.pk not in linked]
    through.objects.bulk_create(
        [through(proposal_id=p.pk, objectivepage_id=objective.pk) for p in new],
        ignore_conflicts=True,
    )
    note = _("Grouping suggestion accepted: objective “%s”.") % objective.title
    for proposal in new:
        _record(proposal, ProposalHistory.Action.GROUPED, actor, note=note)
    _decided(suggestion, actor, GroupingSuggestion.State.ACCEPTED)
    suggestion.objective = objective
    suggestion.save()
    return suggestion


@transaction.atomic
def reject(suggestion, *, actor):
    """Set a suggestion aside; its proposals stay as they were."""
    _require(actor)
    suggestion = _open(suggestion)
    _decided(suggestion, actor, GroupingSuggestion.State.REJECTED)
    suggestion.save()
    return suggestion


@transaction.atomic
def rename(suggestion, *, actor, label):
    """Give a suggestion a name of one's own (the future objective's title)."""
    _require(actor)
    suggestion = _open(suggestion)
    label = (label or "").strip()
    if not label:
        raise ProposalError(_("Give the suggestion a name."))
    suggestion.label = label[:LABEL_MAX_LENGTH]
    suggestion.save(update_fields=["label"])
    return suggestion


def _describe(groups):
    """Characteristic words of each group of proposals, against each other."""
    return clustering.terms_of_groups(
        [[proposal_text(p) for p in group] for group in groups]
    )


@transaction.atomic
def split(suggestion, *, actor, proposals):
    """Move some of a suggestion's proposals to a new suggestion next to it;
    both are described again. Returns the new suggestion."""
    _require(actor)
    suggestion = _open(suggestion)
    members = list(suggestion.proposals.order_by("reference"))
    chosen = {p.pk for p in proposals}
    moved = [p for p in members if p.pk in chosen]
    kept = [p for p in members if p.pk not in chosen]
    if not moved or not kept:
        raise ProposalError(
            _("Choose some of its proposals, but not all, to split a suggestion.")
        )
    kept_terms, moved_terms = _describe([kept, moved])
    GroupingSuggestion.objects.filter(
        run=suggestion.run, position__gt=suggestion.position
    ).update(position=F("position") + 1)
    new = GroupingSuggestion.objects.create(
        run=suggestion.run,
        position=suggestion.position + 1,
        label=label_from(moved_terms),
        terms=moved_terms,
        theme_id=_majority_theme(moved),
    )
    new.proposals.set(moved)
    suggestion.proposals.remove(*moved)
    suggestion.terms = kept_terms
    suggestion.theme_id = _majority_theme(kept) or suggestion.theme_id
    suggestion.save()
    return new


@transaction.atomic
def merge(suggestion, *, actor, other):
    """Fold another open suggestion of the same run into this one."""
    _require(actor)
    if other.pk == suggestion.pk:
        raise ProposalError(_("Choose another suggestion to merge with."))
    first, second = sorted([suggestion, other], key=lambda s: s.pk)
    first, second = _open(first), _open(second)
    suggestion, other = (
        (first, second) if first.pk == suggestion.pk else (second, first)
    )
    if other.run_id != suggestion.run_id:
        raise ProposalError(_("Choose another suggestion to merge with."))
    suggestion.proposals.add(*other.proposals.all())
    other.delete()
    members = list(suggestion.proposals.order_by("reference"))
    (suggestion.terms,) = _describe([members])
    suggestion.theme_id = _majority_theme(members) or suggestion.theme_id
    suggestion.save()
    return suggestion
