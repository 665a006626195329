"""Demo grouping suggestions: one run over the 2021 call, stored as the
moderation team would have left it, every suggestion still to review.

Runs after the proposals' builder; without the demo call it creates nothing,
and a second load adds no second run.
"""

from django.contrib.auth import get_user_model

from participation.grouping import services
from participation.grouping.models import GroupingRun
from participation.models import ProposalCall
from participation.proposals.demo import CALL_TITLE, aware

MODERATOR = "moderator@example.org"
# A number given by staff (rather than the silhouette's choice over a range):
# one clustering, so the demo loads in a second.
CLUSTERS = 12


def build(demo):
    call = ProposalCall.objects.filter(title=CALL_TITLE).first()
    if call is None or call.grouping_runs.exists():
        return
    run = GroupingRun.objects.create(
        call=call,
        created_by=get_user_model().objects.filter(email=MODERATOR).first(),
        created_at=aware(2021, 11, 8, 10),
        language="fr",
        parameters={"clusters": CLUSTERS, "include_grouped": False},
    )
    services.execute_run(run)
