"""Demo summaries: the objectives with the most proposals get a summary
drafted from them and approved by the demo moderator; one more stays a draft,
so the admin shows both states. Running it again changes nothing."""

from django.contrib.auth import get_user_model
from django.db.models import Count, Q
from wagtail.models import Locale

from climate_plan.models import ObjectivePage
from participation.summaries import services
from participation.summaries.models import ObjectiveSummary

APPROVED = 3
DRAFTS = 1
MODERATOR = "moderator@example.org"


def build(demo):
    moderator = get_user_model().objects.filter(email=MODERATOR).first()
    if moderator is None:
        return
    public = Q(
        proposals__status__is_public=True,
        proposals__merged_into__isnull=True,
        proposals__hidden_at__isnull=True,
    )
    objectives = (
        ObjectivePage.objects.filter(locale=Locale.get_default())
        .annotate(count=Count("proposals", filter=public))
        .filter(count__gt=0)
        .order_by("-count", "path")[: APPROVED + DRAFTS]
    )
    for position, objective in enumerate(objectives):
        if ObjectiveSummary.objects.filter(objective=objective).exists():
            continue
        services.draft_summary(objective, actor=moderator)
        if position < APPROVED:
            services.approve_summary(objective, actor=moderator)
