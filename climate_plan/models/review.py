"""How plan pages are reviewed before they are published.

Plan pages (the plan, its themes, objectives, actions and committees) follow
the "Plan review" workflow: its task is approved by the "Plan reviewers" role
(editors who approve) or by an administrator, never by the person who
submitted the page nor by the author of the revision under review. Outside the
plan, Wagtail's default workflow applies, approved by editors.

Direct publication of a page under the plan's review, which would skip it, is
left to administrators and to plan reviewers publishing someone else's
revision. The workflow is assigned to the plan page in each language (the
demo does it; a new plan page gets it when created in the admin).
"""

from django.contrib.auth.models import Group
from django.utils.translation import gettext_lazy as _
from wagtail.models import AbstractGroupApprovalTask, PagePermissionTester, TaskState

from accounts.roles import ADMINISTRATORS, PLAN_REVIEWERS

PLAN_REVIEW_WORKFLOW_NAME = "Relecture du plan climat"
PLAN_REVIEW_TASK_NAME = "Approbation par les relecteurs du plan"
DEFAULT_TASK_NAME = "Approbation par l’équipe éditoriale"


def plan_review_workflow():
    """The workflow plan pages follow (created by a migration; again if deleted)."""
    from wagtail.models import Workflow, WorkflowTask

    workflow = Workflow.objects.filter(
        workflow_tasks__task__in=PlanReviewTask.objects.all()
    ).first()
    if workflow is not None:
        return workflow
    workflow, _ = Workflow.objects.get_or_create(name=PLAN_REVIEW_WORKFLOW_NAME)
    task = PlanReviewTask.objects.create(name=PLAN_REVIEW_TASK_NAME)
    task.groups.set(Group.objects.filter(name=PLAN_REVIEWERS))
    WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    return workflow


def is_administrator(user):
    """Superusers and the "Administrators" role."""
    return bool(
        getattr(user, "is_authenticated", False)
        and user.is_active
        and (user.is_superuser or user.groups.filter(name=ADMINISTRATORS).exists())
    )


def is_plan_reviewer(user):
    return bool(
        getattr(user, "is_authenticated", False)
        and user.is_active
        and user.groups.filter(name=PLAN_REVIEWERS).exists()
    )


def wrote_what_is_reviewed(page, user):
    """Did `user` ask for the page's review, or write the revision under review
    (the latest one when no review is under way)?"""
    state = getattr(page, "current_workflow_state", None)
    if state is not None and state.requested_by_id == user.pk:
        return True
    task_state = state.current_task_state if state is not None else None
    revision = task_state.revision if task_state is not None else None
    if revision is None:
        revision = page.get_latest_revision()
    return revision is not None and revision.user_id == user.pk


class PlanReviewTask(AbstractGroupApprovalTask):
    """Approval by the chosen groups or an administrator, never by the person
    who submitted the page or wrote the revision under review."""

    def _may_review(self, user):
        return is_administrator(user) or (user.is_active and self._user_in_groups(user))

    def user_can_access_editor(self, obj, user):
        return self._may_review(user)

    def locked_for_user(self, obj, user):
        return not self._may_review(user)

    def user_can_lock(self, obj, user):
        return self._may_review(user)

    def get_actions(self, obj, user):
        if not self._may_review(user) or wrote_what_is_reviewed(obj, user):
            return []
        return [
            ("reject", _("Request changes"), True),
            ("approve", _("Approve"), False),
            ("approve", _("Approve with comment"), True),
        ]

    def get_task_states_user_can_moderate(self, user, **kwargs):
        if not self._may_review(user):
            return TaskState.objects.none()
        return self.task_states.filter(status=TaskState.STATUS_IN_PROGRESS).exclude(
            workflow_state__requested_by=user
        )

    @classmethod
    def get_description(cls):
        return _(
            "Members of the chosen groups and administrators approve; nobody "
            "approves their own submission."
        )

    class Meta:
        verbose_name = _("plan review task")
        verbose_name_plural = _("plan review tasks")


def follows_plan_review(page):
    """Is `page` under a workflow with a plan review task?"""
    workflow = page.get_workflow()
    return (
        workflow is not None
        and PlanReviewTask.objects.filter(workflow_tasks__workflow=workflow).exists()
    )


class PlanPagePermissionTester(PagePermissionTester):
    """Under the plan's review, editors submit pages instead of publishing them."""

    def can_publish(self):
        if not super().can_publish():
            return False
        if is_administrator(self.user) or not follows_plan_review(self.page):
            return True
        return is_plan_reviewer(self.user) and not wrote_what_is_reviewed(
            self.page, self.user
        )

    def can_publish_subpage(self):
        if not super().can_publish_subpage():
            return False
        return is_administrator(self.user) or not follows_plan_review(self.page)


class ReviewedPlanPage:
    """Mixin of the plan's page types: their publication goes through review."""

    def permissions_for_user(self, user):
        return PlanPagePermissionTester(user, self)
