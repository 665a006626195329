"""Page routes for the forms of blocks embedded in page bodies.

A block only renders; its form posts to `<page>/participate/<block id>/`. The
route finds the block in the page (block ids are the same in every
translation), then hands the request to the handler that the block's feature
registered with the `register_block_post_handlers` hook:

    @hooks.register("register_block_post_handlers")
    def proposal_handlers():
        return {"proposal_form": views.submit_proposal}

A handler `view(request, page, block)` validates, calls one service and
redirects back to the block, or re-renders the page with the bound form
(`render_with_bound_form`). The page knows no feature.
"""

from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from wagtail import hooks
from wagtail.contrib.routable_page.models import RoutablePageMixin, path

HOOK = "register_block_post_handlers"


def block_post_handler(block_type):
    """The view registered for posts to a block of this type, or None."""
    for hook in hooks.get_hooks(HOOK):
        handler = hook().get(block_type)
        if handler is not None:
            return handler
    return None


class BlockRoutesMixin(RoutablePageMixin):
    body_field_name = "body"

    def body_block(self, block_id):
        """The top-level body block with this id, or 404."""
        for block in getattr(self, self.body_field_name, None) or []:
            if block.id == block_id:
                return block
        raise Http404

    @path("participate/<str:block_id>/", name="participate")
    def participate(self, request, block_id):
        block = self.body_block(block_id)
        if request.method != "POST":
            return redirect(self.block_url(block_id))
        handler = block_post_handler(block.block_type)
        if handler is None:
            raise Http404
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
