"""Import of paper proposals: all rows or none, and a report of each bad row."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command
from openpyxl import Workbook

from accounts.roles import AGENTS
from participation.models import Proposal
from tests.factories.accounts import staff

pytestmark = pytest.mark.django_db

HEADER = "title,text,theme,channel,date,language,neighbourhood,event,tags,pseudonym,contact\n"


@pytest.fixture
def agent(db):
    return staff(AGENTS)


def good_csv(themes):
    return (
        HEADER
        + f"Un composteur,Au square,{themes[0].slug},paper,2021-07-12,fr,centre-ville,,compost,Marie,06 12\n"
        + f"More trees,Shade please,{themes[1].title},caravan,12/07/2021,en,,,,,\n"
    )


def test_agent_imports_a_good_csv_from_the_admin(
    client, agent, call, themes, neighbourhood
):
    client.force_login(agent)
    upload = SimpleUploadedFile("paper.csv", good_csv(themes).encode(), "text/csv")
    response = client.post(
        "/admin/proposal-moderation/import/", {"call": call.pk, "file": upload}
    )
    assert response.status_code == 302
    first, second = Proposal.objects.order_by("reference")
    assert (first.channel, first.entered_by, first.contact, first.neighbourhood) == (
        "paper",
        agent,
        "06 12",
        neighbourhood,
    )
    assert first.submitted_at.date().isoformat() == "2021-07-12"
    assert second.language == "en" and second.theme == themes[1]
    assert first.history.get().action == "imported"


def test_bad_rows_are_reported_and_nothing_is_imported(client, agent, call, themes):
    bad = (
        good_csv(themes)
        + "Sans thème,Texte,inconnu,online,hier,xx,,,,,\n"
        + ",,,,,,,,,,x\n"
    )
    client.force_login(agent)
    upload = SimpleUploadedFile("paper.csv", bad.encode(), "text/csv")
    response = client.post(
        "/admin/proposal-moderation/import/",
        {"call": call.pk, "file": upload},
        follow=True,
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert (
        "Ligne 4\u00a0:" in html and "Thème inconnu" in html and "Canal inconnu" in html
    )
    assert "n’est pas de la forme 2021-07-12" in html and "Langue inconnue" in html
    assert "Ligne 5\u00a0:" in html and "«\u00a0title\u00a0» est vide." in html
    assert not Proposal.objects.exists()


def test_xlsx_template_downloads_and_imports(
    client, agent, call, themes, neighbourhood
):
    client.force_login(agent)
    template = client.get("/admin/proposal-moderation/import/template.xlsx")
    assert template.status_code == 200
    workbook = Workbook()
    sheet = workbook.active
    for line in good_csv(themes).splitlines():
        sheet.append(line.split(","))
    buffer = io.BytesIO()
    workbook.save(buffer)
    upload = SimpleUploadedFile("paper.xlsx", buffer.getvalue())
    client.post("/admin/proposal-moderation/import/", {"call": call.pk, "file": upload})
    assert Proposal.objects.count() == 2


def test_moderators_cannot_import(client, call):
    from accounts.roles import MODERATORS

    client.force_login(staff(MODERATORS))
    response = client.get("/admin/proposal-moderation/import/")
    assert response.status_code in (302, 403)


def test_management_command_imports_all_or_nothing(
    tmp_path, agent, call, themes, neighbourhood
):
    good = tmp_path / "good.csv"
    good.write_text(good_csv(themes), encoding="utf-8")
    bad = tmp_path / "bad.csv"
    bad.write_text(good_csv(themes) + "x,y,nope,paper,,,,,,,\n", encoding="utf-8")
    with pytest.raises(CommandError, match="1 bad rows"):
        call_command(
            "import_proposals", str(bad), call=call.pk, agent=agent.email, verbosity=0
        )
    assert not Proposal.objects.exists()
    out = io.StringIO()
    call_command(
        "import_proposals",
        str(good),
        call=call.pk,
        agent=agent.email,
        stdout=out,
        verbosity=0,
    )
    assert "2 proposals imported" in out.getvalue()
    assert Proposal.objects.count() == 2
