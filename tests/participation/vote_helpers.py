"""Helpers of the vote tests: what a ballot form posts, and where.

The fixtures (`vote`, `page`, `voter`) are in this folder's conftest.
"""

from html.parser import HTMLParser

from django.urls import reverse


def ballot_data(vote, theme_index=0, ranks=(), step="review"):
    ct = vote.ballot_themes.all()[theme_index]
    data = {"theme": ct.pk, "step": step}
    for position, option in enumerate(ranks, start=1):
        data[f"ballot-{ct.pk}-rank_{position}"] = "" if option is None else str(option)
    return data


def objectives(vote, theme_index=0):
    return vote.ballot_themes.all()[theme_index].option_ids()


def action_url(page):
    return page.block_action_url(page.body[0].id)


def ballot_url(vote, theme_index=0):
    """Where a confirmed ballot of this theme is cast (the ballot box)."""
    ct = vote.ballot_themes.all()[theme_index]
    return reverse("participation:vote_ballot", args=[ct.pk])


def block_url(page):
    return page.block_url(page.body[0].id)


def confirmation(vote, page, ranks, theme_index=0):
    """The confirmation form's fields as the review step renders them."""
    return {
        **ballot_data(vote, theme_index, ranks=ranks, step="confirm"),
        "back": action_url(page),
        "next": block_url(page),
    }


class ConfirmationForm(HTMLParser):
    """Reads the confirmation form of a page: its action, fields and buttons."""

    def __init__(self, html):
        super().__init__()
        self.action, self.fields, self.buttons, self._inside = None, {}, {}, False
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form" and "ballot--confirm" in (attrs.get("class") or ""):
            self.action, self._inside = attrs.get("action"), True
        elif self._inside and tag == "input" and attrs.get("type") == "hidden":
            self.fields[attrs["name"]] = attrs.get("value", "")
        elif self._inside and tag == "button":
            self.buttons[attrs.get("value")] = attrs.get("formaction") or self.action

    def handle_endtag(self, tag):
        if tag == "form":
            self._inside = False
