"""Admin forms of the plan's pages."""

from django.utils.translation import gettext as _
from wagtail.admin.forms import WagtailAdminPageForm


class ActionPageForm(WagtailAdminPageForm):
    """Refuses needed actions that would make a cycle (A needs B needs A,
    longer loops, an action needing itself), naming the loop."""

    def clean(self):
        cleaned = super().clean()
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
