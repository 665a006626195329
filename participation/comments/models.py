"""Residents' comments and reports, around a generic subject.

A `Discussion` is one conversation about one subject, whatever the language
it is read in: a page's discussion is keyed on the page's `translation_key`
(shared by all its translations), any other model's on its content type and
primary key. Comments are threaded (three levels) and pooled; what moderation needs
(hiding, reports) is shared with proposals in `participation.moderation`.
"""

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from participation.moderation import ModeratedContent

MAX_DEPTH = 3
MAX_COMMENT_LENGTH = 1000


def subject_identity(subject):
    """The (content type, key) pair naming a subject's one conversation.

    Every translation of a page (and of any translatable model) shares its
    `translation_key`, so they all land in the same discussion.
    """
    if isinstance(subject, Page):
        return ContentType.objects.get_for_model(Page), str(subject.translation_key)
    content_type = ContentType.objects.get_for_model(type(subject))
    key = getattr(subject, "translation_key", None) or subject.pk
    return content_type, str(key)


class Discussion(models.Model):
    subject_type = models.ForeignKey(
        ContentType, on_delete=models.CASCADE, related_name="+"
    )
    subject_key = models.CharField(max_length=64)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("discussion")
        verbose_name_plural = _("discussions")
        constraints = [
            models.UniqueConstraint(
                fields=["subject_type", "subject_key"],
                name="one_discussion_per_subject",
            )
        ]

    def __str__(self):
        subject = self.subject()
        return (
            str(subject)
            if subject is not None
            else f"{self.subject_type} {self.subject_key}"
        )

    def subject(self, locale=None):
        """The subject in `locale` (default: the active one), or in its source."""
        model = self.subject_type.model_class()
        if model is Page or hasattr(model, "translation_key"):
            from wagtail.models import Locale

            candidates = model.objects.filter(translation_key=self.subject_key)
            locale = locale or Locale.get_active()
            found = candidates.filter(locale=locale).first() or candidates.first()
            return found.specific if isinstance(found, Page) else found
        return model._default_manager.filter(pk=self.subject_key).first()


class Comment(ModeratedContent):
    discussion = models.ForeignKey(
        Discussion, on_delete=models.CASCADE, related_name="comments"
    )
    parent = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.CASCADE, related_name="replies"
    )
    # The top-level comment of the thread (itself for top-level comments): one
    # query fetches every reply of a page of threads.
    root = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    depth = models.PositiveSmallIntegerField(default=1)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("author"),
        on_delete=models.CASCADE,
        related_name="comments",
    )
    language = models.CharField(_("language"), max_length=12)
    body = models.TextField(_("comment"), max_length=MAX_COMMENT_LENGTH, blank=True)
    created_at = models.DateTimeField(_("written on"), db_index=True)
    edited_at = models.DateTimeField(_("edited on"), null=True, blank=True)
    deleted_at = models.DateTimeField(_("deleted on"), null=True, blank=True)

    class Meta:
        verbose_name = _("comment")
        verbose_name_plural = _("comments")
        ordering = ["created_at", "pk"]
        indexes = [
            models.Index(fields=["discussion", "depth", "created_at"]),
            models.Index(fields=["root", "created_at"]),
        ]

    def __str__(self):
        return f"{self.author.public_name}: {self.body[:60]}"

    @property
    def is_deleted(self):
        return self.deleted_at is not None
