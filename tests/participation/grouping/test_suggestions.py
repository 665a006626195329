"""Grouping suggestions in the admin, over HTTP: staff run them on a call,
then accept, split, merge, rename or reject each; nothing is linked to an
objective before someone accepts, and nothing is published."""

import pytest
from django.urls import reverse

from climate_plan.models import ObjectivePage
from participation.grouping.models import GroupingRun, GroupingSuggestion
from participation.models import Proposal, ProposalHistory
from tests.participation.grouping.conftest import suggestion_of

pytestmark = pytest.mark.django_db

INDEX = "/admin/proposal-grouping/"
LINKS = Proposal.objectives.through


def act(client, suggestion, action, **data):
    return client.post(
        f"{INDEX}suggestion/{suggestion.pk}/", {"action": action, **data}
    )


def test_staff_start_a_run_and_read_suggestions_with_their_words_and_nothing_is_linked(
    client, grouper, call, proposals, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(INDEX, {"call": call.pk, "clusters": "2"})
    run = GroupingRun.objects.get()
    assert response["Location"] == f"{INDEX}{run.pk}/"
    assert run.created_by == grouper and run.parameters["clusters"] == 2
    html = client.get(response["Location"]).content.decode()
    assert html.count('class="grouping-suggestion"') == 2
    assert "vélos" in html and "logements" in html
    bikes = suggestion_of(run, proposals["bikes"][0])
    assert set(bikes.proposals.all()) == set(proposals["bikes"])
    assert LINKS.objects.count() == 0
    assert not ProposalHistory.objects.filter(action="grouped").exists()


def test_accepting_links_the_proposals_to_a_new_draft_objective_and_publishes_nothing(
    client, run, proposals, themes, mailoutbox
):
    bikes = suggestion_of(run, proposals["bikes"][0])
    statuses = {p.pk: p.status_id for p in Proposal.objects.all()}
    response = act(
        client, bikes, "accept", title="Se déplacer à vélo", theme=themes[0].pk
    )
    assert "Se déplacer à vélo" in client.get(response["Location"]).content.decode()
    objective = ObjectivePage.objects.get(title="Se déplacer à vélo")
    assert not objective.live and objective.get_parent().pk == themes[0].pk
    assert set(objective.proposals.all()) == set(proposals["bikes"])
    assert {p.pk: p.status_id for p in Proposal.objects.all()} == statuses
    assert mailoutbox == []
    bikes.refresh_from_db()
    assert bikes.state == "accepted" and bikes.objective_id == objective.pk
    assert (
        "Se déplacer à vélo"
        not in client.get(proposals["bikes"][0].get_absolute_url()).content.decode()
    )
    open_data = client.get(reverse("participation:proposals_open_data"))
    assert proposals["bikes"][0].reference in open_data.content.decode()
    assert "Se déplacer à vélo" not in open_data.content.decode()


def test_accepting_an_existing_objective_again_in_a_new_run_adds_no_second_link(
    client, grouper, run, call, proposals, themes, django_capture_on_commit_callbacks
):
    objective = ObjectivePage.objects.get(title="Objectif 1.1")
    act(
        client,
        suggestion_of(run, proposals["bikes"][0]),
        "accept",
        objective=objective.pk,
    )
    with django_capture_on_commit_callbacks(execute=True):
        client.post(INDEX, {"call": call.pk, "clusters": "2", "include_grouped": "on"})
    second = GroupingRun.objects.exclude(pk=run.pk).get()
    act(
        client,
        suggestion_of(second, proposals["bikes"][0]),
        "accept",
        objective=objective.pk,
    )
    assert LINKS.objects.filter(objectivepage_id=objective.pk).count() == 5
    assert ProposalHistory.objects.filter(action="grouped").count() == 5


def test_a_run_leaves_out_proposals_linked_already_unless_asked(
    client, run, call, proposals, django_capture_on_commit_callbacks
):
    act(
        client,
        suggestion_of(run, proposals["bikes"][0]),
        "accept",
        objective=ObjectivePage.objects.get(title="Objectif 1.1").pk,
    )
    with django_capture_on_commit_callbacks(execute=True):
        client.post(INDEX, {"call": call.pk})
    latest = GroupingRun.objects.exclude(pk=run.pk).get()
    grouped = {p.pk for p in proposals["bikes"]}
    assert latest.outcome["proposals"] == 5
    assert not any(
        p.pk in grouped for s in latest.suggestions.all() for p in s.proposals.all()
    )


def test_splitting_moves_the_ticked_proposals_to_a_new_suggestion(
    client, run, proposals
):
    bikes = suggestion_of(run, proposals["bikes"][0])
    moved = proposals["bikes"][:2]
    response = act(client, bikes, "split", proposals=[p.pk for p in moved])
    assert response.status_code == 302
    new = run.suggestions.exclude(pk=bikes.pk).get(proposals=moved[0])
    assert set(new.proposals.all()) == set(moved)
    assert set(bikes.proposals.all()) == set(proposals["bikes"][2:])
    assert new.terms and new.state == "open"
    assert new.position == bikes.position + 1
    assert LINKS.objects.count() == 0


def test_merging_folds_one_suggestion_into_the_other(client, run, proposals):
    bikes = suggestion_of(run, proposals["bikes"][0])
    insulation = suggestion_of(run, proposals["insulation"][0])
    act(client, bikes, "merge", other=insulation.pk)
    assert list(run.suggestions.all()) == [bikes]
    assert bikes.proposals.count() == 10
    assert LINKS.objects.count() == 0


def test_renaming_and_rejecting_change_only_the_suggestion(client, run, proposals):
    bikes = suggestion_of(run, proposals["bikes"][0])
    act(client, bikes, "rename", label="Vélo au quotidien")
    bikes.refresh_from_db()
    assert bikes.label == "Vélo au quotidien"
    act(client, bikes, "reject")
    bikes.refresh_from_db()
    assert bikes.state == "rejected" and bikes.decided_at is not None
    assert LINKS.objects.count() == 0
    response = act(client, bikes, "accept", objective=ObjectivePage.objects.first().pk)
    assert response.status_code == 302
    assert "déjà été tranchée" in client.get(response["Location"]).content.decode()
    assert LINKS.objects.count() == 0


@pytest.mark.parametrize(
    ("action", "data", "says"),
    [
        ("accept", {"title": "", "theme": ""}, "donnez un titre et un thème"),
        ("rename", {"label": ""}, "Champ requis"),
        ("split", {}, "Cochez les propositions à déplacer"),
    ],
)
def test_bad_input_says_why_keeps_the_page_and_changes_nothing(
    client, run, proposals, action, data, says
):
    bikes = suggestion_of(run, proposals["bikes"][0])
    response = act(client, bikes, action, **data)
    assert response.status_code == 400
    html = response.content.decode()
    assert says in html and html.count('class="grouping-suggestion"') == 2
    bikes.refresh_from_db()
    assert bikes.state == "open" and bikes.proposals.count() == 5
    assert LINKS.objects.count() == 0 and not ObjectivePage.objects.filter(live=False)


def test_splitting_off_every_proposal_is_refused(client, run, proposals):
    bikes = suggestion_of(run, proposals["bikes"][0])
    response = act(client, bikes, "split", proposals=[p.pk for p in proposals["bikes"]])
    assert "mais pas toutes" in client.get(response["Location"]).content.decode()
    assert run.suggestions.count() == 2


@pytest.mark.parametrize("who", ["resident", "editor"])
def test_residents_and_editors_without_the_permission_get_403(
    client, run, proposals, resident, who
):
    from accounts.roles import EDITORS
    from tests.factories.accounts import staff

    client.force_login(resident if who == "resident" else staff(EDITORS))
    bikes = suggestion_of(run, proposals["bikes"][0])
    objective = ObjectivePage.objects.first()
    for response in [
        client.get(INDEX),
        client.post(INDEX, {"call": run.call_id}),
        client.get(f"{INDEX}{run.pk}/"),
        client.get(f"{INDEX}{run.pk}/status.json"),
        act(client, bikes, "accept", objective=objective.pk),
        act(client, bikes, "reject"),
        act(client, bikes, "split", proposals=[proposals["bikes"][0].pk]),
    ]:
        if who == "editor":
            assert response.status_code == 403
        else:  # the admin sends residents to its sign-in page before any view
            assert response.status_code == 302
            assert "/admin/login/" in response["Location"]
    assert GroupingRun.objects.count() == 1
    bikes.refresh_from_db()
    assert bikes.state == "open" and LINKS.objects.count() == 0
    if who == "editor":
        assert (
            "Suggérer des regroupements" not in client.get("/admin/").content.decode()
        )


def test_while_a_run_waits_its_page_refreshes_and_reports_progress(
    client, grouper, call
):
    run = GroupingRun.objects.create(call=call, created_by=grouper)
    html = client.get(f"{INDEX}{run.pk}/").content.decode()
    assert '<noscript><meta http-equiv="refresh" content="2"></noscript>' in html
    assert f'data-import-progress="{INDEX}{run.pk}/status.json"' in html
    state = client.get(f"{INDEX}{run.pk}/status.json").json()
    assert state["status"] == "waiting" and not state["finished"]


def test_suggestions_are_listed_with_the_run_state(client, run):
    html = client.get(INDEX).content.decode()
    assert f'href="{INDEX}{run.pk}/"' in html
    assert "2 sur 2" in html
    assert GroupingSuggestion.objects.filter(run=run, state="open").count() == 2


def test_the_run_page_costs_the_same_queries_whatever_its_number_of_suggestions(
    client, run, proposals, django_assert_max_num_queries
):
    url = f"{INDEX}{run.pk}/"
    with django_assert_max_num_queries(200) as two:
        assert (
            client.get(url).content.decode().count('class="grouping-suggestion"') == 2
        )
    queries_for_two = len(two)  # read now: the next request empties the log
    bikes = suggestion_of(run, proposals["bikes"][0])
    act(client, bikes, "split", proposals=[proposals["bikes"][0].pk])
    act(
        client,
        suggestion_of(run, proposals["insulation"][0]),
        "split",
        proposals=[proposals["insulation"][0].pk],
    )
    assert run.suggestions.count() == 4
    with django_assert_max_num_queries(queries_for_two):
        html = client.get(url).content.decode()
    assert html.count('class="grouping-suggestion"') == 4
