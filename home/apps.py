from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = _("Home")

    def ready(self):
        from wagtail.signals import copy_for_translation_done

        from home.signals import create_missing_locales
        from home.wagtail_localize_compat import keep_new_translations_unpublished

        post_migrate.connect(create_missing_locales, sender=self)
        copy_for_translation_done.connect(keep_new_translations_unpublished)
