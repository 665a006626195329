"""The plan: seven themes, their objectives, actions, updates, indicators and
monitoring committees."""

import datetime
from decimal import Decimal

from django.core.files.base import ContentFile
from wagtail.documents.models import Document
from wagtail.models import Locale, WorkflowPage

from climate_plan.demo import links, slug
from climate_plan.demo.data import COMMITTEE_MEMBERS, THEMES, UPDATES
from climate_plan.models import (
    ActionPage,
    ActionUpdate,
    ClimatePlanPage,
    CommitteeMeeting,
    CommitteeMember,
    CommitteeMonitoredAction,
    CommitteePage,
    Indicator,
    IndicatorGoal,
    IndicatorValue,
    ObjectivePage,
    ThemePage,
)
from climate_plan.models.review import plan_review_workflow
from home.demo.pictures import card_picture, colour_for

GHG_VALUES = [310, 305, 301, 296, 292, 270, 284, 279, 272, 266, 259]
BIKE_VALUES = {2015: 2.0, 2017: 2.4, 2019: 3.1, 2021: 4.5, 2023: 5.6, 2025: 6.8}


def build(demo):
    from climate_plan.demo import following

    following.register_texts(demo)
    t = demo.text
    home = demo.home
    ghg = indicator(
        demo,
        "ghg",
        t(
            "Émissions de gaz à effet de serre du territoire",
            "Greenhouse gas emissions of the territory",
            "Emisiones de gases de efecto invernadero del territorio",
        ),
        t("ktCO2e", "ktCO2e", "ktCO2e"),
        t(
            "Émissions directes et indirectes liées à l’énergie des habitants, des entreprises et des services.",
            "Direct and energy-related indirect emissions of residents, businesses and services.",
            "Emisiones directas e indirectas ligadas a la energía de vecinos, empresas y servicios.",
        ),
        t(
            "Inventaire territorial (AIRPARIF)",
            "Territorial inventory (AIRPARIF)",
            "Inventario territorial (AIRPARIF)",
        ),
        2015,
        310,
        2035,
        186,
        "decrease",
        dict(zip(range(2015, 2026), GHG_VALUES, strict=True)),
    )
    bike = indicator(
        demo,
        "bike",
        t(
            "Part des déplacements à vélo",
            "Share of trips by bike",
            "Proporción de desplazamientos en bici",
        ),
        "%",
        t(
            "Part des déplacements des habitants faits à vélo, tous motifs confondus.",
            "Share of residents’ trips made by bike, for any purpose.",
            "Proporción de los desplazamientos de los vecinos hechos en bici, por cualquier motivo.",
        ),
        t(
            "Enquête mobilité (Île-de-France Mobilités)",
            "Travel survey (Île-de-France Mobilités)",
            "Encuesta de movilidad (Île-de-France Mobilités)",
        ),
        2015,
        2,
        2035,
        12,
        "increase",
        BIKE_VALUES,
    )
    demo.translate(ghg)
    demo.translate(bike)

    plan = demo.child(
        home,
        ClimatePlanPage,
        t("plan-climat", "climate-plan", "plan-clima"),
        title=t(
            "Le plan d’action climat",
            "The climate action plan",
            "El plan de acción climática",
        ),
        intro=t(
            "Ce que la ville s’engage à faire, thème par thème, et où elle en est.",
            "What the city commits to, theme by theme, and where it stands.",
            "Lo que la ciudad se compromete a hacer, tema por tema, y en qué punto está.",
        ),
        show_in_menus=True,
        target_statement=t(
            "Réduire de 40 % les émissions de gaz à effet de serre du territoire d’ici 2035 par rapport à 2015.",
            "Cut the territory’s greenhouse gas emissions by 40 % by 2035 compared with 2015.",
            "Reducir un 40 % las emisiones de gases de efecto invernadero del territorio de aquí a 2035 respecto a 2015.",
        ),
        baseline_year=2015,
        baseline_emissions=Decimal(310000),
        target_year=2035,
        target_reduction=40,
        trajectory_indicator=ghg,
        body=[],
    )
    demo.pages["plan"] = plan
    demo.indicators = {"ghg": ghg, "bike": bike}
    demo.translate(plan)
    minutes = minutes_document()
    all_actions = []
    for number, theme_data in enumerate(THEMES):
        theme, actions = build_theme(
            demo,
            plan,
            theme_data,
            number,
            ghg if number == 1 else bike if number == 0 else None,
        )
        all_actions += actions
        build_committee(demo, theme, theme_data, actions, minutes)
    build_updates(all_actions)
    links.build(demo, all_actions, ghg, bike)
    publication_workflow(plan)


def indicator(
    demo,
    key,
    name,
    unit,
    description,
    source,
    by,
    bv,
    ty,
    tv,
    direction,
    values,
    level="tactical",
    parent=None,
    goals=None,
):
    fr = Locale.get_default()
    existing = Indicator.objects.filter(locale=fr, name=name).first()
    item = existing or Indicator(locale=fr)
    item.name, item.unit, item.description, item.source = (
        name,
        unit,
        description,
        source,
    )
    item.baseline_year, item.baseline_value = by, Decimal(bv)
    item.target_year, item.target_value, item.direction = ty, Decimal(tv), direction
    item.level, item.parent = level, parent
    item.goals = [
        IndicatorGoal(year=year, value=Decimal(str(value)))
        for year, value in (goals or {}).items()
    ]
    item.values = [
        IndicatorValue(year=year, value=Decimal(str(value)))
        for year, value in values.items()
    ]
    item.save()
    return item


def build_theme(demo, plan, data, number, chart):
    t = demo.text
    # wagtail-localize reads a multi-line text field as one segment with <br/>.
    t(*["Grand-Orly Seine Bièvre<br/>ADEME"] * 3)
    title = data["title"]
    theme = demo.child(
        plan,
        ThemePage,
        slug(demo, *title),
        title=t(*title),
        intro=t(*data["intro"]),
        image=card_picture(title[0], colour_for(number)),
        body=[],
        indicators=[("indicator", {"indicator": chart, "heading": ""})]
        if chart
        else [],
    )
    demo.translate(theme)
    actions = []
    for objective_title, rank, action_rows in data["objectives"]:
        objective = demo.child(
            theme,
            ObjectivePage,
            slug(demo, *objective_title),
            title=t(*objective_title),
            priority_rank=rank,
            intro="",
            body=[],
        )
        demo.translate(objective)
        for row_number, (fr, en, es, status, progress, tonnes) in enumerate(
            action_rows
        ):
            start = datetime.date(2022, 1 + (number + row_number) % 12, 1)
            action = demo.child(
                objective,
                ActionPage,
                slug(demo, fr, en, es),
                title=t(fr, en, es),
                intro="",
                status=status,
                progress=progress,
                start_date=start,
                end_date=datetime.date(2026 + row_number % 4, 12, 31),
                lead_service=t(
                    "Direction de la transition écologique",
                    "Ecological transition department",
                    "Dirección de transición ecológica",
                ),
                partners=t(*["Grand-Orly Seine Bièvre\nADEME"] * 3),
                budget=Decimal(50000 * (row_number + 1) * (number + 2)),
                expected_reduction=Decimal(tonnes) if tonnes is not None else None,
                image=card_picture(fr, colour_for(number)),
                body=[],
            )
            demo.translate(action)
            actions.append(action)
    return theme, actions


def build_committee(demo, theme, data, actions, minutes):
    t = demo.text
    name = data["title"]
    committee = demo.child(
        theme,
        CommitteePage,
        demo.text("comite-de-suivi", "monitoring-committee", "comite-de-seguimiento"),
        title=t(
            f"Comité de suivi — {name[0]}",
            f"Monitoring committee — {name[1]}",
            f"Comité de seguimiento — {name[2]}",
        ),
        intro="",
        mandate=t(
            "Le comité suit la mise en œuvre des actions du thème, en rend compte publiquement "
            "et peut proposer des ajustements au conseil municipal.",
            "The committee follows how the theme’s actions are carried out, reports publicly "
            "and may propose adjustments to the city council.",
            "El comité sigue la aplicación de las acciones del tema, informa públicamente "
            "y puede proponer ajustes al pleno municipal.",
        ),
        members=[
            CommitteeMember(name=n, college=c, organisation=o, name_published=p)
            for n, c, o, p in COMMITTEE_MEMBERS
        ],
        meetings=[
            CommitteeMeeting(
                date=datetime.date(2022, 3, 10), place="Hôtel de ville", minutes=minutes
            ),
            CommitteeMeeting(
                date=datetime.date(2023, 11, 16),
                place="Hôtel de ville",
                minutes=minutes,
            ),
        ],
        monitored_actions=[
            CommitteeMonitoredAction(action=action) for action in actions
        ],
        body=[],
    )
    demo.translate(committee)


def minutes_document():
    title = "Compte rendu du comité de suivi"
    existing = Document.objects.filter(title=title).first()
    if existing:
        return existing
    document = Document(title=title)
    document.file.save(
        "compte-rendu-comite.txt",
        ContentFile("Compte rendu de la réunion du comité de suivi.\n".encode()),
        save=False,
    )
    document.save()
    return document


def build_updates(actions):
    ActionUpdate.objects.filter(action__in=actions).delete()
    updates = []
    for action in actions:
        for text, year, month, day, status, progress in UPDATES[action.status]:
            updates.append(
                ActionUpdate(
                    action=action,
                    date=datetime.date(year, month, day),
                    text=text,
                    signed="Direction de la transition écologique",
                    language="fr",
                    status=status,
                    progress=progress,
                )
            )
    ActionUpdate.objects.bulk_create(updates)


def publication_workflow(plan):
    """Plan pages are reviewed before publishing: plan reviewers approve."""
    workflow = plan_review_workflow()
    for page in plan.get_translations(inclusive=True):
        WorkflowPage.objects.update_or_create(
            page=page, defaults={"workflow": workflow}
        )
