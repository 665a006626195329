"""Page routes for the participation blocks embedded in page bodies.

A block only renders; its form posts to `<page>/participate/<block id>/`. The
route finds the block in the page (block ids are the same in every
translation), then hands the request to the view registered for that block
type. The view validates, calls one service and redirects back to the block,
or re-renders the page with the bound form (see `render_with_bound_form`).
"""

from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.module_loading import import_string
from wagtail.contrib.routable_page.models import RoutablePageMixin, path

# block type name (as in the body StreamField) -> dotted path of a view
# `view(request, page, block)`.
POST_HANDLERS = {
    "proposal_form": "participation.views.proposals.submit_proposal",
    "vote_widget": "participation.views.votes.cast_ballot",
}


class ParticipationRoutes(RoutablePageMixin):
    body_field_name = "body"

    def participation_block(self, block_id):
        """The top-level body block with this id, or 404."""
        for block in getattr(self, self.body_field_name, None) or []:
            if block.id == block_id:
                return block
        raise Http404

    @path("participate/<str:block_id>/", name="participate")
    def participate(self, request, block_id):
        block = self.participation_block(block_id)
        if request.method != "POST":
            return redirect(self.block_url(block_id))
        try:
            handler = import_string(POST_HANDLERS[block.block_type])
        except KeyError as error:
            raise Http404 from error
        return handler(request, self, block)

    def block_url(self, block_id):
        return f"{self.url}#block-{block_id}"

    def block_action_url(self, block_id):
        return self.url + self.reverse_subpage("participate", args=[block_id])

    def render_with_bound_form(self, request, block_id, form, status=400):
        """Render this page with one block's form bound to what was entered."""
        context = self.get_context(request)
        context["bound_forms"] = {block_id: form}
        return TemplateResponse(
            request, self.get_template(request), context, status=status
        )
