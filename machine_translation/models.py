"""The cache of machine translations: one row per text, source and target
language, whatever shows the text (a comment and a proposal saying the same
thing share it). The text is named by its SHA-256, so the key stays short."""

import hashlib

from django.db import models
from django.utils.translation import gettext_lazy as _


def text_hash(text):
    return hashlib.sha256(text.encode()).hexdigest()


class MachineTranslation(models.Model):
    source_hash = models.CharField(_("SHA-256 of the original"), max_length=64)
    source_language = models.CharField(_("language of the original"), max_length=12)
    target_language = models.CharField(_("language of the translation"), max_length=12)
    text = models.TextField(_("translation"))
    backend = models.CharField(_("translated by"), max_length=40)
    created_at = models.DateTimeField(_("translated on"), auto_now_add=True)

    class Meta:
        verbose_name = _("machine translation")
        verbose_name_plural = _("machine translations")
        constraints = [
            models.UniqueConstraint(
                fields=["source_hash", "source_language", "target_language"],
                name="one_machine_translation_per_text_and_language",
            )
        ]
        # Pages look translations up by target language and a list of hashes.
        indexes = [models.Index(fields=["target_language", "source_hash"])]

    def __str__(self):
        return f"{self.source_language}→{self.target_language} {self.text[:60]}"
