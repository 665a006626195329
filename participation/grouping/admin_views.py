"""Admin views of grouping suggestions: start a run, follow it, decide on
each suggestion. Form → one service → redirect; permissions from the rules."""

from functools import wraps

from django.contrib import messages
from django.db.models import Count, Q
from django.http import JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from participation.grouping import rules, services
from participation.grouping.forms import RunForm, suggestion_forms
from participation.grouping.models import GroupingRun, GroupingSuggestion
from participation.proposals.services import ProposalError

HEADER = {"header_icon": "group"}


class Refused(Exception):
    """Staff without the grouping permission: a 403 page (Wagtail would turn
    PermissionDenied into a redirect to the dashboard)."""


def _require(user):
    if not rules.can_group(user):
        raise Refused


def staff_who_group(view):
    """The view for staff who may group; a 403 page for other staff."""

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        try:
            return view(request, *args, **kwargs)
        except Refused:
            return TemplateResponse(
                request,
                "participation/admin/grouping_refused.html",
                {"page_title": _("Suggest groupings"), **HEADER},
                status=403,
            )

    return wrapped


@staff_who_group
def index(request):
    """The runs so far, and a form to start one on a call."""
    _require(request.user)
    form = RunForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        run = services.start_run(
            actor=request.user,
            call=form.cleaned_data["call"],
            clusters=form.cleaned_data["clusters"],
            include_grouped=form.cleaned_data["include_grouped"],
            language=get_language(),
        )
        return redirect("participation_grouping:run", run.pk)
    open_state = GroupingSuggestion.State.OPEN
    runs = GroupingRun.objects.select_related("call", "created_by").annotate(
        open_count=Count("suggestions", filter=Q(suggestions__state=open_state)),
        suggestion_count=Count("suggestions"),
    )[:50]
    return TemplateResponse(
        request,
        "participation/admin/grouping_index.html",
        {
            "form": form,
            "runs": runs,
            "page_title": _("Suggest groupings"),
            "header_title": _("Suggest groupings"),
            **HEADER,
        },
        status=400 if form.errors else 200,
    )


def _run(request, pk):
    _require(request.user)
    return get_object_or_404(
        GroupingRun.objects.select_related("call", "created_by"), pk=pk
    )


def _shared_choices(open_ones):
    """The objectives and themes every accept form offers, read once for the
    page rather than once per suggestion."""
    if not open_ones:
        return {}
    form = suggestion_forms(open_ones[0])["accept"]
    return {name: list(form.fields[name].choices) for name in ("objective", "theme")}


def _use_choices(suggestion, shared, open_ones):
    accept = suggestion.forms["accept"]
    for name, choices in shared.items():
        accept.fields[name].choices = choices
    suggestion.forms["merge"].fields["other"].choices = [
        ("", "---------"),
        *((s.pk, s.label) for s in open_ones if s.pk != suggestion.pk),
    ]


def _render_run(request, run, bound=None, status=200):
    suggestions = list(
        run.suggestions.select_related("theme", "objective", "decided_by")
        .prefetch_related("proposals__theme", "proposals__objectives")
        .order_by("position", "pk")
    )
    open_ones = [s for s in suggestions if s.state == GroupingSuggestion.State.OPEN]
    shared = _shared_choices(open_ones)
    for suggestion in suggestions:
        members = sorted(suggestion.proposals.all(), key=lambda p: p.reference)
        suggestion.members = members
        if suggestion.state == GroupingSuggestion.State.OPEN:
            suggestion.can_merge = len(open_ones) > 1
            if bound and bound[0] == suggestion.pk:
                suggestion.forms = bound[1]
            else:
                suggestion.forms = suggestion_forms(suggestion)
                _use_choices(suggestion, shared, open_ones)
    counts = dict.fromkeys(GroupingSuggestion.State.values, 0)
    for suggestion in suggestions:
        counts[suggestion.state] += 1
    return TemplateResponse(
        request,
        "participation/admin/grouping_run.html",
        {
            "run": run,
            "state": run.progress_state(),
            "suggestions": suggestions,
            "counts": counts,
            "page_title": _("Grouping suggestions"),
            "header_title": _("Grouping suggestions"),
            **HEADER,
        },
        status=status,
    )


@staff_who_group
def run_view(request, pk):
    """A run's progress, then its suggestions with their actions."""
    return _render_run(request, _run(request, pk))


@staff_who_group
def run_status_json(request, pk):
    """The run's progress as JSON, for the page's script."""
    response = JsonResponse(_run(request, pk).progress_state())
    response["Cache-Control"] = "no-store"
    return response


DONE_MESSAGES = {
    "accept": lambda: _("Suggestion accepted: its proposals are linked to “%s”."),
    "reject": lambda: _("Suggestion “%s” rejected."),
    "rename": lambda: _("Suggestion renamed “%s”."),
    "split": lambda: _("Suggestion split: “%s” holds the proposals moved."),
    "merge": lambda: _("Suggestions merged into “%s”."),
}


def _apply(action, suggestion, form, user):
    data = form.cleaned_data if form is not None else {}
    if action == "accept":
        done = services.accept(
            suggestion,
            actor=user,
            objective=data["objective"],
            title=data["title"],
            theme=data["theme"],
        )
        return done.objective.title
    if action == "reject":
        return services.reject(suggestion, actor=user).label
    if action == "rename":
        return services.rename(suggestion, actor=user, label=data["label"]).label
    if action == "split":
        return services.split(
            suggestion, actor=user, proposals=list(data["proposals"])
        ).label
    if action == "merge":
        return services.merge(suggestion, actor=user, other=data["other"]).label
    raise ProposalError


@staff_who_group
def suggestion_action(request, pk):
    """One decision on one suggestion (POST); back to its place in the run."""
    _require(request.user)
    suggestion = get_object_or_404(
        GroupingSuggestion.objects.select_related("run"), pk=pk
    )
    run_url = reverse("participation_grouping:run", args=[suggestion.run_id])
    if request.method != "POST":
        return redirect(f"{run_url}#suggestion-{suggestion.pk}")
    action = request.POST.get("action")
    if action not in DONE_MESSAGES:
        messages.error(request, _("This action is not possible."))
        return redirect(f"{run_url}#suggestion-{suggestion.pk}")
    forms = suggestion_forms(suggestion, request.POST, action)
    form = forms.get(action)
    if form is not None and not form.is_valid():
        messages.error(request, _("The suggestion was not changed: see below."))
        run = GroupingRun.objects.select_related("call", "created_by").get(
            pk=suggestion.run_id
        )
        return _render_run(request, run, bound=(suggestion.pk, forms), status=400)
    try:
        name = _apply(action, suggestion, form, request.user)
    except ProposalError as error:
        messages.error(request, error.message)
    else:
        messages.success(request, DONE_MESSAGES[action]() % name)
    return redirect(f"{run_url}#suggestion-{suggestion.pk}")
