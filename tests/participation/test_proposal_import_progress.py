"""Imports run in the background: the upload is stored, then checked and
imported by a task, and the agent follows a progress bar that refreshes by
itself without JavaScript and live with it."""

import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from accounts.roles import AGENTS
from participation.models import Proposal, ProposalImport
from participation.proposals.tasks import run_proposal_import
from tests.factories.accounts import staff

pytestmark = pytest.mark.django_db

URL = "/admin/proposal-moderation/import/"


@pytest.fixture
def agent(client, db):
    user = staff(AGENTS)
    client.force_login(user)
    return user


def rows_csv(themes, count):
    lines = ["title,text,theme,channel"]
    lines += [f"Idée {n},Texte {n},{themes[n % 3].slug},paper" for n in range(count)]
    return ("\n".join(lines) + "\n").encode()


def waiting_import(agent, call, data, language="fr"):
    return ProposalImport.objects.create(
        call=call, agent=agent, language=language, file_name="paper.csv", data=data
    )


def test_an_upload_leads_to_its_progress_page_which_shows_the_result(
    client, agent, call, themes
):
    response = client.post(
        URL,
        {"call": call.pk, "file": SimpleUploadedFile("paper.csv", rows_csv(themes, 3))},
    )
    record = ProposalImport.objects.get()
    assert response["Location"] == f"{URL}{record.pk}/"
    html = client.get(response["Location"]).content.decode()
    bar = re.search(r"<progress[^>]*>", html).group(0)
    assert 'max="6"' in bar and 'value="6"' in bar
    assert "3 propositions importées" in html
    assert 'http-equiv="refresh"' not in html
    assert Proposal.objects.count() == 3


def test_while_it_runs_the_page_refreshes_without_javascript_and_polls_with_it(
    client, agent, call, themes
):
    record = waiting_import(agent, call, rows_csv(themes, 3))
    html = client.get(f"{URL}{record.pk}/").content.decode()
    assert '<noscript><meta http-equiv="refresh" content="2"></noscript>' in html
    assert "<progress" in html and "js/import-progress.js" in html
    assert f'data-import-progress="{URL}{record.pk}/status.json"' in html
    state = client.get(f"{URL}{record.pk}/status.json").json()
    assert state["status"] == "waiting" and not state["finished"]

    run_proposal_import.enqueue(record.pk)  # what the worker does
    state = client.get(f"{URL}{record.pk}/status.json").json()
    assert state["finished"] and state["imported"] == 3
    assert state["value"] == state["max"] == 6


def test_progress_is_recorded_row_by_row_while_checking(agent, call, themes):
    from participation.proposals import imports

    seen = []
    record = waiting_import(agent, call, rows_csv(themes, 600))
    original = imports._save

    def spy(record, **fields):
        if "checked_rows" in fields:
            seen.append(ProposalImport.objects.get(pk=record.pk).checked_rows)
        original(record, **fields)

    imports._save = spy
    try:
        imports.run_import(record)
    finally:
        imports._save = original
    assert seen[:3] == [0, 250, 500]
    record.refresh_from_db()
    assert (record.status, record.checked_rows, record.imported_rows) == (
        "done",
        600,
        600,
    )


def test_bad_rows_are_listed_in_the_uploading_agents_language(
    client, agent, call, themes
):
    data = rows_csv(themes, 2) + b"Bancs,Texte,nowhere,paper\n"
    record = waiting_import(agent, call, data, language="en")
    run_proposal_import.enqueue(record.pk)
    record.refresh_from_db()
    assert record.status == "refused"
    assert record.errors == [[4, ["Unknown theme “nowhere”."]]]
    assert not Proposal.objects.exists()


def test_another_agent_cannot_follow_someone_elses_import(client, agent, call, themes):
    record = waiting_import(agent, call, rows_csv(themes, 1))
    client.force_login(staff(AGENTS))
    for path in (f"{URL}{record.pk}/", f"{URL}{record.pk}/status.json"):
        response = client.get(path)
        assert response.status_code in (302, 403)
        assert b"paper.csv" not in response.content
