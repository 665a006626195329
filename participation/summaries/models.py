"""A summary of the proposals behind an objective, sentence by sentence, each
sentence citing the proposals it was taken from.

Drafted by `drafting.draft` (sentences picked from the proposals), edited by
staff, shown on the objective page only once a person has approved it; any
change after that needs a new approval. It points at the source-locale
objective page, like the proposals, so every translation shows the same one.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class ObjectiveSummaryQuerySet(models.QuerySet):
    def approved(self):
        return self.filter(approved_at__isnull=False)


class ObjectiveSummary(models.Model):
    objective = models.OneToOneField(
        "climate_plan.ObjectivePage",
        verbose_name=_("objective"),
        on_delete=models.CASCADE,
        related_name="proposal_summary",
    )
    drafted_at = models.DateTimeField(_("drafted at"), null=True, blank=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("last edited by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    approved_at = models.DateTimeField(_("approved at"), null=True, blank=True)
    approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("approved by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    objects = ObjectiveSummaryQuerySet.as_manager()

    class Meta:
        verbose_name = _("objective summary")
        verbose_name_plural = _("objective summaries")

    def __str__(self):
        return str(self.objective)

    @property
    def is_approved(self):
        return self.approved_at is not None


class SummarySentence(models.Model):
    """One sentence of a summary and the proposals it comes from."""

    summary = models.ForeignKey(
        ObjectiveSummary, on_delete=models.CASCADE, related_name="sentences"
    )
    position = models.PositiveSmallIntegerField()
    text = models.TextField(_("sentence"), max_length=600)
    language = models.CharField(
        _("language"), max_length=12, choices=settings.LANGUAGES, default="fr"
    )
    proposals = models.ManyToManyField(
        "participation.Proposal", verbose_name=_("cited proposals"), related_name="+"
    )

    class Meta:
        ordering = ["position", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["summary", "position"], name="one_sentence_per_position"
            )
        ]
