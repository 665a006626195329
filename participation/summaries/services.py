"""Every write of objective summaries, one transaction each."""

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.log_actions import log

from participation.models import Proposal
from participation.proposals.services import NotAllowed, ProposalError
from participation.summaries import drafting, rules, text_format
from participation.summaries.models import ObjectiveSummary, SummarySentence


def objective_proposals(objective):
    """The public proposals behind an objective (its source-locale page)."""
    return Proposal.objects.public().filter(objectives=objective)


def _require(actor):
    if not rules.can_edit_summary(actor):
        raise NotAllowed


def _locked_summary(objective):
    summary, _created = ObjectiveSummary.objects.get_or_create(objective=objective)
    return ObjectiveSummary.objects.select_for_update().get(pk=summary.pk)


def _write(summary, sentences, actor):
    """Replace the sentences; the summary waits for a new approval."""
    summary.sentences.all().delete()
    for position, (text, language, proposals) in enumerate(sentences):
        sentence = SummarySentence.objects.create(
            summary=summary, position=position, text=text, language=language
        )
        sentence.proposals.set(proposals)
    summary.updated_by = actor
    summary.approved_at = None
    summary.approved_by = None
    summary.save()
    return summary


@transaction.atomic
def draft_summary(objective, *, actor):
    """Draft (again) the summary of an objective from its public proposals.
    Replaces the current text; it must be approved before it is shown."""
    _require(actor)
    summary = _locked_summary(objective)
    drafted = drafting.draft(objective_proposals(objective))
    summary.drafted_at = timezone.now()
    _write(summary, [(d.text, d.language, d.proposals) for d in drafted], actor)
    log(instance=summary, action="wagtail.edit", user=actor)
    return summary


@transaction.atomic
def edit_summary(objective, *, actor, text):
    """Save staff's text (one sentence per line, references in brackets).

    Every reference must be a public proposal; an edit withdraws the approval.
    """
    _require(actor)
    parsed = text_format.parse(text)
    references = {r for _sentence, refs in parsed for r in refs}
    found = {
        p.reference: p
        for p in Proposal.objects.public().filter(reference__in=references)
    }
    missing = sorted(references - set(found))
    if missing:
        raise ProposalError(
            _("No public proposal has the reference %(reference)s.")
            % {"reference": missing[0]}
        )
    summary = _locked_summary(objective)
    sentences = []
    for sentence, refs in parsed:
        cited = [found[r] for r in refs]
        sentences.append((sentence, cited[0].language, cited))
    _write(summary, sentences, actor)
    log(instance=summary, action="wagtail.edit", user=actor)
    return summary


@transaction.atomic
def approve_summary(objective, *, actor):
    """A person approves the summary as it stands: it is shown from now on."""
    _require(actor)
    summary = _locked_summary(objective)
    if not summary.sentences.exists():
        raise ProposalError(_("Draft or write the summary before approving it."))
    summary.approved_at = timezone.now()
    summary.approved_by = actor
    summary.save()
    log(instance=summary, action="wagtail.publish", user=actor)
    return summary


@transaction.atomic
def withdraw_approval(objective, *, actor):
    """Take the summary off the objective page until it is approved again."""
    _require(actor)
    summary = _locked_summary(objective)
    summary.approved_at = None
    summary.approved_by = None
    summary.save()
    log(instance=summary, action="wagtail.unpublish", user=actor)
    return summary
