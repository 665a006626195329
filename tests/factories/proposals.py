"""Proposals: calls, proposals and the neighbourhoods they name."""

import datetime

import factory
from django.utils import timezone
from wagtail.models import Locale

from climate_plan.models import Neighbourhood, ThemePage
from participation.models import (
    Channel,
    ModerationMode,
    Proposal,
    ProposalCall,
    ProposalStatus,
)
from tests.factories.accounts import UserFactory


class NeighbourhoodFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Neighbourhood
        django_get_or_create = ["slug"]

    name = factory.Sequence(lambda n: f"Quartier {n}")
    slug = factory.Sequence(lambda n: f"quartier-{n}")


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
