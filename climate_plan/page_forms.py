"""Admin forms of the plan's pages."""

from django import forms
from django.utils.translation import gettext as _
from wagtail.admin.forms import WagtailAdminPageForm


class ActionPageForm(WagtailAdminPageForm):
    """Refuses needed actions that would make a cycle (A needs B needs A,
    longer loops, an action needing itself), naming the loop; offers the
    plan's phases; asks a written reason whenever the status is changed here
    rather than by an update."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "phase" in self.fields:
            choices = [("", "---------"), *plan_phase_choices(self._plan())]
            current = self.instance.phase
            if current and current not in dict(choices):
                choices.append((current, current))
            self.fields["phase"].widget = forms.Select(choices=choices)

    def _plan(self):
        from climate_plan.models import ClimatePlanPage

        page = self.instance if self.instance.pk else self.parent_page
        if page is None or not page.path:
            return None
        return (
            ClimatePlanPage.objects.filter(path__in=ancestor_paths(page.path))
            .order_by("-depth")
            .first()
        )

    def check_status_reason(self, cleaned):
        if "status" not in self.fields or "status_reason" not in self.fields:
            return
        status_changed = (
            "status" in self.changed_data
            if self.instance.pk
            else cleaned.get("status") not in (None, "", "planned")
        )
        if status_changed and (
            not (cleaned.get("status_reason") or "").strip()
            or (self.instance.pk and "status_reason" not in self.changed_data)
        ):
            self.add_error(
                "status_reason",
                _(
                    "You changed the status by hand: write why. The reason is "
                    "shown publicly beside the status."
                ),
            )

    def clean(self):
        cleaned = super().clean()
        self.check_status_reason(cleaned)
        formset = self.formsets.get("needs")
        if formset is None:
            return cleaned
        self.check_dependencies(formset)
        return cleaned

    def check_dependencies(self, formset):
        from climate_plan.dependencies import (
            dependency_graph,
            find_cycle,
            titles_by_key,
        )

        key = self.instance.translation_key
        graph = dependency_graph(exclude=key)
        chosen = []
        for form in formset.forms:
            if not form.is_valid() or form.cleaned_data.get("DELETE"):
                continue
            needed = form.cleaned_data.get("needed")
            if needed is None:
                continue
            if needed.translation_key in {k for _f, k in chosen}:
                form.add_error("needed", _("This action is already listed."))
                continue
            chosen.append((form, needed.translation_key))
        for form, needed_key in chosen:
            if needed_key == key:
                form.add_error("needed", _("An action cannot need itself."))
                continue
            cycle = find_cycle(graph, key, [needed_key])
            if cycle is None:
                continue
            titles = titles_by_key(cycle, locale=self.instance.locale_id)
            titles[key] = self.cleaned_data.get("title") or self.instance.title
            form.add_error(
                "needed",
                _(
                    "This would make a loop: %(loop)s. An action cannot, even "
                    "indirectly, need an action that needs it."
                )
                % {"loop": _(" needs ").join(f"“{titles.get(k, '?')}”" for k in cycle)},
            )


def ancestor_paths(path, steplen=4):
    return [path[:end] for end in range(steplen, len(path) + 1, steplen)]


def plan_phase_choices(plan):
    """(identifier, name) of `plan`'s phases in their order, or []."""
    if plan is None:
        return []
    return [(phase.identifier, phase.name) for phase in plan.phases.all()]
