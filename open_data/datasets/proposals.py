"""Residents' proposals as open data: the published ones, public fields only.

Never an author, a pseudonym, a contact, an agent or the staff's title of a
call: the rows are those of the public list (`Proposal.objects.public()`), and
a theme, objective or event shows only when its page is public.
"""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from open_data.datasets.base import Dataset, Field, attr, iso
from open_data.queries import public, translated
from participation.models import Channel, Proposal


def public_ids(*groups):
    ids = {pk for group in groups for pk in group if pk is not None}
    if not ids:
        return set()
    return set(public(Page.objects.filter(pk__in=ids)).values_list("pk", flat=True))


def theme_title(proposal, context):
    if proposal.theme_id not in context["public"]:
        return None
    return context["themes"][proposal.theme_id].title


def shown(name):
    """A field giving the id in `name` only when its page is public."""

    def reader(proposal, context):
        pk = getattr(proposal, name)
        return pk if pk in context["public"] else None

    return reader


class Proposals(Dataset):
    slug = "proposals"
    title = _("Proposals")
    description = _(
        "The residents' published proposals, whatever the channel they came "
        "through, with their status, supports and official answer. No names, "
        "contacts or accounts."
    )

    def queryset(self):
        return (
            Proposal.objects.public()
            .for_listing()
            .prefetch_related("objectives")
            .order_by("pk")
        )

    def context(self, items, request):
        themes = [p.theme for p in items if p.theme_id]
        objectives = {p.pk: [o.pk for o in p.objectives.all()] for p in items}
        visible = public_ids(
            [p.theme_id for p in items],
            [p.event_id for p in items],
            [pk for pks in objectives.values() for pk in pks],
        )
        return {
            "request": request,
            "public": visible,
            "themes": translated([t for t in themes if t.pk in visible]),
            "objectives": objectives,
        }

    fields = [
        Field("reference", _("Its public reference."), attr("reference")),
        Field(
            "url",
            _("Its page on the site."),
            lambda p, c: c["request"].build_absolute_uri(
                reverse("participation:proposal_detail", args=[p.reference])
            ),
        ),
        Field("title", _("Its title, as written."), attr("title")),
        Field("text", _("Its text, as written."), attr("text")),
        Field("language", _("The language it was written in."), attr("language")),
        Field("theme_id", _("The theme it concerns (see actions)."), shown("theme_id")),
        Field("theme", _("The theme's title."), theme_title),
        Field(
            "objective_ids",
            _("The objectives it is linked to."),
            lambda p, c: [pk for pk in c["objectives"][p.pk] if pk in c["public"]],
        ),
        Field(
            "neighbourhood",
            _("The neighbourhood it concerns."),
            lambda p, c: p.neighbourhood.name if p.neighbourhood else None,
        ),
        Field(
            "tags",
            _("Its keywords."),
            lambda p, c: sorted(tag.name for tag in p.tags.all()),
        ),
        Field(
            "channel",
            _("How it came: online, caravan, workshop, paper or neighbourhood_house."),
            attr("channel"),
        ),
        Field(
            "channel_label",
            _("The channel in words."),
            lambda p, c: str(Channel(p.channel).label),
        ),
        Field(
            "event_id",
            _("The event where it was collected, if any."),
            shown("event_id"),
        ),
        Field("status", _("Its status code."), lambda p, c: p.status.code),
        Field(
            "status_label", _("Its status in words."), lambda p, c: p.status.label_in()
        ),
        Field("supports", _("How many residents support it."), attr("support_count")),
        Field(
            "submitted_at",
            _("When it was submitted."),
            lambda p, c: iso(p.submitted_at),
        ),
        Field(
            "published_at",
            _("When it was published."),
            lambda p, c: iso(p.published_at),
        ),
        Field(
            "official_answer",
            _("The city's official answer, if any."),
            lambda p, c: p.official_answer or None,
        ),
        Field(
            "answered_at",
            _("When the city answered."),
            lambda p, c: iso(p.answered_at),
        ),
    ]


PROPOSALS = Proposals()
