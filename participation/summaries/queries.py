"""The approved summary of an objective as its page shows it."""

from django.db.models import Prefetch

from participation.models import Proposal
from participation.summaries.models import ObjectiveSummary


def public_summary(objective):
    """[(sentence, [public proposals cited])] of the objective's approved
    summary, or []. A proposal hidden since is not cited; a sentence left
    citing none is left out. Three queries."""
    summary = (
        ObjectiveSummary.objects.approved()
        .filter(objective=objective)
        .prefetch_related(
            "sentences",
            Prefetch(
                "sentences__proposals",
                queryset=Proposal.objects.public().order_by(
                    "-support_count", "reference"
                ),
            ),
        )
        .first()
    )
    if summary is None:
        return []
    shown = []
    for sentence in summary.sentences.all():
        cited = list(sentence.proposals.all())
        if cited:
            shown.append((sentence, cited))
    return shown
