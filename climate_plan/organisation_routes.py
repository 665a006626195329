"""The plan's pages of organisations: `<plan>/organisations/` and
`<plan>/organisations/<slug>/`, in the plan's language."""

from django.http import Http404
from django.template.response import TemplateResponse
from wagtail.contrib.routable_page.models import path


class OrganisationRoutes:
    """Mixed into the plan page (a routable page)."""

    @path("organisations/", name="organisations")
    def organisations_index(self, request):
        from climate_plan.organisations import plan_organisations

        return TemplateResponse(
            request,
            "climate_plan/organisation_index.html",
            {
                "page": self,
                "self": self,
                "page_route": self.reverse_subpage("organisations"),
                "organisations": plan_organisations(self),
            },
        )

    @path("organisations/<slug:slug>/", name="organisation")
    def organisation(self, request, slug):
        from climate_plan.models import Organisation, OrganisationKind
        from climate_plan.organisations import organisation_actions

        organisation = Organisation.objects.filter(
            locale_id=self.locale_id, slug=slug
        ).first()
        if organisation is None:
            raise Http404
        return TemplateResponse(
            request,
            "climate_plan/organisation_page.html",
            {
                "page": self,
                "self": self,
                "page_route": self.reverse_subpage("organisation", args=[slug]),
                "organisation": organisation,
                "kind_label": OrganisationKind(organisation.kind).label,
                "actions": organisation_actions(self, organisation),
            },
        )

    def organisation_url(self, organisation):
        return self.url + self.reverse_subpage("organisation", args=[organisation.slug])

    def organisations_url(self):
        return self.url + self.reverse_subpage("organisations")
