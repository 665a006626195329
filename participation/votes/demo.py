"""The citizen vote of November 2021: five themes, about 2,600 voters, sealed,
counted, certified and published, its receipts listed, its results applied to
the objectives and shown on the 2021 conference page; plus a trial vote, open
now, on which visitors can try the ballot.

The rankings are deterministic (a seeded generator) and the build idempotent:
the campaign is found by title and rebuilt. Sealing uses fresh randomness, so
receipts differ from one build to the next; results do not. The private keys
made here are thrown away: the 2021 vote is certified in the build, and the
trial vote is never counted. The simulated preferences follow the plan's
priority ranks where they exist, so applying the results keeps the plan as
written.
"""

import datetime
import random
import uuid
from zoneinfo import ZoneInfo

from django.db import transaction
from django.utils import timezone

from accounts import identity
from climate_plan.models import ObjectivePage, ThemePage
from home.models import ContentPage
from participation.models import (
    Ballot,
    BallotChannel,
    CampaignTheme,
    CampaignTitle,
    CountedBallot,
    PaperBallotEntry,
    PublishedReceipt,
    VoteCampaign,
    VoterRecord,
    VotingCode,
)
from participation.votes import sealing, services, voter_keys

PARIS = ZoneInfo("Europe/Paris")
TITLE_2021 = "Vote citoyen — novembre 2021"
TITLE_TRIAL = "Vote d’essai — essayez le bulletin"
# The campaigns' titles in the other languages of the site.
TITLES = {
    TITLE_2021: {
        "en": "Citizen vote — November 2021",
        "es": "Votación ciudadana — noviembre de 2021",
    },
    TITLE_TRIAL: {
        "en": "Trial vote — try the ballot",
        "es": "Votación de prueba — pruebe la papeleta",
    },
}
VOTERS = 2600
# Caravan days (codes) and neighbourhood-house days (paper) of the vote.
CARAVAN_DAYS = [datetime.date(2021, 11, d) for d in (13, 20, 27)]
PAPER_DAYS = [datetime.date(2021, 11, d) for d in (9, 16, 23, 26)]


def build(demo):
    themes = ballot_themes()
    if not themes:
        return  # no plan yet: nothing to vote on
    vote_2021 = campaign(
        TITLE_2021,
        datetime.datetime(2021, 11, 8, 9, tzinfo=PARIS),
        datetime.datetime(2021, 11, 28, 20, tzinfo=PARIS),
        themes,
    )
    private_key = services.generate_keys(vote_2021)
    with transaction.atomic():
        simulate_ballots(vote_2021, themes)
    services.certify(
        vote_2021,
        private_key,
        "Commission du vote citoyen (présidence : Mme la maire adjointe)",
        now=datetime.datetime(2021, 11, 29, 18, tzinfo=PARIS),
    )
    services.publish_results(
        vote_2021, now=datetime.datetime(2021, 11, 30, 9, tzinfo=PARIS)
    )
    services.apply_results_to_plan(vote_2021)
    now = timezone.now().astimezone(PARIS).replace(minute=0, second=0, microsecond=0)
    trial = campaign(
        TITLE_TRIAL,
        now - datetime.timedelta(days=1),
        now + datetime.timedelta(days=365),
        themes[:2],
        is_trial=True,
    )
    services.generate_keys(trial)
    vote_page(demo, vote_2021, trial)
    conference_results(demo, vote_2021)


def ballot_themes():
    """The first five themes of the plan (fr) that have 3 to 5 objectives."""
    chosen = []
    for theme in ThemePage.objects.filter(locale__language_code="fr").order_by("path"):
        objectives = list(ObjectivePage.objects.child_of(theme).order_by("path"))
        if 3 <= len(objectives) <= 5:
            chosen.append((theme, objectives))
        if len(chosen) == 5:
            break
    return chosen


def campaign(title, opens_at, closes_at, themes, is_trial=False):
    """The campaign with this title, made afresh, with its ballot themes and its
    title in the other languages."""
    VoteCampaign.objects.filter(title=title).delete()
    vote = VoteCampaign.objects.create(
        title=title,
        opens_at=opens_at,
        closes_at=closes_at,
        ranks=3,
        is_trial=is_trial,
    )
    for language, translated in TITLES.get(title, {}).items():
        CampaignTitle.objects.create(campaign=vote, language=language, title=translated)
    vote.ballot_themes.all().delete()
    for order, (theme, objectives) in enumerate(themes):
        ct = CampaignTheme(campaign=vote, theme=theme, sort_order=order)
        ct.save()
        ct.options.set(objectives)
        ct.save()
    return vote


def preference_weights(objectives):
    """Heavier for a better priority rank of the plan (tree order where unset)."""
    size = len(objectives)
    return [(size - (page.priority_rank or size + 1) + 2) ** 1.6 for page in objectives]


def simulate_ballots(vote, themes):
    rng = random.Random(2021)
    for model in (
        Ballot,
        CountedBallot,
        PublishedReceipt,
        VoterRecord,
        VotingCode,
        PaperBallotEntry,
    ):
        model.objects.filter(campaign=vote).delete()
    sealing_box = sealing.box(vote.public_key)
    days = [datetime.date(2021, 11, 8) + datetime.timedelta(days=n) for n in range(21)]
    # Turnout grows towards the end, as in any vote.
    day_weights = [
        1 + n / 4 + (2 if d.weekday() >= 5 else 0) for n, d in enumerate(days)
    ]
    ballots, records, codes = [], [], []
    for number in range(VOTERS):
        draw = rng.random()
        channel = (
            BallotChannel.ONLINE
            if draw < 0.78
            else BallotChannel.CODE
            if draw < 0.90
            else BallotChannel.PAPER
        )
        if channel == BallotChannel.ONLINE:
            day = rng.choices(days, day_weights)[0]
            # The key an account first verified with this address would get.
            key = identity.mailbox_key(f"votant{number}@example.org")
        elif channel == BallotChannel.CODE:
            day = rng.choice(CARAVAN_DAYS)
            code = f"DEMO-{number:04d}-2021"
            key = voter_keys.code_voter_key(code)
            codes.append(
                VotingCode(
                    campaign=vote, code_hash=key, created_on=datetime.date(2021, 11, 5)
                )
            )
        else:
            day, key = rng.choice(PAPER_DAYS), None
        for theme, objectives in themes:
            if rng.random() > 0.8:
                continue  # not everyone votes in every theme
            length = rng.choices([1, 2, 3], [8, 12, 80])[0]
            ranking = weighted_sample(
                rng, objectives, preference_weights(objectives), length
            )
            ballots.append(
                Ballot(
                    id=uuid.UUID(int=rng.getrandbits(128), version=4),
                    campaign=vote,
                    theme=theme,
                    channel=channel,
                    sealed=sealing.seal(
                        sealing_box, [page.pk for page in ranking], vote.ranks
                    ),
                )
            )
            if key is not None:
                records.append(
                    VoterRecord(campaign=vote, theme=theme, voter_key=key, voted_on=day)
                )
    rng.shuffle(ballots)
    VotingCode.objects.bulk_create(codes)
    Ballot.objects.bulk_create(ballots, batch_size=2000)
    VoterRecord.objects.bulk_create(records, batch_size=2000)


def weighted_sample(rng, items, weights, length):
    items, weights, chosen = list(items), list(weights), []
    for _ in range(min(length, len(items))):
        index = rng.choices(range(len(items)), weights)[0]
        chosen.append(items.pop(index))
        weights.pop(index)
    return chosen


def vote_page(demo, vote_2021, trial):
    t = demo.text
    page = demo.child(
        demo.home,
        ContentPage,
        t("vote-citoyen", "citizen-vote", "votacion-ciudadana"),
        title=t("Le vote citoyen", "The citizen vote", "La votación ciudadana"),
        intro=t(
            "Dans chaque thème, classez les trois objectifs que vous voulez voir réalisés en premier.",
            "In each theme, rank the three objectives you want carried out first.",
            "En cada tema, ordene los tres objetivos que quiere ver realizados primero.",
        ),
        show_in_menus=True,
        body=[
            (
                "vote_widget",
                {
                    "campaign": trial,
                    "heading": t(
                        "Essayez le bulletin", "Try the ballot", "Pruebe la papeleta"
                    ),
                    "intro": "<p>"
                    + t(
                        "Ce vote d’essai ne compte pas : il sert à découvrir le bulletin, au clavier, "
                        "sur mobile ou avec un lecteur d’écran.",
                        "This trial vote does not count: it lets you try the ballot, by keyboard, on a "
                        "phone or with a screen reader.",
                        "Esta votación de prueba no cuenta: sirve para descubrir la papeleta, con el "
                        "teclado, en el móvil o con un lector de pantalla.",
                    )
                    + "</p>",
                },
            ),
            (
                "vote_widget",
                {
                    "campaign": vote_2021,
                    "heading": t(
                        "Le vote de novembre 2021",
                        "The November 2021 vote",
                        "La votación de noviembre de 2021",
                    ),
                    "intro": "",
                },
            ),
            (
                "vote_results",
                {
                    "campaign": vote_2021,
                    "heading": t(
                        "Les résultats de 2021",
                        "The 2021 results",
                        "Los resultados de 2021",
                    ),
                    "intro": "",
                },
            ),
        ],
    )
    demo.translate(page)
    demo.pages["vote"] = page


def conference_results(demo, vote):
    """Show the results on the 2021 conference page (or a page of their own)."""
    t = demo.text
    results_block = (
        "vote_results",
        {
            "campaign": vote,
            "heading": t(
                "Les résultats du vote citoyen",
                "The results of the citizen vote",
                "Los resultados de la votación ciudadana",
            ),
            "intro": "<p>"
            + t(
                "Environ 2 600 habitants ont voté en ligne, avec un code de la caravane ou sur papier "
                "dans les maisons de quartier.",
                "About 2,600 residents voted online, with a code from the caravan or on paper in the "
                "neighbourhood houses.",
                "Unos 2600 habitantes votaron en línea, con un código de la caravana o en papel en "
                "las casas de barrio.",
            )
            + "</p>",
        },
    )
    try:
        from climate_plan.models import ConferencePage
    except ImportError:  # the plan without conferences
        ConferencePage = None
    conference = (
        ConferencePage.objects.filter(
            locale__language_code="fr", edition_year=2021
        ).first()
        if ConferencePage
        else None
    )
    if conference is None:
        page = demo.child(
            demo.home,
            ContentPage,
            t("resultats-du-vote", "vote-results", "resultados-de-la-votacion"),
            title=t("Résultats du vote", "Vote results", "Resultados de la votación"),
            intro="",
            show_in_menus=False,
            body=[results_block],
        )
        demo.translate(page)
        return
    # The 2021 conference keeps the priorities of the 2021 vote, whatever a
    # later vote applies to the plan.
    body = [
        (
            block.block_type,
            {"title": block.value["title"], "vote": vote}
            if block.block_type == "prioritised_objectives"
            else block.value,
        )
        for block in conference.body
        if block.block_type != "vote_results"
    ]
    conference.body = [*body, results_block]
    conference.save_revision().publish()
    demo.translate(conference)
