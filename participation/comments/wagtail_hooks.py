"""The moderation queue in the Wagtail admin, and the audit-log actions of moderation.

Reported items come first by number of open reports, each with its context
(where it was written, by whom, every report's reason and details).
Moderators hide, restore (clearing the reports), dismiss reports or block
the author; every decision is written to Wagtail's audit log.
"""

from django.contrib import messages
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Max
from django.http import Http404
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST
from django.views.generic import TemplateView
from wagtail import hooks
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from home.admin_menu import RuleMenuItem
from participation.comments import account, rules, services, threads
from participation.comments.forms import BlockAuthorForm
from participation.comments.models import Comment
from participation.moderation import Report, ReportStatus

QUEUE_SIZE = 50


def queue_items(limit=QUEUE_SIZE):
    """Reported items, most reported first, with their open reports.

    A fixed number of queries: the grouped counts, the reports, one per type of
    content in the queue.
    """
    groups = list(
        Report.objects.filter(status=ReportStatus.OPEN)
        .values("target_type", "target_id")
        .annotate(count=Count("id"), latest=Max("created_at"))
        .order_by("-count", "-latest")[:limit]
    )
    keys = {(g["target_type"], g["target_id"]) for g in groups}
    reports = {}
    for item in Report.objects.filter(
        status=ReportStatus.OPEN, target_id__in={k[1] for k in keys}
    ).select_related("reporter"):
        if (item.target_type_id, item.target_id) in keys:
            reports.setdefault((item.target_type_id, item.target_id), []).append(item)
    targets = {}
    for type_id in {k[0] for k in keys}:
        model = ContentType.objects.get_for_id(type_id).model_class()
        queryset = model._base_manager.filter(
            pk__in=[k[1] for k in keys if k[0] == type_id]
        )
        if model is Comment:
            queryset = queryset.select_related("author", "discussion__subject_type")
        for target in queryset:
            targets[(type_id, target.pk)] = target
    items = []
    for group in groups:
        key = (group["target_type"], group["target_id"])
        target = targets.get(key)
        if target is not None:
            items.append(
                {
                    "target": target,
                    "label": target._meta.label_lower,
                    "kind": target._meta.verbose_name,
                    "count": group["count"],
                    "text": getattr(target, "body", None)
                    or getattr(target, "text", ""),
                    "author": getattr(target, "author", None),
                    "reports": reports.get(key, []),
                    "subject": target.discussion.subject()
                    if isinstance(target, Comment)
                    else None,
                }
            )
    return items


class ModerationQueueView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "participation/admin/moderation_queue.html"
    page_title = gettext_lazy("Moderation")
    header_icon = "warning"

    def dispatch(self, request, *args, **kwargs):
        if not rules.can_moderate(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.get_page_title()}]

    def get_context_data(self, **kwargs):
        return {
            **super().get_context_data(**kwargs),
            "items": queue_items(),
            "threshold": rules.report_threshold(),
        }


@require_POST
def moderate(request, label, pk, action):
    """Apply one moderation decision, then go back to the queue."""
    if not rules.can_moderate(request.user):
        raise PermissionDenied
    target = threads.target_from_label(label, pk)
    if target is None:
        raise Http404
    if action == "hide":
        services.hide(request.user, target, request.POST.get("reason", ""))
        messages.success(request, _("Hidden. Its author is told why."))
    elif action == "restore":
        services.restore(request.user, target)
        messages.success(request, _("Shown again; its reports are cleared."))
    elif action == "dismiss":
        services.dismiss_reports(request.user, target)
        messages.success(request, _("Reports dismissed; the content stays visible."))
    elif action == "block":
        form = BlockAuthorForm(request.POST)
        if not form.is_valid():
            messages.error(
                request,
                _(
                    "Give a reason (and, if you like, a number of days) to block an author."
                ),
            )
        else:
            try:
                services.block_author(
                    request.user,
                    target,
                    form.cleaned_data["reason"],
                    form.cleaned_data["days"],
                )
            except services.NotAllowed:
                messages.error(
                    request,
                    _(
                        "This author cannot be blocked from here: the content was "
                        "entered on paper, or its author is a member of staff "
                        "(only an administrator blocks staff accounts)."
                    ),
                )
            else:
                messages.success(request, _("The author is blocked."))
    else:
        raise Http404
    return redirect("participation_moderation")


@hooks.register("register_admin_urls")
def register_moderation_urls():
    return [
        path(
            "moderation/",
            ModerationQueueView.as_view(),
            name="participation_moderation",
        ),
        path(
            "moderation/<str:label>/<int:pk>/<str:action>/",
            moderate,
            name="participation_moderate",
        ),
    ]


@hooks.register("register_admin_menu_item")
def register_moderation_menu_item():
    return RuleMenuItem(
        gettext_lazy("Moderation"),
        reverse("participation_moderation"),
        icon_name="warning",
        order=250,
        rule=rules.can_moderate,
    )


@hooks.register("register_log_actions")
def register_moderation_log_actions(actions):
    actions.register_action(
        "agir.moderation.hide",
        gettext_lazy("Hide"),
        gettext_lazy("Hidden by moderation"),
    )
    actions.register_action(
        "agir.moderation.restore",
        gettext_lazy("Restore"),
        gettext_lazy("Restored by moderation; reports cleared"),
    )
    actions.register_action(
        "agir.moderation.dismiss",
        gettext_lazy("Dismiss reports"),
        gettext_lazy("Reports dismissed by moderation"),
    )
    actions.register_action(
        "agir.moderation.block_author",
        gettext_lazy("Block author"),
        gettext_lazy("Author blocked by moderation"),
    )


# A resident's comments and reports in their account (accounts.sections,
# accounts.data_export); comments outlive the account, so no anonymiser.
hooks.register("register_account_section", account.my_comments, order=30)
hooks.register("register_account_data_exporters", account.exporters, order=30)
