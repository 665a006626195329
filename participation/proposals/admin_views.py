"""Admin views for proposals: moderation actions, offline entry, import, export.

Each action is form → one service → redirect; permissions come from the rules.
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from home import spreadsheets
from participation.models import Proposal, ProposalCall, ProposalImport
from participation.proposals import imports as proposal_import
from participation.proposals import rules, services
from participation.proposals.exports import staff_response
from participation.proposals.forms import (
    CorrectForm,
    GroupForm,
    ImportForm,
    MergeForm,
    OfflineProposalForm,
    RejectForm,
    StatusForm,
)
from participation.proposals.similar import likely_duplicates


def _require(allowed):
    if not allowed:
        raise PermissionDenied


def moderation_forms(proposal, data=None, action=None):
    """The forms of the moderation screen; only the posted one is bound."""

    def bound(name):
        return data if action == name else None

    return {
        "reject": RejectForm(bound("reject"), prefix="reject"),
        "status": StatusForm(
            bound("status"),
            prefix="status",
            initial={
                "status": proposal.status,
                "official_answer": proposal.official_answer,
            },
        ),
        "correct": CorrectForm(
            bound("correct"),
            prefix="correct",
            initial={"title": proposal.title, "text": proposal.text},
        ),
        "merge": MergeForm(bound("merge"), prefix="merge", proposal=proposal),
        "group": GroupForm(
            bound("group"),
            prefix="group",
            initial={"objectives": list(proposal.objectives.all())},
        ),
    }


def _apply(action, proposal, form, user):
    data = form.cleaned_data if form is not None else {}
    if action == "publish":
        services.publish_proposal(proposal, actor=user)
        return _("Proposal %s published.")
    if action == "reject":
        services.reject_proposal(proposal, actor=user, reason=data["reason"])
        return _("Proposal %s rejected; the author is told why.")
    if action == "status":
        services.set_status(
            proposal,
            actor=user,
            new_status=data["status"],
            note=data["note"],
            official_answer=data["official_answer"],
        )
        return _("Status of %s updated.")
    if action == "correct":
        services.correct_proposal(
            proposal,
            actor=user,
            title=data["title"],
            text=data["text"],
            note=data["note"],
        )
        return _("Proposal %s corrected; the original is kept in its history.")
    if action == "merge":
        services.merge_proposals(
            proposal, into=data["into"], actor=user, note=data["note"]
        )
        return _("Proposal %s merged; its supporters are carried over.")
    if action == "group":
        services.group_into_objectives(
            proposal, actor=user, objectives=list(data["objectives"]), note=data["note"]
        )
        return _("Objectives of %s updated.")
    raise services.ProposalError


def moderate(request, pk):
    """One proposal with every moderation action and its full history."""
    _require(rules.can_moderate(request.user))
    proposal = get_object_or_404(
        Proposal.objects.select_related(
            "status",
            "call",
            "theme",
            "neighbourhood",
            "event",
            "author",
            "entered_by",
            "merged_into",
        ),
        pk=pk,
    )
    action = request.POST.get("action") if request.method == "POST" else None
    forms = moderation_forms(proposal, request.POST, action)
    status = 200
    if action:
        form = forms.get(action)
        if form is None or form.is_valid():
            try:
                message = _apply(action, proposal, form, request.user)
            except services.ProposalError as error:
                messages.error(request, error.message)
            else:
                messages.success(request, message % proposal.reference)
                return redirect("participation_proposals:moderate", pk=proposal.pk)
        status = 400
    history = proposal.history.select_related("actor", "from_status", "to_status")
    return TemplateResponse(
        request,
        "participation/admin/moderate.html",
        {
            "proposal": proposal,
            "forms": forms,
            "history": history,
            "page_title": _("Moderate %s") % proposal.reference,
            "header_title": _("Moderate %s") % proposal.reference,
            "header_icon": "openquote",
            "tags": ", ".join(t.name for t in proposal.tags.all()),
            "objectives": proposal.objectives.all(),
            "supports": proposal.support_count,
            "duplicates": likely_duplicates(proposal)
            if proposal.merged_into_id is None
            else [],
        },
        status=status,
    )


def enter_offline(request):
    """An agent writes down a proposal collected offline."""
    _require(rules.can_enter_offline(request.user))
    form = OfflineProposalForm(request.POST or None, initial={"language": "fr"})
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        proposal = services.enter_offline_proposal(
            agent=request.user,
            **{
                key: data[key]
                for key in (
                    "call",
                    "title",
                    "text",
                    "theme",
                    "channel",
                    "language",
                    "event",
                    "neighbourhood",
                    "tags",
                    "contact",
                    "pseudonym",
                    "submitted_at",
                )
            },
        )
        messages.success(
            request,
            _("Proposal %s recorded. You may enter the next one.") % proposal.reference,
        )
        return redirect("participation_proposals:enter_offline")
    return TemplateResponse(
        request,
        "participation/admin/form.html",
        {
            "form": form,
            "page_title": _("Enter an offline proposal"),
            "header_title": _("Enter an offline proposal"),
            "header_icon": "edit",
            "submit_label": _("Record the proposal"),
        },
        status=400 if form.is_bound else 200,
    )


def import_view(request):
    """Upload a CSV/XLSX of paper proposals; its import runs in the background."""
    _require(rules.can_import(request.user))
    form = ImportForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        try:
            record = proposal_import.start_import(
                agent=request.user,
                call=form.cleaned_data["call"],
                uploaded=form.cleaned_data["file"],
                language=get_language(),
            )
        except proposal_import.TableError as error:
            form.add_error("file", str(error))
        else:
            return redirect("participation_proposals:import_status", record.pk)
    return TemplateResponse(
        request,
        "participation/admin/import.html",
        {
            "form": form,
            "page_title": _("Import paper proposals"),
            "header_title": _("Import paper proposals"),
            "header_icon": "upload",
            "columns": proposal_import.COLUMNS,
        },
        status=400 if form.errors else 200,
    )


def _followed_import(request, pk):
    record = get_object_or_404(ProposalImport.objects.select_related("call"), pk=pk)
    _require(rules.can_follow_import(request.user, record))
    return record


def import_status(request, pk):
    """An import's progress bar; the page refreshes itself until it is done."""
    record = _followed_import(request, pk)
    return TemplateResponse(
        request,
        "participation/admin/import_status.html",
        {
            "record": record,
            "state": record.progress_state(),
            "page_title": _("Import paper proposals"),
            "header_title": _("Import paper proposals"),
            "header_icon": "upload",
        },
    )


def import_status_json(request, pk):
    """The same progress as JSON, for the page's script."""
    record = _followed_import(request, pk)
    response = JsonResponse(record.progress_state())
    response["Cache-Control"] = "no-store"
    return response


def import_template(request, file_format):
    """The file to fill in, with the expected columns and one example row."""
    _require(rules.can_import(request.user))
    return spreadsheets.response(
        proposal_import.template_rows(), "proposals-template", file_format
    )


def export_view(request):
    """Every proposal with every field (personal data included), CSV or XLSX."""
    _require(rules.can_export(request.user))
    proposals = Proposal.objects.order_by("reference")
    call = request.GET.get("call")
    if call and call.isdigit():
        proposals = proposals.filter(call_id=int(call))
    return staff_response(proposals, request.GET.get("format", "csv"))


def export_menu(request):
    _require(rules.can_export(request.user))
    return TemplateResponse(
        request,
        "participation/admin/export.html",
        {
            "calls": ProposalCall.objects.all(),
            "page_title": _("Export proposals"),
            "header_title": _("Export proposals"),
            "header_icon": "download",
            "url": reverse("participation_proposals:export"),
        },
    )
