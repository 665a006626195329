"""The audit log of proposals, kept apart from other models' log entries.

Wagtail's site history shows every model's log entries to anyone holding one
permission on the model, so participation agents (who enter proposals) would
read the moderation of proposals not yet published. Proposals get their own
log entry model, registered for `Proposal` in this feature's `wagtail_hooks`,
whose `viewable_by_user` hides unpublished proposals from those who may not
moderate them.
"""

from django.contrib.auth.models import Permission
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.models.audit_log import BaseLogEntry, BaseLogEntryManager


class ProposalLogEntryManager(BaseLogEntryManager):
    def log_action(self, instance, action, **kwargs):
        kwargs.update(proposal=instance)
        return super().log_action(instance, action, **kwargs)

    def for_instance(self, instance):
        return self.filter(proposal_id=instance.pk)

    def viewable_by_user(self, user):
        """Everything for those who moderate proposals; for other staff with a
        permission on proposals (agents), the published proposals only."""
        if user.is_superuser or user.has_perm("participation.moderate_proposal"):
            return self.all()
        from participation.proposals.models import Proposal

        codenames = Permission.objects.filter(
            content_type=ContentType.objects.get_for_model(Proposal)
        ).values_list("codename", flat=True)
        if not any(user.has_perm(f"participation.{name}") for name in codenames):
            return self.none()
        return self.filter(proposal_id__in=Proposal.objects.public().values("pk"))


class ProposalLogEntry(BaseLogEntry):
    proposal = models.ForeignKey(
        "participation.Proposal",
        on_delete=models.DO_NOTHING,
        db_constraint=False,
        related_name="+",
    )

    objects = ProposalLogEntryManager()

    class Meta(BaseLogEntry.Meta):
        ordering = ["-timestamp", "-id"]
        verbose_name = _("proposal log entry")
        verbose_name_plural = _("proposal log entries")

    @cached_property
    def object_id(self):
        return self.proposal_id
