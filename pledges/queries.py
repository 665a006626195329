"""Reads of pledges shared by the block and the account pages: only confirmed
pledges count."""

from dataclasses import dataclass
from decimal import Decimal

from django.conf import settings
from django.db.models import Count, Q
from django.utils.translation import get_language

from climate_plan.models import Neighbourhood
from pledges.models import Pledge, PledgeAction


def source_actions():
    """The pledge actions in the default language, which pledges point at."""
    return PledgeAction.objects.filter(locale__language_code=settings.LANGUAGE_CODE)


def reader_language():
    return (get_language() or settings.LANGUAGE_CODE).split("-")[0]


def confirmed():
    return Pledge.objects.filter(confirmed_at__isnull=False)


@dataclass
class ActionCount:
    action: PledgeAction  # in the reader's language when translated
    source_id: int
    count: int

    @property
    def kg_co2e(self):
        return self.action.kg_co2e_per_year * self.count


@dataclass
class Totals:
    actions: list
    neighbourhoods: list  # (name, count) in the city, by name
    outside: int  # pledges of people living outside the city
    people: int

    @property
    def pledges(self):
        return sum(item.count for item in self.actions)

    @property
    def tonnes_co2e(self):
        return sum((item.kg_co2e for item in self.actions), Decimal(0)) / 1000


def totals(language=None):
    """Pledges per action, per neighbourhood and in all, in five queries."""
    sources = list(source_actions())
    shown = {
        action.translation_key: action
        for action in PledgeAction.objects.filter(
            locale__language_code=language or reader_language(),
            translation_key__in=[a.translation_key for a in sources],
        )
    }
    counts = dict(
        confirmed().values("action").annotate(n=Count("pk")).values_list("action", "n")
    )
    actions = [
        ActionCount(shown.get(a.translation_key, a), a.pk, counts.get(a.pk, 0))
        for a in sources
    ]
    neighbourhoods = Neighbourhood.objects.annotate(
        n=Count("pledges", filter=Q(pledges__confirmed_at__isnull=False))
    ).order_by("name")
    aggregate = confirmed().aggregate(
        people=Count("identity", distinct=True),
        outside=Count("pk", filter=Q(neighbourhood__isnull=True)),
    )
    return Totals(
        actions=actions,
        neighbourhoods=[(n.name, n.n) for n in neighbourhoods],
        outside=aggregate["outside"],
        people=aggregate["people"],
    )


def pledged_action_ids(user):
    """The source pledge actions this account has pledged."""
    if not getattr(user, "is_authenticated", False):
        return set()
    return set(Pledge.objects.filter(user=user).values_list("action_id", flat=True))
