"""Keywords of proposals as residents type them: one normal form everywhere."""

import re

MAX_TAGS = 5
TAG_MAX_LENGTH = 30


def normalise_tags(raw):
    """Tags as a clean list: lower case, single spaces, no duplicates, at most 5."""
    if isinstance(raw, str):
        raw = raw.split(",")
    tags = []
    for tag in raw or []:
        tag = re.sub(r"\s+", " ", str(tag)).strip().strip("#").lower()[:TAG_MAX_LENGTH]
        if tag and tag not in tags:
            tags.append(tag)
    return tags[:MAX_TAGS]
