"""The demo holds a grouping suggestion run over the 2021 call, for the
moderators to try in the admin."""

from accounts.roles import MODERATORS
from participation.grouping.models import GroupingRun
from participation.models import Proposal
from participation.proposals.demo import CALL_TITLE
from tests.factories.accounts import staff


def test_the_demo_call_has_a_stored_run_whose_suggestions_moderators_review(
    client, demo_site
):
    run = GroupingRun.objects.get(call__title=CALL_TITLE)
    assert run.status == "done" and run.created_by.email == "moderator@example.org"
    suggestions = list(run.suggestions.all())
    assert len(suggestions) == run.outcome["clusters"] > 1
    assert all(s.state == "open" and s.terms for s in suggestions)
    grouped = sum(s.proposals.count() for s in suggestions)
    assert grouped == run.outcome["proposals"]
    # The run read the proposals that no objective holds yet, and linked none.
    assert not Proposal.objects.filter(
        grouping_suggestions__run=run, objectives__isnull=False
    ).exists()
    client.force_login(staff(MODERATORS))
    html = client.get(f"/admin/proposal-grouping/{run.pk}/").content.decode()
    assert html.count('class="grouping-suggestion"') == len(suggestions)
    assert suggestions[0].label in html
