"""Reminders about actions without news (see `climate_plan.timeliness`).

Each day the worker asks, for every stale action of the source-locale plan,
its monitoring committees' members (those with an account) and its contact
people to post an update. A person is reminded about an action at most once
per update interval: each reminder is stored (`ActionReminder`), one per
action, address and day.
"""

import datetime
from dataclasses import dataclass, field

from django.contrib.auth import get_user_model
from django.db import transaction
from django.urls import reverse
from django.utils import translation
from wagtail.models import Locale

from climate_plan import timeliness
from climate_plan.models import (
    ActionContact,
    ActionReminder,
    ClimatePlanPage,
    CommitteeMember,
)
from climate_site.emails import recipient_language, send_site_email


@dataclass
class Recipient:
    email: str
    user: object = None
    actions: list = field(default_factory=list)


def source_plan():
    return ClimatePlanPage.objects.filter(locale=Locale.get_default()).live().first()


def recipients_for(actions):
    """{lower-cased email: Recipient} of the committee members (active
    accounts) and contact people of `actions`, each with their actions."""
    by_action = {action.pk: action for action in actions}
    recipients = {}

    def add(email, action_id, user=None):
        key = email.strip().lower()
        if not key:
            return
        recipient = recipients.setdefault(key, Recipient(email=email.strip()))
        recipient.user = recipient.user or user
        if by_action[action_id] not in recipient.actions:
            recipient.actions.append(by_action[action_id])

    members = (
        CommitteeMember.objects.filter(
            committee__live=True,
            committee__monitored_actions__action__in=list(by_action),
            user__is_active=True,
        )
        .values_list("committee__monitored_actions__action_id", "user_id")
        .distinct()
    )
    members = list(members)
    users = get_user_model().objects.in_bulk({user_id for _a, user_id in members})
    for action_id, user_id in members:
        user = users.get(user_id)
        if user is not None and user.email:
            add(user.email, action_id, user)
    for action_id, email in ActionContact.objects.filter(
        page__in=list(by_action)
    ).values_list("page_id", "email"):
        add(email, action_id)
    accounts = {
        user.email.lower(): user
        for user in get_user_model().objects.filter(
            email__in=[r.email for r in recipients.values() if r.user is None],
            is_active=True,
        )
    }
    for key, recipient in recipients.items():
        recipient.user = recipient.user or accounts.get(key)
    return recipients


def _remind(recipient, actions, on, plan):
    """Store the reminders of `actions` for `recipient` and send one email,
    in one transaction: two runs at once send it once (one row per day)."""
    with transaction.atomic():
        fresh = [
            action
            for action in actions
            if ActionReminder.objects.get_or_create(
                action=action, email=recipient.email.lower(), sent_on=on
            )[1]
        ]
        if not fresh:
            return False
        language = recipient_language(recipient.user)
        with translation.override(language):
            items = [
                {
                    "title": action.localized.title,
                    "url": action.localized.get_url() or "",
                    "last_news_on": action.last_news_on,
                }
                for action in fresh
            ]
            send_site_email(
                recipient.email,
                "climate_plan/emails/action_reminder",
                {
                    "items": items,
                    "interval": plan.update_interval_days,
                    "updates_url": reverse(
                        "wagtailsnippets_climate_plan_actionupdate:add"
                    ),
                },
                language=language,
            )
    return True


def send_reminders(on=None):
    """Remind the people following each stale action (at most once per
    interval per person and action). Returns the number of emails sent."""
    on = on or timeliness.today()
    plan = source_plan()
    if plan is None:
        return 0
    stale = list(timeliness.plan_actions(plan, on).filter(is_stale=True))
    if not stale:
        return 0
    since = on - datetime.timedelta(days=plan.update_interval_days)
    recent = set(
        ActionReminder.objects.filter(action__in=stale, sent_on__gt=since).values_list(
            "action_id", "email"
        )
    )
    sent = 0
    for key, recipient in recipients_for(stale).items():
        due = [a for a in recipient.actions if (a.pk, key) not in recent]
        if due and _remind(recipient, due, on, plan):
            sent += 1
    return sent
