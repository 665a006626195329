"""Admin screens of objective summaries: the list of objectives, and one
summary to draft, edit and approve. Form → one service → redirect."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Q
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.models import Locale

from climate_plan.models import ObjectivePage
from participation.proposals.services import ProposalError
from participation.summaries import rules, services, text_format
from participation.summaries.models import ObjectiveSummary

HEADER = {"header_icon": "doc-full"}


class SummaryForm(forms.Form):
    text = forms.CharField(
        label=gettext_lazy("Summary"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 12}),
        help_text=gettext_lazy(
            "One sentence per line, ending with the references of the proposals "
            "it comes from in square brackets: … [P-2021-0042, P-2021-0107]."
        ),
    )


def _require(user):
    if not rules.can_edit_summary(user):
        raise PermissionDenied


def index(request):
    """Every objective, with how many proposals it has and where its summary is."""
    _require(request.user)
    objectives = (
        ObjectivePage.objects.filter(locale=Locale.get_default())
        .annotate(
            proposal_count=Count(
                "proposals",
                filter=Q(
                    proposals__status__is_public=True,
                    proposals__merged_into__isnull=True,
                    proposals__hidden_at__isnull=True,
                ),
            )
        )
        .order_by("path")
    )
    summaries = {s.objective_id: s for s in ObjectiveSummary.objects.all()}
    rows = [(objective, summaries.get(objective.pk)) for objective in objectives]
    return TemplateResponse(
        request,
        "participation/admin/summary_index.html",
        {"rows": rows, "page_title": _("Objective summaries"), **HEADER},
    )


def edit(request, pk):
    """One objective's summary: draft it, edit it, approve it or withdraw it."""
    _require(request.user)
    objective = get_object_or_404(ObjectivePage, pk=pk, locale=Locale.get_default())
    summary = (
        ObjectiveSummary.objects.filter(objective=objective)
        .prefetch_related("sentences__proposals")
        .first()
    )
    sentences = list(summary.sentences.all()) if summary else []
    initial = text_format.to_text(
        (s.text, [p.reference for p in s.proposals.all()]) for s in sentences
    )
    form = SummaryForm(initial={"text": initial})
    status = 200
    if request.method == "POST":
        action = request.POST.get("action")
        form = SummaryForm(request.POST) if action == "save" else form
        try:
            if action == "draft":
                services.draft_summary(objective, actor=request.user)
                message = _(
                    "Summary drafted from the proposals. Read it, then approve it."
                )
            elif action == "save" and form.is_valid():
                services.edit_summary(
                    objective, actor=request.user, text=form.cleaned_data["text"]
                )
                message = _("Summary saved. It must be approved again to be shown.")
            elif action == "approve":
                services.approve_summary(objective, actor=request.user)
                message = _("Summary approved: it is shown on the objective page.")
            elif action == "withdraw":
                services.withdraw_approval(objective, actor=request.user)
                message = _("Approval withdrawn: the summary is no longer shown.")
            else:
                raise ProposalError
        except (ProposalError, text_format.FormatError) as error:
            form.add_error(None, getattr(error, "message", str(error)))
            status = 400
        else:
            messages.success(request, message)
            return redirect("participation_summaries:edit", pk=objective.pk)
    return TemplateResponse(
        request,
        "participation/admin/summary_edit.html",
        {
            "objective": objective,
            "summary": summary,
            "sentences": sentences,
            "form": form,
            "proposal_count": services.objective_proposals(objective).count(),
            "page_title": _("Summary of %s") % objective.title,
            "header_title": _("Summary of %s") % objective.title,
            **HEADER,
        },
        status=status,
    )
