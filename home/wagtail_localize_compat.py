"""Translations start as drafts: nothing reaches a visitor before a translator
publishes it.

wagtail-localize publishes a new translation straight away when its source is
live, with every untranslated segment falling back to the French text; the
setting WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False (base settings)
keeps the page itself a draft. Its untranslated parents are still copied as
*aliases*, which mirror the French page and are republished with it whenever it
is published (`Page.update_aliases`), so /en/<parent>/ would serve French under
lang="en". Such a cross-language alias is turned here into an ordinary draft
copy, translated and published like any other page.
Upstream: https://github.com/wagtail/wagtail-localize/issues/463
"""

from wagtail.actions.convert_alias import ConvertAliasPageAction
from wagtail.models import Page


def keep_new_translations_unpublished(sender, source_obj, target_obj, **kwargs):
    """`copy_for_translation_done` receiver: a page copied into another
    language as an alias becomes a draft of its own."""
    if not isinstance(target_obj, Page) or target_obj.alias_of_id is None:
        return
    if target_obj.locale_id == source_obj.locale_id:
        return  # an alias in the same language is an editor's explicit choice
    ConvertAliasPageAction(target_obj).execute(skip_permission_checks=True)
    target_obj.refresh_from_db()
    if target_obj.live:
        target_obj.unpublish(log_action=False)
