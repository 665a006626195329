"""Factories for the vote: residents, a small plan (themes, objectives), campaigns."""

import datetime

import factory
from allauth.account.models import EmailAddress
from django.utils import timezone
from wagtail.models import Locale, Page, Site

from accounts.models import User
from climate_plan.models import ClimatePlanPage, ObjectivePage, ThemePage
from home.models import ContentPage, HomePage
from participation.models import Ballot, CampaignTheme, VoteCampaign
from participation.votes import sealing, services


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User

    email = factory.Sequence(lambda n: f"resident{n}@example.org")
    password = factory.PostGenerationMethodCall("set_password", "a-long-password")


class VerifiedUserFactory(UserFactory):
    @factory.post_generation
    def verified(user, create, extracted, **kwargs):
        if create:
            EmailAddress.objects.create(
                user=user, email=user.email, verified=True, primary=True
            )


def home_page():
    """The fr home page, serving as the default site's root."""
    home = HomePage.objects.filter(locale__language_code="fr").first()
    if home is None:
        # Transactional tests flush the tables the migrations filled.
        for code in ("fr", "en", "es"):
            Locale.objects.get_or_create(language_code=code)
        root = Page.get_first_root_node() or Page.add_root(
            instance=Page(
                title="Root", slug="root", locale=Locale.objects.get(language_code="fr")
            )
        )
        home = HomePage(title="Accueil", slug="accueil")
        root.add_child(instance=home)
        Site.objects.update_or_create(
            is_default_site=True,
            defaults={"root_page": home, "hostname": "localhost", "port": 80},
        )
        Site.objects.filter(is_default_site=False).delete()
    return home


def plan(themes=2, objectives=3):
    """[(theme, [objectives])]: a plan with a few themes and objectives (fr)."""
    home = home_page()
    climate_plan = ClimatePlanPage(
        title="Plan climat", slug=f"plan-{ClimatePlanPage.objects.count()}"
    )
    home.add_child(instance=climate_plan)
    result = []
    for t in range(1, themes + 1):
        theme = ThemePage(title=f"Thème {t}", slug=f"theme-{t}")
        climate_plan.add_child(instance=theme)
        children = []
        for o in range(1, objectives + 1):
            objective = ObjectivePage(
                title=f"Objectif {t}.{o}", slug=f"objectif-{t}-{o}"
            )
            theme.add_child(instance=objective)
            children.append(objective)
        result.append((theme, children))
    return result


def campaign(themes=None, ranks=3, opens_in=-1, closes_in=7, keys=True, **fields):
    """A campaign on the given plan (built when omitted), open now by default (days).

    With `keys`, its key pair is generated and the private key, which the site
    never stores, is kept on the returned object as `private_key` for the test.
    """
    themes = themes or plan()
    now = timezone.now()
    vote = VoteCampaign.objects.create(
        title=fields.pop("title", "Vote citoyen"),
        opens_at=now + datetime.timedelta(days=opens_in),
        closes_at=now + datetime.timedelta(days=closes_in),
        ranks=ranks,
        **fields,
    )
    for order, (theme, objectives) in enumerate(themes):
        ct = CampaignTheme.objects.create(campaign=vote, theme=theme, sort_order=order)
        ct.options.set(objectives)
        ct.save()  # a ParentalManyToManyField is written on save
    vote.private_key = services.generate_keys(vote) if keys else None
    vote.refresh_from_db()
    return vote


def opened_rankings(vote, theme=None):
    """The rankings sealed in the vote's box, opened with the test's private key."""
    key = sealing.private_key(vote.private_key, vote.pk, vote.public_key)
    ballots = Ballot.objects.filter(campaign=vote)
    if theme is not None:
        ballots = ballots.filter(theme=theme)
    return sorted(
        sealing.open_sealed(key, sealed)
        for sealed in ballots.values_list("sealed", flat=True)
    )


def vote_page(vote, results=False):
    """A published content page holding a vote widget (and the results block)."""
    body = [("vote_widget", {"campaign": vote, "heading": "Votez", "intro": ""})]
    if results:
        body.append(
            ("vote_results", {"campaign": vote, "heading": "Résultats", "intro": ""})
        )
    page = ContentPage(title="Le vote", slug=f"vote-{vote.pk}", body=body)
    home_page().add_child(instance=page)
    page.save_revision().publish()
    return page
