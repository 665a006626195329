"""Import files as agents really send them: spreadsheets' CSV dialects, long
or hostile values, the template's example row, the call's moderation mode.
Nothing here may end in a server error or a half-written import."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from accounts.roles import AGENTS
from participation.models import ModerationMode, Proposal
from tests.factories.accounts import staff

pytestmark = pytest.mark.django_db

URL = "/admin/proposal-moderation/import/"


@pytest.fixture
def agent(client, db):
    user = staff(AGENTS)
    client.force_login(user)
    return user


def upload(client, call, content, name="paper.csv"):
    data = content.encode("utf-8") if isinstance(content, str) else content
    response = client.post(
        URL,
        {"call": call.pk, "file": SimpleUploadedFile(name, data, "text/csv")},
        follow=True,
    )
    assert response.status_code < 500
    return response.content.decode()


def test_quotes_doubled_quotes_and_line_breaks_survive_a_semicolon_csv_with_bom(
    client, agent, call, themes
):
    content = (
        "\ufefftitle;text;theme;channel\r\n"
        f'"Un ""vrai"" titre";"Première ligne\r\ndeuxième ligne; avec un point-virgule";{themes[0].slug};paper\r\n'
        f'Des bancs;"Trois\nlignes\nde texte";{themes[1].slug};caravan\r\n'
    )
    upload(client, call, content)
    first, second = Proposal.objects.order_by("reference")
    assert first.title == 'Un "vrai" titre'
    assert first.text == "Première ligne\r\ndeuxième ligne; avec un point-virgule"
    assert second.text == "Trois\nlignes\nde texte"
    assert Proposal.objects.count() == 2


def test_a_comma_csv_with_semicolons_inside_quoted_text_is_read_with_commas(
    client, agent, call, themes
):
    content = (
        "title,text,theme,channel\n"
        f'Vélos,"Un texte; avec; des points-virgules",{themes[0].slug},paper\n'
    )
    upload(client, call, content)
    assert Proposal.objects.get().text == "Un texte; avec; des points-virgules"


def test_a_one_column_file_gets_a_clear_message(client, agent, call):
    html = upload(client, call, "title\nUne idée\nUne autre\n")
    assert "Le fichier n’a qu’une colonne" in html
    assert not Proposal.objects.exists()


def test_an_unclosed_quote_is_named_with_its_line(client, agent, call, themes):
    content = f'title,text,theme,channel\nBancs,"jamais fermé,{themes[0].slug},paper\n'
    html = upload(client, call, content)
    assert not Proposal.objects.exists()
    assert "La ligne 2 est illisible" in html


@pytest.mark.parametrize(
    ("column", "value", "message"),
    [
        ("pseudonym", "P" * 61, "«\u00a0pseudonym\u00a0» dépasse 60 caractères."),
        ("contact", "0" * 201, "«\u00a0contact\u00a0» dépasse 200 caractères."),
        ("text", "t" * 131_073, "Le texte dépasse"),
        ("theme", "x" * 131_073, "Thème inconnu"),
        ("tags", "a, b, c, d, e, f", "5 mots-clés au plus"),
    ],
)
def test_values_over_their_limit_are_row_errors_and_nothing_is_imported(
    client, agent, call, themes, column, value, message
):
    row = {"title": "Bancs", "text": "Texte", "theme": themes[0].slug}
    row["channel"] = "paper"
    row[column] = value
    header = ",".join(["title", "text", "theme", "channel", "pseudonym", "contact"])
    header += ",tags"
    cells = [row.get(name, "") for name in header.split(",")]
    good = f"Arbres,Texte,{themes[0].slug},paper,,,\n"
    bad = ",".join(f'"{cell}"' for cell in cells)
    html = upload(client, call, f"{header}\n{good}{bad}\n")
    assert message in html
    assert "Ligne 3" in html
    assert not Proposal.objects.exists()
    assert "x" * 100 not in html  # a bad value is quoted back shortened


def test_a_file_over_the_size_limit_is_refused_with_its_size(
    client, agent, call, themes, settings
):
    settings.AGIR_IMPORT_MAX_BYTES = 1000
    content = "title,text,theme,channel\n" + f"A,{'b' * 2000},x,paper\n"
    html = upload(client, call, content)
    assert "un import accepte au plus" in html
    assert not Proposal.objects.exists()


def test_the_templates_example_row_is_skipped(client, agent, call, themes):
    template = client.get(f"{URL}template.csv").content.decode("utf-8-sig")
    assert "[example]" in template
    row = f"Des arbres,De l’ombre,{themes[1].slug},paper,,fr,,,,,\n"
    upload(client, call, template.rstrip("\r\n") + "\r\n" + row)
    assert list(Proposal.objects.values_list("title", flat=True)) == ["Des arbres"]


@pytest.mark.parametrize(
    ("mode", "status", "public"),
    [
        (ModerationMode.PRE, "submitted", False),
        (ModerationMode.POST, "published", True),
    ],
)
def test_imported_rows_follow_the_calls_moderation_mode(
    client, agent, call, themes, mode, status, public
):
    call.moderation = mode
    call.save()
    upload(
        client, call, f"title,text,theme,channel\nBancs,Texte,{themes[0].slug},paper\n"
    )
    proposal = Proposal.objects.get()
    assert proposal.status.code == status
    client.logout()
    page = client.get(proposal.get_absolute_url())
    assert (page.status_code == 200) == public


def test_imported_proposals_are_found_by_the_site_search(
    client, agent, call, themes, django_capture_on_commit_callbacks
):
    call.moderation = ModerationMode.POST
    call.save()
    with django_capture_on_commit_callbacks(execute=True):
        upload(
            client,
            call,
            f"title,text,theme,channel,tags\nUn composteur,Au square,{themes[0].slug},paper,compost\n",
        )
    client.logout()
    html = client.get("/search/", {"q": "composteur"}).content.decode()
    assert Proposal.objects.get().get_absolute_url() in html
