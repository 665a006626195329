"""One uploaded proposal import and how far it got, for its progress page.

The file is kept in the database (state lives in PostgreSQL only, so any app
server or worker can run or show it); the errors are stored already
translated into the agent's language.
"""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class ProposalImport(models.Model):
    class Status(models.TextChoices):
        WAITING = "waiting", _("Waiting for the worker")
        CHECKING = "checking", _("Checking the rows")
        IMPORTING = "importing", _("Importing")
        DONE = "done", _("Import finished")
        REFUSED = "refused", _("Nothing imported: some rows are wrong")
        UNREADABLE = "unreadable", _("Nothing imported: the file cannot be read")

    FINISHED = {Status.DONE, Status.REFUSED, Status.UNREADABLE}

    call = models.ForeignKey(
        "participation.ProposalCall", on_delete=models.CASCADE, related_name="+"
    )
    agent = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )
    language = models.CharField(max_length=12, default="fr")
    file_name = models.CharField(max_length=255, blank=True)
    data = models.BinaryField()
    status = models.CharField(
        max_length=12, choices=Status.choices, default=Status.WAITING
    )
    total_rows = models.PositiveIntegerField(default=0)
    checked_rows = models.PositiveIntegerField(default=0)
    imported_rows = models.PositiveIntegerField(default=0)
    skipped_rows = models.PositiveIntegerField(default=0)
    # [[line number, [message, ...]], ...]; line 0: the file itself.
    errors = models.JSONField(default=list, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("proposal import")
        verbose_name_plural = _("proposal imports")

    def __str__(self):
        return f"{self.file_name} ({self.get_status_display()})"

    @property
    def is_finished(self):
        return self.status in self.FINISHED

    @property
    def progress_max(self):
        """Checking then writing each row: twice the rows (at least 1)."""
        return max(2 * self.total_rows, 1)

    @property
    def progress_value(self):
        if self.status == self.Status.DONE:
            return self.progress_max
        return min(self.checked_rows + self.imported_rows, self.progress_max)

    def progress_state(self):
        """What the progress page and its JSON status show."""
        return {
            "status": self.status,
            "label": str(self.get_status_display()),
            "finished": self.is_finished,
            "total": self.total_rows,
            "checked": self.checked_rows,
            "imported": self.imported_rows,
            "value": self.progress_value,
            "max": self.progress_max,
        }
