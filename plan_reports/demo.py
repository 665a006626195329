"""Demo: the news of 2024–2025 on a few actions, the reports frozen before the
2023 and 2025 conferences, and the comparison on the conference pages.

Running it again changes nothing: a frozen report is never rebuilt.
"""

import datetime

from wagtail.models import Locale

from climate_plan.models import ActionPage, ActionStatus, ActionUpdate, ConferencePage
from climate_plan.services import post_action_update
from plan_reports.models import PlanReport
from plan_reports.services import freeze_report

SIGNED = "Direction de la transition écologique"
# (status of the action in the plan's data, how many, the update they get)
LATER_NEWS = [
    (
        ActionStatus.IN_PROGRESS,
        3,
        datetime.date(2025, 5, 20),
        "L’action est terminée ; le bilan a été présenté au comité.",
        ActionStatus.DONE,
        100,
    ),
    (
        ActionStatus.PLANNED,
        2,
        datetime.date(2024, 9, 16),
        "Le projet est lancé : le marché est attribué.",
        ActionStatus.IN_PROGRESS,
        15,
    ),
]
REPORTS = [
    (2023, "avant-la-conference-2023", "Avant la conférence 2023"),
    (2025, "avant-la-conference-2025", "Avant la conférence 2025"),
]


def post_later_news():
    """Give a few actions news dated after the 2023 conference."""
    source = ActionPage.objects.filter(locale=Locale.get_default()).order_by("path")
    for status, count, date, text, new_status, progress in LATER_NEWS:
        done = ActionUpdate.objects.filter(date=date, text=text)
        for action in source.filter(status=status).exclude(
            translation_key__in=done.values("action__translation_key")
        )[: max(0, count - done.count())]:
            post_action_update(
                ActionUpdate(
                    action=action,
                    date=date,
                    text=text,
                    signed=SIGNED,
                    language="fr",
                    status=new_status,
                    progress=progress,
                ),
                user=None,
            )


def conference(year):
    return ConferencePage.objects.filter(
        locale=Locale.get_default(), edition_year=year
    ).first()


def build(demo):
    post_later_news()
    reports = {}
    for year, slug, title in REPORTS:
        page = conference(year)
        as_of = (
            page.date if page else datetime.date(year, 12, 1)
        ) - datetime.timedelta(days=7)
        reports[year] = PlanReport.objects.filter(slug=slug).first() or freeze_report(
            title=title, slug=slug, as_of=as_of
        )
    placements = [(2023, None, reports[2023]), (2025, reports[2023], reports[2025])]
    for year, before, after in placements:
        page = conference(year)
        if page is None or any(
            block.block_type == "report_comparison" for block in page.body
        ):
            continue
        page.body.append(
            (
                "report_comparison",
                {"title": "", "before": before, "after": after},
            )
        )
        page.save_revision().publish()
        demo.translate(page)
