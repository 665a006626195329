"""Admin for the vote: campaigns (rules frozen once voting starts), dashboards,
voting codes, paper ballots, exports."""

from django import forms
from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, ObjectList
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import EditView, SnippetViewSet

from home.admin_menu import RuleMenuItem
from participation.votes import account, rules, services
from participation.votes.forms import VoteCampaignForm
from participation.votes.models import VoteCampaign
from participation.votes.views import cast_ballot


class VoteCampaignEditView(EditView):
    """Keeps a trace of every refused attempt to change the rules of a vote."""

    def form_invalid(self, form):
        refused = getattr(form, "refused_rule_changes", None)
        if refused:
            services.log_refused_rule_change(self.object, self.request.user, refused)
        return super().form_invalid(form)


class VoteCampaignViewSet(SnippetViewSet):
    model = VoteCampaign
    icon = "tasks"
    menu_label = _("Vote campaigns")
    menu_order = 310
    add_to_admin_menu = True
    list_display = ["title", "opens_at", "closes_at"]
    edit_handler = ObjectList(
        [
            FieldPanel("title"),
            InlinePanel(
                "titles",
                heading=_("The title in other languages"),
                label=_("Translated title"),
                panels=[FieldPanel("language"), FieldPanel("title")],
            ),
            MultiFieldPanel(
                [FieldPanel("opens_at"), FieldPanel("closes_at")], heading=_("When")
            ),
            MultiFieldPanel(
                [
                    FieldPanel("ranks"),
                    FieldPanel("counting_rule"),
                    FieldPanel("is_trial"),
                ],
                heading=_("Counting"),
            ),
            MultiFieldPanel(
                [
                    FieldPanel("allow_accounts"),
                    FieldPanel("allow_codes"),
                    FieldPanel("allow_paper"),
                ],
                heading=_("Who may vote"),
            ),
            InlinePanel(
                "ballot_themes",
                heading=_("Themes on the ballot"),
                label=_("Theme"),
                min_num=1,
                panels=[
                    FieldPanel("theme", widget=forms.Select),
                    FieldPanel("options", widget=forms.CheckboxSelectMultiple),
                ],
            ),
        ],
        base_form_class=VoteCampaignForm,
    )
    edit_view_class = VoteCampaignEditView


register_snippet(VoteCampaignViewSet)


@hooks.register("register_log_actions")
def register_vote_log_actions(actions):
    actions.register_action(
        "participation.vote_rules_refused",
        _("Vote rules change refused"),
        _("Refused a change to the rules: ballots are already cast"),
    )
    actions.register_action(
        "participation.vote_closed_early",
        _("Vote closed early"),
        _("Closed the vote early"),
    )
    actions.register_action(
        "participation.vote_codes_generated",
        _("Voting codes generated"),
        _("Generated voting codes"),
    )
    actions.register_action(
        "participation.vote_keys_generated",
        _("Vote keys generated"),
        _("Generated the vote's keys"),
    )
    actions.register_action(
        "participation.vote_paper_ballot_entered",
        _("Paper ballot entered"),
        _("Entered a paper ballot"),
    )
    actions.register_action(
        "participation.vote_certified",
        _("Vote certified"),
        _("Counted and certified the vote"),
    )
    actions.register_action(
        "participation.vote_published",
        _("Vote results published"),
        _("Published the results of the vote"),
    )
    actions.register_action(
        "participation.vote_results_applied",
        _("Vote results applied"),
        _("Applied the results to the plan's priorities"),
    )


@hooks.register("register_admin_urls")
def register_vote_admin_urls():
    from participation.votes import admin_views as votes_admin

    return [path("votes/", include((votes_admin.urlpatterns, "votes_admin")))]


@hooks.register("register_admin_menu_item")
def register_vote_dashboards_menu_item():
    return RuleMenuItem(
        _("Votes: dashboards and paper ballots"),
        reverse("votes_admin:index"),
        icon_name="table",
        order=311,
        rule=rules.can_enter_paper_ballots,
    )


@hooks.register("register_block_post_handlers")
def vote_block_handlers():
    return {"vote_widget": cast_ballot}


# Where a resident voted, in their account (accounts.sections,
# accounts.data_export). No anonymiser: the who-voted register must outlive
# the account, or deleting it and signing up again would allow a second vote.
hooks.register("register_account_section", account.my_votes, order=40)
hooks.register("register_account_data_exporters", account.exporters, order=40)
