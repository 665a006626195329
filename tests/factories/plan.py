"""Factories for the plan's pages: each page is added under its parent, live."""

import datetime
from decimal import Decimal

import factory
from wagtail.models import Locale, Page, Site

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
from home.models import HomePage


def home_page():
    """The French home page as the default site's root, created once."""
    home = HomePage.objects.filter(depth=2).first()
    if home is None:
        home = HomePage(title="Accueil", slug="accueil", locale=Locale.get_default())
        Page.get_first_root_node().add_child(instance=home)
        Site.objects.update_or_create(
            is_default_site=True,
            defaults={"root_page": home, "hostname": "localhost", "port": 80},
        )
    return home


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
