"""Reading discussions: threads for one page of top-level comments, in a
fixed number of queries whatever their length, and comment text as safe HTML."""

import re
from dataclasses import dataclass, field

from django.apps import apps
from django.core.paginator import Paginator
from django.utils.html import escape
from django.utils.safestring import mark_safe
from wagtail.models import Page

from participation.comments.models import Comment

COMMENTS_PER_PAGE = 20
ORDERS = ("oldest", "newest")
POSTED = "posted"  # the query parameter naming the comment its author just wrote
# Subjects and targets reachable through URLs, by model label.
COMMENTABLE = {"wagtailcore.page", "participation.proposal"}
REPORTABLE = {"participation.comment", "participation.proposal"}

# Matched on already-escaped text, so a URL can never carry a quote or an
# angle bracket out of its attribute.
URL_PATTERN = re.compile(r"\b(?:https?://|www\.)[^\s<>\"']+", re.IGNORECASE)
TRAILING = ".,;:!?)]}"


def _link(match):
    url = match.group(0)
    tail = ""
    while url and url[-1] in TRAILING:
        url, tail = url[:-1], url[-1] + tail
    for entity in ("&quot;", "&#x27;", "&gt;", "&lt;"):  # escaped punctuation
        if entity in url:
            url, rest = url.split(entity, 1)
            tail = entity + rest + tail
    href = url if url.lower().startswith("http") else f"https://{url}"
    return f'<a href="{href}" rel="nofollow ugc">{url}</a>{tail}'


def render_text(text):
    """Plain text as HTML: escaped first, then links made clickable, then
    paragraphs and line breaks. Nothing a resident types can become markup."""
    escaped = escape(text.strip())
    linked = URL_PATTERN.sub(_link, escaped)
    paragraphs = [
        p for p in re.split(r"\n\s*\n", linked.replace("\r\n", "\n")) if p.strip()
    ]
    # Every piece was escaped above; only our own tags are added.
    return mark_safe(
        "".join(f"<p>{p.strip().replace(chr(10), '<br>')}</p>" for p in paragraphs)
    )


def subject_from_label(label, pk):
    """The commentable object named in a URL (a page is returned specific)."""
    if label not in COMMENTABLE:
        return None
    try:
        model = apps.get_model(label)
    except LookupError:
        return None
    subject = model._default_manager.filter(pk=pk).first()
    return subject.specific if isinstance(subject, Page) else subject


def target_from_label(label, pk):
    if label not in REPORTABLE:
        return None
    try:
        model = apps.get_model(label)
    except LookupError:
        return None
    return model._default_manager.filter(pk=pk).first()


@dataclass
class Node:
    comment: Comment
    children: list = field(default_factory=list)
    actions: frozenset = frozenset()
    posted: bool = False  # its author has just written it


def _tree(tops, replies):
    nodes = {comment.pk: Node(comment) for comment in [*tops, *replies]}
    for reply in replies:  # replies come oldest first, so children keep that order
        parent = nodes.get(reply.parent_id)
        if parent is not None:
            parent.children.append(nodes[reply.pk])
    return [nodes[comment.pk] for comment in tops], nodes


def _with_author(queryset):
    return queryset.select_related("author")


def load_page(discussion, order="oldest", page_number=1, per_page=COMMENTS_PER_PAGE):
    """One page of threads: (paginator page, root nodes, every node by pk).

    Three queries whatever the length of the discussion: the count, the page
    of top-level comments and every reply of those threads.
    """
    tops = discussion.comments.filter(depth=1).order_by(
        "-created_at" if order == "newest" else "created_at", "pk"
    )
    page = Paginator(_with_author(tops), per_page).get_page(page_number)
    top_list = list(page.object_list)
    replies = list(
        _with_author(
            Comment.objects.filter(root__in=[c.pk for c in top_list], depth__gt=1)
        ).order_by("created_at", "pk")
    )
    roots, nodes = _tree(top_list, replies)
    return page, roots, nodes


def load_single(discussion, comment_id):
    """The comment named in a permalink and its replies, or None."""
    comment = _with_author(discussion.comments.filter(pk=comment_id)).first()
    if comment is None:
        return None, {}
    thread = list(
        _with_author(
            Comment.objects.filter(root_id=comment.root_id, depth__gt=comment.depth)
        ).order_by("created_at", "pk")
    )
    below, pending = [], {comment.pk}
    for reply in thread:  # keep only this comment's descendants
        if reply.parent_id in pending:
            below.append(reply)
            pending.add(reply.pk)
    roots, nodes = _tree([comment], below)
    return roots[0], nodes


def page_of(comment, per_page=COMMENTS_PER_PAGE):
    """The page number (oldest first) on which a comment's thread is shown."""
    root = comment if comment.depth == 1 else comment.root
    before = Comment.objects.filter(
        discussion_id=root.discussion_id, depth=1, created_at__lt=root.created_at
    ).count()
    return before // per_page + 1
