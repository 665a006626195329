"""The plan: its pages (each added under its parent, live), a whole small plan,
indicators and committee updates."""

import datetime
from decimal import Decimal

import factory
from wagtail.models import Locale

from climate_plan.models import (
    ActionPage,
    ActionUpdate,
    ClimatePlanPage,
    CommitteeMember,
    CommitteeMonitoredAction,
    CommitteePage,
    Indicator,
    IndicatorValue,
    ObjectivePage,
    ThemePage,
)
from tests.factories.pages import home_page

THEME_TITLES = [
    "Mobilités",
    "Énergie et bâtiments",
    "Nature en ville",
    "Alimentation",
    "Déchets et consommation",
    "Solidarité",
    "Citoyenneté",
]


class PageFactory(factory.Factory):
    """Builds the page, then adds it under `parent` (the home page by default)."""

    title = factory.Sequence(lambda n: f"Page {n}")
    slug = factory.LazyAttribute(lambda o: f"p-{abs(hash(o.title)) % 10**8}")

    class Meta:
        abstract = True

    @classmethod
    def _create(cls, model_class, *args, parent=None, **kwargs):
        page = model_class(*args, **kwargs)
        (parent or home_page()).add_child(instance=page)
        return page


class ClimatePlanPageFactory(PageFactory):
    title = "Plan climat"
    slug = "plan"
    baseline_emissions = Decimal(1000)

    class Meta:
        model = ClimatePlanPage


class ThemePageFactory(PageFactory):
    class Meta:
        model = ThemePage


class ObjectivePageFactory(PageFactory):
    class Meta:
        model = ObjectivePage


class ActionPageFactory(PageFactory):
    status = "in_progress"
    progress = 50

    class Meta:
        model = ActionPage


class CommitteePageFactory(PageFactory):
    class Meta:
        model = CommitteePage


def plan(themes=3, objectives=2, actions=1):
    """A published plan in the source locale: themes → objectives → actions.

    Returns the themes; "Objectif 1.2" is the second objective of the first theme.
    """
    plan_page = ClimatePlanPage(
        title="Plan climat", slug=f"plan-climat-{ClimatePlanPage.objects.count()}"
    )
    home_page().add_child(instance=plan_page)
    created = []
    for t in range(1, themes + 1):
        theme = ThemePage(title=THEME_TITLES[(t - 1) % 7], slug=f"theme-{t}")
        plan_page.add_child(instance=theme)
        for o in range(1, objectives + 1):
            objective = ObjectivePage(
                title=f"Objectif {t}.{o}", slug=f"objectif-{t}-{o}"
            )
            theme.add_child(instance=objective)
            for a in range(1, actions + 1):
                objective.add_child(
                    instance=ActionPage(
                        title=f"Action {t}.{o}.{a}",
                        slug=f"action-{t}-{o}-{a}",
                        progress=40,
                    )
                )
        created.append(theme)
    return created


def committee_for(theme, actions, users=()):
    """A committee under `theme` monitoring `actions`, with `users` as members."""
    committee = CommitteePageFactory(
        parent=theme,
        title=f"Comité {theme.title}",
        members=[
            CommitteeMember(name=user.email, college="residents", user=user)
            for user in users
        ],
        monitored_actions=[
            CommitteeMonitoredAction(action=action) for action in actions
        ],
    )
    return committee


def indicator(values, baseline=(2015, 100), target=(2035, 60), direction="decrease"):
    item = Indicator(
        locale=Locale.get_default(),
        name="Émissions",
        unit="kt",
        baseline_year=baseline[0],
        baseline_value=Decimal(str(baseline[1])),
        target_year=target[0],
        target_value=Decimal(str(target[1])),
        direction=direction,
    )
    item.values = [
        IndicatorValue(year=y, value=Decimal(str(v))) for y, v in values.items()
    ]
    item.save()
    return item


def update(action, date, status="", progress=None):
    return ActionUpdate.objects.create(
        action=action,
        date=date
        if isinstance(date, datetime.date)
        else datetime.date.fromisoformat(date),
        text="Point d’étape.",
        signed="Comité",
        status=status,
        progress=progress,
    )


def organisation(
    name="Service mobilités", slug="service-mobilites", kind="city_service"
):
    from climate_plan.models import Organisation

    return Organisation.objects.create(
        locale=Locale.get_default(), name=name, slug=slug, kind=kind
    )


def follow(action, organisations=(), contacts=(), tasks=(), phase=""):
    """Give `action` responsible organisations ((organisation, role) pairs),
    contacts ((name, role, email, public)), tasks ((name, due, completed_on))
    and a phase, then save it."""
    from climate_plan.models import ActionContact, ActionResponsibility, ActionTask

    action.responsibilities = [
        ActionResponsibility(organisation=org, role=role) for org, role in organisations
    ]
    action.contacts = [
        ActionContact(name=n, role=r, email=e, email_public=p)
        for n, r, e, p in contacts
    ]
    action.tasks = [
        ActionTask(name=n, due_date=due, completed_on=done) for n, due, done in tasks
    ]
    action.phase = phase
    action.save()
    return action
