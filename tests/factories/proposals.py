"""Factories for proposals and the minimal plan they point at."""

import datetime

import factory
from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.utils import timezone
from wagtail.models import Locale, Page, Site

from climate_plan.models import (
    ActionPage,
    ClimatePlanPage,
    Neighbourhood,
    ObjectivePage,
    ThemePage,
)
from participation.models import (
    Channel,
    ModerationMode,
    Proposal,
    ProposalCall,
    ProposalStatus,
)

THEME_TITLES = [
    "Mobilités",
    "Énergie et bâtiments",
    "Nature en ville",
    "Alimentation",
    "Déchets et consommation",
    "Solidarité",
    "Citoyenneté",
]


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"resident{n}@example.org")
    display_name = factory.Sequence(lambda n: f"Resident {n}")
    password = factory.PostGenerationMethodCall("set_password", "a-long-password-1")

    @factory.post_generation
    def verified(self, create, extracted, **kwargs):
        if create and extracted is not False:
            EmailAddress.objects.create(
                user=self, email=self.email, verified=True, primary=True
            )
        if create:
            self.save()


def staff(role, email=None):
    """A staff account in one of the role groups, with that role's permissions."""
    from accounts.roles import ROLE_PERMISSIONS

    user = UserFactory(
        email=email or f"{role.lower().replace(' ', '-')}@example.org", is_staff=True
    )
    group, _ = Group.objects.get_or_create(name=role)
    for dotted in ROLE_PERMISSIONS[role]:
        app_label, codename = dotted.split(".")
        group.permissions.add(
            Permission.objects.get(content_type__app_label=app_label, codename=codename)
        )
    user.groups.add(group)
    return get_user_model().objects.get(pk=user.pk)


class NeighbourhoodFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Neighbourhood
        django_get_or_create = ["slug"]

    name = factory.Sequence(lambda n: f"Quartier {n}")
    slug = factory.Sequence(lambda n: f"quartier-{n}")


def home_page():
    """The default site's home page (else the first page below the root)."""
    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    if site is not None and site.root_page.depth == 2:
        return site.root_page.specific
    return Page.objects.filter(depth=2, locale=Locale.get_default()).first().specific


def plan(themes=3, objectives=2, actions=1):
    """A published plan: themes → objectives → actions, in the source locale."""
    home = home_page()
    plan_page = ClimatePlanPage(title="Plan climat", slug="plan-climat")
    home.add_child(instance=plan_page)
    created = []
    for t in range(themes):
        theme = ThemePage(title=THEME_TITLES[t % 7], slug=f"theme-{t}")
        plan_page.add_child(instance=theme)
        for o in range(objectives):
            objective = ObjectivePage(
                title=f"Objectif {t}.{o}", slug=f"objectif-{t}-{o}"
            )
            theme.add_child(instance=objective)
            for a in range(actions):
                objective.add_child(
                    instance=ActionPage(
                        title=f"Action {t}.{o}.{a}",
                        slug=f"action-{t}-{o}-{a}",
                        progress=40,
                    )
                )
        created.append(theme)
    return created


class ProposalCallFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ProposalCall

    title = factory.Sequence(lambda n: f"Appel {n}")
    opens_at = factory.LazyFunction(
        lambda: timezone.now() - datetime.timedelta(days=10)
    )
    closes_at = factory.LazyFunction(
        lambda: timezone.now() + datetime.timedelta(days=30)
    )
    moderation = ModerationMode.PRE
    per_account_limit = 10


class ProposalFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Proposal

    call = factory.SubFactory(ProposalCallFactory)
    reference = factory.Sequence(lambda n: f"P-2021-{n + 1:04d}")
    title = factory.Sequence(lambda n: f"Proposition {n}")
    text = "Installer des arceaux vélos devant l’école."
    theme = factory.LazyFunction(
        lambda: ThemePage.objects.filter(locale=Locale.get_default()).first()
    )
    channel = Channel.ONLINE
    language = "fr"
    author = factory.SubFactory(UserFactory)
    status = factory.LazyFunction(lambda: ProposalStatus.objects.get(code="published"))
    published_at = factory.LazyFunction(timezone.now)
