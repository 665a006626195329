"""The account section, personal data and the worker's periodic task."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from accounts.sections import Section
from home.tasks import TIMER_HOOK
from notifications import queries, services
from notifications.forms import FIELD_LABELS
from notifications.models import Follow, Frequency, Notification


@hooks.register("register_account_section", order=50)
def my_emails(request, user):
    frequencies = queries.frequencies_of(user)
    return Section(
        title=_("My emails and follows"),
        template="notifications/account_section.html",
        context={
            "frequencies": [
                (FIELD_LABELS[kind], Frequency(frequency).label)
                for kind, frequency in frequencies.items()
            ],
            "follow_count": Follow.objects.filter(user=user).count(),
        },
    )


def export_follows(user):
    return [
        {
            "proposal": follow.proposal.reference if follow.proposal_id else None,
            "page": follow.page.url_path if follow.page_id else None,
            "since": follow.created_at,
        }
        for follow in Follow.objects.filter(user=user).select_related(
            "proposal", "page"
        )
    ]


def export_email_choices(user):
    return {
        "frequencies": {
            str(k): str(v) for k, v in queries.frequencies_of(user).items()
        },
        "waiting_in_outbox": Notification.objects.filter(
            user=user, sent_at=None
        ).count(),
    }


@hooks.register("register_account_data_exporters")
def notification_exporters():
    return {"follows": export_follows, "email_frequencies": export_email_choices}


@hooks.register("register_account_anonymiser")
def forget_follows(user):
    services.forget(user)


@hooks.register(TIMER_HOOK)
def digests_task():
    from notifications.tasks import send_due_notifications

    return send_due_notifications
