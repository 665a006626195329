"""What an email says about each outbox row, in the active language: the
thing it is about (a proposal or a page, its title and address) and one
sentence per event, grouped by thing for digests."""

from django.utils.translation import gettext as _
from wagtail.models import Locale, Page

from climate_site.site_host import absolute_url
from home.translations import localized_pages
from home.typography import format_date
from notifications.models import Event, Kind

EXCERPT = 280


def _excerpt(text):
    text = " ".join((text or "").split())
    return text if len(text) <= EXCERPT else text[: EXCERPT - 1].rstrip() + "…"


def _proposal_sentence(note):
    event = note.data.get("event")
    if event == "published":
        return _("It is published: other residents can read and support it.")
    if event == "rejected":
        return _("The moderators did not publish it.")
    if event == "answered":
        return _("The city published an official answer.")
    if event == "merged" and note.proposal.merged_into_id:
        return _(
            "The moderators merged it into %(reference)s, which said the same."
        ) % {"reference": note.proposal.merged_into.reference}
    return _("Its status is now: %(status)s.") % {
        "status": note.proposal.status.label_in()
    }


def _action_sentence(note):
    update = note.action_update
    sentence = _("Update of %(date)s.") % {"date": format_date(update.date)}
    status = note.data.get("status")
    if status:
        from climate_plan.models import ActionStatus

        sentence += " " + _("Its status is now: %(status)s.") % {
            "status": ActionStatus(status).label
        }
    return sentence


def _comment_sentence(note):
    name = note.comment.author.public_name
    if note.event == Event.REPLY:
        return _("%(name)s replied to your comment.") % {"name": name}
    if note.kind == Kind.REPLIES:
        return _("%(name)s commented on your proposal.") % {"name": name}
    return _("%(name)s commented.") % {"name": name}


def sentence(note):
    """One sentence saying what happened, in the active language."""
    if note.event in (Event.REPLY, Event.COMMENT):
        return _comment_sentence(note)
    if note.event == Event.PROPOSAL:
        return _proposal_sentence(note)
    if note.event == Event.ACTION_UPDATE:
        return _action_sentence(note)
    return _("The page was updated on %(date)s.") % {
        "date": format_date(note.created_at)
    }


def _comment_subject(comment, locale):
    subject = comment.discussion.subject(locale)
    if isinstance(subject, Page):
        return None, subject
    return subject, None


def _subjects(notes, locale):
    """{note pk: (proposal, page in `locale`)} for every note, in few queries."""
    found = {}
    for note in notes:
        if note.comment_id:
            found[note.pk] = _comment_subject(note.comment, locale)
        else:
            found[note.pk] = (note.proposal, note.page)
    pages = [page for _proposal, page in found.values() if page]
    translations = localized_pages(pages, locale=locale)
    return {
        pk: (proposal, translations.get(page.pk, page) if page else None)
        for pk, (proposal, page) in found.items()
    }


def _subject_url(proposal, page):
    if proposal is not None:
        return absolute_url(proposal.get_absolute_url())
    return absolute_url(page.get_url() or "")


def _withdrawn(note, proposal):
    """Hidden or deleted since: the email must not spread it."""
    comment = note.comment if note.comment_id else None
    if comment is not None and (comment.is_deleted or comment.is_hidden):
        return True
    return bool(proposal is not None and proposal.is_hidden)


def groups(notes, language):
    """The notes grouped by what they are about, in order of first event:
    [{"title", "lang", "url", "items": [{"sentence", "excerpt", "url", "date"}]}]."""
    locale = Locale.objects.filter(language_code=language).first()
    subjects = _subjects(notes, locale)
    grouped = {}
    for note in notes:
        proposal, page = subjects[note.pk]
        if proposal is None and page is None:
            continue  # the thing is gone
        if _withdrawn(note, proposal):
            continue
        key = ("proposal", proposal.pk) if proposal else ("page", page.pk)
        if key not in grouped:
            grouped[key] = {
                "title": proposal.title if proposal else page.title,
                "lang": proposal.language if proposal else page.locale.language_code,
                "url": _subject_url(proposal, page),
                "items": [],
            }
        url = grouped[key]["url"]
        excerpt = ""
        if note.comment_id:
            excerpt = _excerpt(note.comment.body)
        elif note.action_update_id:
            excerpt = _excerpt(note.action_update.text)
        grouped[key]["items"].append(
            {
                "sentence": sentence(note),
                "excerpt": excerpt,
                "url": f"{url}#comment-{note.comment_id}" if note.comment_id else url,
                "date": format_date(note.created_at),
            }
        )
    return list(grouped.values())
