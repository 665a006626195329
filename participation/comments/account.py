"""Comments in a resident's account: their comments on "My account", their
comments and reports in "Download my data" (registered in this feature's
`wagtail_hooks`). Comments stay once the account is deleted, signed "Deleted
participant"."""

from django.utils.translation import gettext_lazy as _

from accounts.sections import Section
from participation.models import Comment, Report

SHOWN = 20


def my_comments(request, user):
    comments = Comment.objects.filter(author=user, deleted_at__isnull=True).order_by(
        "-created_at"
    )
    return Section(
        title=_("My comments"),
        template="participation/account/my_comments.html",
        context={"comments": comments[:SHOWN], "count": comments.count()},
    )


def export_comments(user):
    return [
        {
            "body": comment.body,
            "language": comment.language,
            "written_at": comment.created_at,
            "edited_at": comment.edited_at,
            "deleted_at": comment.deleted_at,
            "hidden_at": comment.hidden_at,
        }
        for comment in Comment.objects.filter(author=user).order_by("created_at")
    ]


def export_reports(user):
    return [
        {
            "reason": report.reason,
            "details": report.details,
            "reported_at": report.created_at,
            "status": report.status,
        }
        for report in Report.objects.filter(reporter=user).order_by("created_at")
    ]


def exporters():
    return {"comments": export_comments, "reports": export_reports}
