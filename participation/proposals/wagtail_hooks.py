"""Proposals in the admin: the moderation queue, calls, statuses, offline entry,
import and export, and the audit-log actions they write."""

import django_filters
from django.core.cache import cache
from django.middleware.csrf import get_token
from django.urls import include, path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.panels import FieldPanel
from wagtail.admin.ui.tables import Column
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.models import Locale
from wagtail.permission_policies.base import ModelPermissionPolicy
from wagtail.snippets.views.snippets import SnippetViewSet

from climate_plan.models import ThemePage
from home.admin_menu import RuleMenuItem
from participation.models import (
    Channel,
    Proposal,
    ProposalCall,
    ProposalLogEntry,
    ProposalStatus,
)
from participation.proposals import account, rules, search, similar
from participation.proposals import admin_views as views
from participation.proposals.views import submit_proposal


class ProposalFilterSet(WagtailFilterSet):
    call = django_filters.ModelChoiceFilter(
        label=_("Call"), queryset=ProposalCall.objects.all()
    )
    theme = django_filters.ModelChoiceFilter(
        label=_("Theme"),
        queryset=lambda request: ThemePage.objects.filter(locale=Locale.get_default()),
    )
    channel = django_filters.ChoiceFilter(label=_("Channel"), choices=Channel.choices)
    status = django_filters.ModelChoiceFilter(
        label=_("Status"), queryset=ProposalStatus.objects.all()
    )
    language = django_filters.ChoiceFilter(
        label=_("Language"), choices=Proposal._meta.get_field("language").choices
    )

    class Meta:
        model = Proposal
        fields = ["call", "theme", "channel", "status", "language"]


class ModerateColumn(Column):
    def get_value(self, instance):
        return format_html(
            '<a class="button button-small" href="{}">{}</a>',
            reverse("participation_proposals:moderate", args=[instance.pk]),
            _("Moderate"),
        )


DUPLICATES_SECONDS = 300


class DuplicatesColumn(Column):
    """Likely duplicates of each proposal in the queue, each with a button
    merging the row's proposal into it."""

    cell_template_name = "participation/admin/duplicates_cell.html"

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        request = parent_context.get("request")
        context["duplicates"] = (
            self.duplicates(instance)
            if instance.merged_into_id is None
            and instance.status.code != ProposalStatus.REJECTED
            else []
        )
        context["csrf_token"] = get_token(request) if request else ""
        context["action"] = reverse(
            "participation_proposals:moderate", args=[instance.pk]
        )
        return context

    @staticmethod
    def duplicates(instance):
        """Kept a few minutes per version of the proposal: a queue page asks
        for fifty at once (about 60 ms each with 565 proposals)."""
        key = f"likely-duplicates:{instance.pk}:{instance.updated_at.timestamp()}"
        found = cache.get(key)
        if found is None:
            found = [
                {"pk": other.pk, "reference": other.reference}
                for other in similar.likely_duplicates(instance)
            ]
            cache.set(key, found, DUPLICATES_SECONDS)
        return found


class NoDirectCreation(ModelPermissionPolicy):
    """Proposals are created by residents or by agents' entry form (which give
    them a reference, a status and a history), never by the generic form."""

    def user_has_permission(self, user, action):
        return action != "add" and super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return super().user_has_any_permission(user, [a for a in actions if a != "add"])


class ProposalViewSet(SnippetViewSet):
    """The moderation queue: newest first, filterable, searchable."""

    model = Proposal
    icon = "openquote"
    menu_label = _("Moderation queue")
    add_to_admin_menu = False
    list_display = [
        "reference",
        "title",
        "status",
        "channel",
        "language",
        "support_count",
        "submitted_at",
        DuplicatesColumn("duplicates", label=_("Likely duplicates")),
        ModerateColumn("moderate", label=_("Moderate")),
    ]
    filterset_class = ProposalFilterSet
    search_fields = ["title", "text", "reference"]
    search_backend_name = None
    list_per_page = 50
    ordering = ["-submitted_at"]
    # Status, texts and merges change only through the moderation actions, so
    # that each change is in the history; the edit form classifies.
    panels = [
        FieldPanel("theme"),
        FieldPanel("neighbourhood"),
        FieldPanel("tags"),
        FieldPanel("event"),
    ]

    @property
    def permission_policy(self):
        return NoDirectCreation(self.model)

    def get_queryset(self, request):
        return Proposal.objects.select_related("status").prefetch_related(
            "status__labels"
        )


class ProposalCallViewSet(SnippetViewSet):
    model = ProposalCall
    icon = "date"
    menu_label = _("Calls for proposals")


class ProposalStatusViewSet(SnippetViewSet):
    model = ProposalStatus
    icon = "tag"
    menu_label = _("Statuses")
    list_display = ["label", "code", "is_public", "requires_reason", "sort_order"]


class ProposalsGroup(ViewSetGroup):
    menu_label = _("Proposals")
    menu_icon = "openquote"
    menu_order = 250
    items = (ProposalViewSet, ProposalCallViewSet, ProposalStatusViewSet)

    def get_submenu_items(self):
        extra = [
            (
                "enter_offline",
                _("Enter an offline proposal"),
                "edit",
                rules.can_enter_offline,
            ),
            ("import", _("Import paper proposals"), "upload", rules.can_import),
            ("export_menu", _("Export proposals"), "download", rules.can_export),
        ]
        return [
            *super().get_submenu_items(),
            *(
                RuleMenuItem(
                    label,
                    reverse(f"participation_proposals:{name}"),
                    icon_name=icon,
                    order=900 + position,
                    rule=rule,
                    name=f"proposals-{name}",
                )
                for position, (name, label, icon, rule) in enumerate(extra)
            ),
            # Other features' items about proposals (grouping suggestions...).
            *(item() for item in hooks.get_hooks("register_proposals_menu_item")),
        ]

    def is_shown(self, request):
        return True


@hooks.register("register_admin_viewset")
def register_proposal_viewsets():
    return ProposalsGroup()


@hooks.register("register_admin_urls")
def register_proposal_admin_urls():
    urls = [
        path("<int:pk>/moderate/", views.moderate, name="moderate"),
        path("offline/new/", views.enter_offline, name="enter_offline"),
        path("import/", views.import_view, name="import"),
        path("import/<int:pk>/", views.import_status, name="import_status"),
        path(
            "import/<int:pk>/status.json",
            views.import_status_json,
            name="import_status_json",
        ),
        path(
            "import/template.<str:file_format>",
            views.import_template,
            name="import_template",
        ),
        path("export/", views.export_menu, name="export_menu"),
        path("export/download/", views.export_view, name="export"),
    ]
    return [
        path(
            "proposal-moderation/",
            include(
                (urls, "participation_proposals"), namespace="participation_proposals"
            ),
        )
    ]


@hooks.register("register_log_actions")
def register_proposal_log_actions(actions):
    actions.register_model(Proposal, ProposalLogEntry)
    for action, label in [
        ("submitted", _("Proposal submitted")),
        ("entered", _("Proposal entered offline")),
        ("imported", _("Proposal imported")),
        ("published", _("Proposal published")),
        ("rejected", _("Proposal rejected")),
        ("status", _("Proposal status changed")),
        ("answered", _("Proposal answered")),
        ("corrected", _("Proposal corrected")),
        ("merged", _("Proposals merged")),
        ("grouped", _("Proposal grouped into objectives")),
    ]:
        actions.register_action(f"participation.proposal.{action}", label, label)


@hooks.register("register_block_post_handlers")
def proposal_block_handlers():
    return {"proposal_form": submit_proposal}


# A resident's proposals and supports in their account (accounts.sections,
# accounts.data_export, accounts.anonymisers), and proposals in the site search.
hooks.register("register_account_section", account.my_proposals, order=10)
hooks.register("register_account_section", account.my_supports, order=20)
hooks.register("register_account_data_exporters", account.exporters, order=10)
hooks.register("register_account_anonymiser", account.forget_public_names)
hooks.register("register_search_source", search.proposals_source, order=10)
