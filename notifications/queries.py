"""Reads: a person's frequencies, what they follow, who follows what."""

from wagtail.models import Locale, Page

from notifications.models import DEFAULT_FREQUENCIES, Follow, Kind, Preference


def frequencies_of(user):
    """{kind: frequency} for every kind, the defaults where nothing is chosen."""
    chosen = dict(Preference.objects.filter(user=user).values_list("kind", "frequency"))
    return {kind: chosen.get(kind, DEFAULT_FREQUENCIES[kind]) for kind in Kind}


def frequency_of(user, kind):
    return frequencies_of(user)[kind]


def page_to_follow(page):
    """The row a follow of `page` names: its translation in the default
    language when there is one, so one person follows a page once whatever
    the language they read it in."""
    default = (
        Page.objects.filter(
            translation_key=page.translation_key, locale=Locale.get_default()
        )
        .only("pk")
        .first()
    )
    return default or page


def follow_of(user, target):
    """The person's follow of a proposal or page (any translation), or None."""
    if not getattr(user, "is_authenticated", False):
        return None
    follows = Follow.objects.filter(user=user)
    if isinstance(target, Page):
        return follows.filter(page__translation_key=target.translation_key).first()
    return follows.filter(proposal=target).first()


def followers_of_pages(pages):
    """User ids following any translation of any of `pages`."""
    keys = {page.translation_key for page in pages if page is not None}
    if not keys:
        return set()
    return set(
        Follow.objects.filter(page__translation_key__in=keys).values_list(
            "user_id", flat=True
        )
    )


def followers_of_proposal(proposal):
    return set(proposal.follows.values_list("user_id", flat=True))
