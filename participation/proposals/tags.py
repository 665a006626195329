"""Keywords of proposals as residents type them: one normal form everywhere."""

import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

MAX_TAGS = 5
TAG_MAX_LENGTH = 30


def _clean(tag):
    return re.sub(r"\s+", " ", str(tag)).strip().strip("#").lower()


def _distinct(raw):
    if isinstance(raw, str):
        raw = raw.split(",")
    tags = []
    for tag in raw or []:
        tag = _clean(tag)
        if tag and tag not in tags:
            tags.append(tag)
    return tags


def normalise_tags(raw):
    """Tags as a clean list: lower case, single spaces, no duplicates, at most 5.

    The last line of defence for writes that were not validated by
    `validated_tags`; forms call that one, so nobody loses a keyword silently.
    """
    return [tag[:TAG_MAX_LENGTH] for tag in _distinct(raw)][:MAX_TAGS]


def validated_tags(raw):
    """The keywords a person typed, normalised; a ValidationError if too many or long.

    Duplicates (after lower-casing and trimming) count once.
    """
    tags = _distinct(raw)
    if len(tags) > MAX_TAGS:
        raise ValidationError(
            ngettext(
                "At most %(max)d keyword, you typed %(count)d. "
                "Remove some, or merge them.",
                "At most %(max)d keywords, you typed %(count)d. "
                "Remove some, or merge them.",
                MAX_TAGS,
            )
            % {"max": MAX_TAGS, "count": len(tags)},
            code="too_many_tags",
        )
    too_long = [tag for tag in tags if len(tag) > TAG_MAX_LENGTH]
    if too_long:
        raise ValidationError(
            _("A keyword has at most %(max)d characters: “%(tag)s” is longer.")
            % {"max": TAG_MAX_LENGTH, "tag": too_long[0][:40]},
            code="tag_too_long",
        )
    return tags
