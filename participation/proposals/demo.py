"""Demo proposals: the 2021 call with about 565 proposals over the plan's themes.

`build(demo)` runs after the plan's builder and uses the themes, objectives,
neighbourhoods and events that exist; with no theme it creates nothing. The
generator is seeded, so every run gives the same proposals, and it writes
with bulk_create, so it takes seconds.
"""

import datetime
import random
from collections import Counter

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone
from taggit.models import Tag
from wagtail.models import Locale

from climate_plan.models import Neighbourhood, ObjectivePage, ThemePage
from home.models import ContentPage
from participation.models import (
    Channel,
    EventPage,
    EventType,
    ModerationMode,
    Proposal,
    ProposalCall,
    ProposalHistory,
    ProposalStatus,
    Support,
    TaggedProposal,
)
from participation.proposals import demo_texts as texts
from participation.proposals.services import reference, reserve_references
from participation.proposals.statuses import ensure_default_statuses

CALL_TITLE = "Appel à propositions 2021 — Pour le climat, à Ivry, on agit !"
OPEN_CALL_TITLE = "Boîte à idées permanente du plan climat"
PROPOSAL_COUNT = 565
SEED = 2021
RESIDENTS = 60


def aware(year, month, day, hour=12):
    return timezone.make_aware(datetime.datetime(year, month, day, hour))


def topic_of(theme, index):
    """Recognise a theme's topic from its title or slug; otherwise by position."""
    name = f"{theme.title} {theme.slug}".lower()
    for topic, keywords in texts.TOPIC_KEYWORDS.items():
        if any(keyword in name for keyword in keywords):
            return topic
    return list(texts.FR)[index % len(texts.FR)]


CONTRACTIONS = [
    (" de le ", " du "),
    (" de les ", " des "),
    (" à le ", " au "),
    (" à les ", " aux "),
]


def fill(template, rng, places):
    text = template.format(
        **{slot: rng.choice(options) for slot, options in places.items()}
    )
    for long, short in CONTRACTIONS:  # French: « de le parc » is « du parc »
        text = text.replace(long, short)
    return text


def write(rng, topic, language):
    """A title and a text in the language, from the topic's material."""
    if language == "en":
        material, places = texts.EN, texts.EN_PLACES
    elif language == "es":
        material, places = texts.ES, texts.ES_PLACES
    else:
        material, places = texts.FR[topic], texts.PLACES
    title = fill(rng.choice(material["titles"]), rng, places)
    title = title[0].upper() + title[1:]
    proposal = {"en": "My proposal: {}.", "es": "Propongo: {}."}.get(
        language, "Je propose : {}."
    )
    sentences = [
        fill(rng.choice(material["situations"]), rng, places),
        proposal.format(title[0].lower() + title[1:]),
        rng.choice(material["benefits"]),
    ]
    return title, " ".join(sentences)


def channel_for(rng, workshops, caravan_stops):
    roll = rng.random()
    if roll < 0.45:
        return Channel.ONLINE, None
    if roll < 0.65:
        return Channel.CARAVAN, rng.choice(caravan_stops) if caravan_stops else None
    if roll < 0.90:
        return Channel.WORKSHOP, rng.choice(workshops) if workshops else None
    if roll < 0.97:
        return Channel.PAPER, None
    return Channel.NEIGHBOURHOOD_HOUSE, None


def status_for(rng, objectives):
    """Most proposals end up grouped into an objective, as in 2021 (~60 %)."""
    roll = rng.random()
    if objectives and roll < 0.62:
        sub = rng.random()
        if sub < 0.55:
            return ProposalStatus.GROUPED
        if sub < 0.80:
            return ProposalStatus.RETAINED
        return ProposalStatus.IMPLEMENTED
    if roll < 0.80:
        return ProposalStatus.PUBLISHED
    if roll < 0.90:
        return ProposalStatus.UNDER_STUDY
    if roll < 0.96:
        return ProposalStatus.NOT_RETAINED
    if roll < 0.98:
        return ProposalStatus.REJECTED
    return ProposalStatus.SUBMITTED


def demo_residents():
    """Demo accounts that support proposals (no password: nobody signs in as them)."""
    User = get_user_model()
    emails = [f"habitant{n:02d}@demo.invalid" for n in range(1, RESIDENTS + 1)]
    existing = set(
        User.objects.filter(email__in=emails).values_list("email", flat=True)
    )
    pseudonyms = [
        "Amina",
        "Jules",
        "Lucie",
        "Karim",
        "Sofia",
        "Mamadou",
        "Chloé",
        "Hugo",
    ]
    new = []
    for number, email in enumerate(emails):
        if email not in existing:
            user = User(
                email=email, display_name=f"{pseudonyms[number % 8]} {number + 1}"
            )
            user.set_unusable_password()
            new.append(user)
    User.objects.bulk_create(new)
    return list(User.objects.filter(email__in=emails).order_by("email"))


def generate(
    call,
    themes,
    *,
    count=PROPOSAL_COUNT,
    seed=SEED,
    neighbourhoods=(),
    events=(),
    residents=(),
    start=None,
    end=None,
):
    """Create `count` proposals for the call over `themes` (source-locale pages).

    Objectives are each theme's source-locale children. Returns the proposals.
    """
    rng = random.Random(seed)
    start = start or call.opens_at
    end = end or call.closes_at
    span = (end - start).total_seconds()
    ensure_default_statuses()
    statuses = {s.code: s for s in ProposalStatus.objects.all()}
    objectives = {
        theme.pk: list(
            ObjectivePage.objects.child_of(theme)
            .filter(locale=theme.locale)
            .order_by("path")
        )
        for theme in themes
    }
    topics = {theme.pk: topic_of(theme, index) for index, theme in enumerate(themes)}
    workshops = [e for e in events if e.event_type == EventType.WORKSHOP]
    caravan_stops = [e for e in events if e.event_type == EventType.CARAVAN]
    neighbourhoods = list(neighbourhoods)
    residents = list(residents)
    year = call.reference_year
    rows, plans = [], []
    with transaction.atomic():
        numbers = reserve_references(year, count)
    for number in numbers:
        theme = themes[rng.randrange(len(themes))]
        language = rng.choices(["fr", "en", "es"], weights=[88, 8, 4])[0]
        title, text = write(rng, topics[theme.pk], language)
        channel, event = channel_for(rng, workshops, caravan_stops)
        submitted_at = (
            event.start
            if event
            else start + datetime.timedelta(seconds=rng.random() * span)
        )
        code = status_for(rng, objectives[theme.pk])
        author = (
            rng.choice(residents) if channel == Channel.ONLINE and residents else None
        )
        answer = ""
        if (
            code in (ProposalStatus.RETAINED, ProposalStatus.IMPLEMENTED)
            or rng.random() < 0.08
        ):
            answer = rng.choice(texts.ANSWERS)
        reason = (
            rng.choice(texts.NOT_RETAINED_REASONS)
            if code == ProposalStatus.NOT_RETAINED
            else ""
        )
        if code == ProposalStatus.REJECTED:
            reason = "Hors sujet : cette demande ne concerne pas le plan climat."
        status = statuses[code]
        rows.append(
            Proposal(
                call=call,
                reference=reference(year, number),
                title=title[:150],
                text=text,
                theme=theme,
                neighbourhood=(
                    event.neighbourhood
                    if event and event.neighbourhood
                    else rng.choice(neighbourhoods)
                    if neighbourhoods and rng.random() < 0.7
                    else None
                ),
                channel=channel,
                event=event,
                author=author,
                pseudonym=author.display_name
                if author
                else rng.choice(["", "", "Une habitante", "Un habitant"]),
                publish_pseudonym=rng.random() < 0.6,
                language=language,
                status=status,
                status_reason=reason,
                official_answer=answer,
                answered_at=end + datetime.timedelta(days=40) if answer else None,
                submitted_at=submitted_at,
                published_at=submitted_at + datetime.timedelta(days=2)
                if status.is_public
                else None,
            )
        )
        grouped = code in (
            ProposalStatus.GROUPED,
            ProposalStatus.RETAINED,
            ProposalStatus.IMPLEMENTED,
        )
        plans.append(
            {
                "objectives": rng.sample(objectives[theme.pk], k=1) if grouped else [],
                "tags": rng.sample(texts.TAGS[topics[theme.pk]], k=rng.randint(0, 3)),
                "supporters": rng.sample(
                    residents, k=min(len(residents), int(rng.expovariate(0.2)))
                )
                if status.is_public
                else [],
                "code": code,
            }
        )
    with transaction.atomic():
        proposals = Proposal.objects.bulk_create(rows)
        _relations(proposals, plans, statuses)
    return proposals


def _relations(proposals, plans, statuses):
    through = Proposal.objectives.through
    tag_names = {name for plan in plans for name in plan["tags"]}
    for name in tag_names:
        Tag.objects.get_or_create(name=name, defaults={"slug": _slug(name)})
    tags = {tag.name: tag for tag in Tag.objects.filter(name__in=tag_names)}
    links, tagged, supports, history = [], [], [], []
    submitted = statuses[ProposalStatus.SUBMITTED]
    for proposal, plan in zip(proposals, plans, strict=True):
        links += [
            through(proposal_id=proposal.pk, objectivepage_id=o.pk)
            for o in plan["objectives"]
        ]
        tagged += [
            TaggedProposal(content_object=proposal, tag=tags[name])
            for name in plan["tags"]
        ]
        supports += [
            Support(proposal=proposal, user=user) for user in plan["supporters"]
        ]
        proposal.support_count = len(plan["supporters"])
        action = (
            ProposalHistory.Action.SUBMITTED
            if proposal.channel == Channel.ONLINE
            else ProposalHistory.Action.ENTERED
        )
        history.append(
            ProposalHistory(
                proposal=proposal,
                action=action,
                to_status=submitted,
                created_at=proposal.submitted_at,
            )
        )
        if plan["code"] != ProposalStatus.SUBMITTED:
            history.append(
                ProposalHistory(
                    proposal=proposal,
                    action=ProposalHistory.Action.STATUS,
                    from_status=submitted,
                    to_status=proposal.status,
                    note=proposal.status_reason,
                    created_at=proposal.published_at
                    or proposal.submitted_at + datetime.timedelta(days=2),
                )
            )
    through.objects.bulk_create(links)
    TaggedProposal.objects.bulk_create(tagged)
    Support.objects.bulk_create(supports, ignore_conflicts=True)
    ProposalHistory.objects.bulk_create(history)
    Proposal.objects.bulk_update(proposals, ["support_count"])


def _slug(name):
    from django.utils.text import slugify

    return slugify(name, allow_unicode=False) or "tag"


def build(demo):
    source = Locale.get_default()
    themes = list(ThemePage.objects.live().filter(locale=source).order_by("path"))
    if not themes:
        return  # the plan's themes come first; without them there is nothing to propose on
    call, _ = ProposalCall.objects.get_or_create(
        title=CALL_TITLE,
        defaults={
            "opens_at": aware(2021, 6, 15),
            "closes_at": aware(2021, 10, 31),
            "moderation": ModerationMode.PRE,
            "per_account_limit": 10,
        },
    )
    open_call, _ = ProposalCall.objects.get_or_create(
        title=OPEN_CALL_TITLE,
        defaults={
            "opens_at": aware(2022, 1, 1),
            "closes_at": aware(2035, 12, 31),
            "moderation": ModerationMode.PRE,
            "per_account_limit": 5,
        },
    )
    if not call.proposals.exists():
        events = EventPage.objects.filter(locale=source, start__year=2021)
        generate(
            call,
            themes,
            neighbourhoods=Neighbourhood.objects.all(),
            events=list(events.select_related("neighbourhood")),
            residents=demo_residents(),
        )
    page = proposal_page(demo, call, open_call)
    demo.pages["proposals"] = page
    demo.translate(page)
    if demo.verbose:
        print(Counter(call.proposals.values_list("status__code", flat=True)))  # noqa: T201


def proposal_page(demo, call, open_call):
    t = demo.text
    body = [
        (
            "paragraph",
            "<p>"
            + t(
                "En 2021, 565 propositions ont été recueillies en ligne, par la caravane citoyenne, "
                "dans 13 ateliers et sur papier. La boîte à idées reste ouverte pour suivre le plan.",
                "In 2021, 565 proposals were collected online, by the citizen caravan, in 13 "
                "workshops and on paper. The idea box stays open while the plan is carried out.",
                "En 2021 se recogieron 565 propuestas en línea, en la caravana ciudadana, en 13 "
                "talleres y en papel. El buzón de ideas sigue abierto durante el plan.",
            )
            + "</p>",
        ),
        (
            "proposal_form",
            {
                "call": open_call,
                "heading": t(
                    "Faites une proposition", "Make a proposal", "Haga una propuesta"
                ),
                "intro": t(
                    "Une idée pour le climat à Ivry ? Décrivez-la en quelques lignes : elle sera "
                    "lue par l’équipe du plan climat puis publiée.",
                    "An idea for the climate in Ivry? Describe it in a few lines: the climate "
                    "plan team reads it, then publishes it.",
                    "¿Una idea para el clima en Ivry? Descríbala en pocas líneas: el equipo del "
                    "plan climático la leerá y luego la publicará.",
                ),
                "sign_in_text": t(
                    "Pour proposer, connectez-vous ou créez un compte avec une adresse e-mail "
                    "vérifiée : nous pourrons vous dire ce que devient votre proposition.",
                    "To propose, sign in or create an account with a verified email address: we "
                    "can then tell you what becomes of your proposal.",
                    "Para proponer, inicie sesión o cree una cuenta con un correo verificado: así "
                    "podremos contarle qué pasa con su propuesta.",
                ),
                "title_label": "",
                "text_label": "",
                "theme_label": "",
                "neighbourhood_label": "",
                "tags_label": "",
                "consent_label": "",
                "submit_label": t(
                    "Envoyer ma proposition", "Send my proposal", "Enviar mi propuesta"
                ),
                "success_message": t(
                    "Merci ! Votre proposition est bien reçue. Vous recevrez un e-mail dès sa publication.",
                    "Thank you! Your proposal is received. You will get an email once it is published.",
                    "¡Gracias! Hemos recibido su propuesta. Recibirá un correo cuando se publique.",
                ),
                "closed_message": t(
                    "La boîte à idées est fermée pour le moment.",
                    "The idea box is closed for now.",
                    "El buzón de ideas está cerrado por ahora.",
                ),
            },
        ),
        (
            "proposal_list",
            {
                "heading": t(
                    "Les propositions les plus soutenues",
                    "The most supported proposals",
                    "Las propuestas más apoyadas",
                ),
                "intro": "",
                "call": call,
                "sort": "supported",
                "count": 6,
                "link_label": t(
                    "Voir les 565 propositions",
                    "See the 565 proposals",
                    "Ver las 565 propuestas",
                ),
            },
        ),
    ]
    return demo.child(
        demo.home,
        ContentPage,
        t("proposer", "propose", "proponer"),
        title=t("Proposer", "Propose", "Proponer"),
        intro=t(
            "Vos idées pour le plan climat, et ce qu’elles sont devenues.",
            "Your ideas for the climate plan, and what became of them.",
            "Sus ideas para el plan climático y lo que ha sido de ellas.",
        ),
        show_in_menus=True,
        body=body,
    )
