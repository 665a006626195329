"""“This action needs / enables” between actions: the graph, its cycles and
what the pages show.

Links are stored on action pages (see `climate_plan.models.links`) and copied
to their translations; the graph is keyed by translation key, so a link
counts once whatever the language it was read in.
"""

from collections import defaultdict
from dataclasses import dataclass, field

from django.db.models import Q

from climate_plan.models import ActionDependency, ActionPage


def dependency_graph(exclude=None):
    """{action key: {keys of the actions it needs}} over every stored link,
    leaving out the links of the action whose key is `exclude` (one query)."""
    links = ActionDependency.objects.values_list(
        "action__translation_key", "needed__translation_key"
    )
    if exclude is not None:
        links = links.exclude(action__translation_key=exclude)
    graph = defaultdict(set)
    for action, needed in links:
        graph[action].add(needed)
    return graph


def find_cycle(graph, action, needed):
    """The keys [action, needed, …, action] of the cycle that giving `action`
    the needs `needed` would close in `graph`, or None. A self-link is the
    shortest cycle: [action, action]."""
    graph = {**graph, action: set(needed)}
    for first in needed:
        path = _path(graph, first, action, set())
        if path is not None:
            return [action, *path]
    return None


def _path(graph, start, goal, seen):
    """A path of keys from `start` to `goal` following needs, depth first."""
    if start == goal:
        return [start]
    seen.add(start)
    for nxt in sorted(graph.get(start, ()), key=str):
        if nxt not in seen:
            rest = _path(graph, nxt, goal, seen)
            if rest is not None:
                return [start, *rest]
    return None


def titles_by_key(keys, locale=None):
    """{translation key: the live action's title in `locale`}, in one query."""
    pages = ActionPage.objects.filter(translation_key__in=set(keys))
    if locale is not None:
        pages = pages.filter(locale=locale)
    return dict(pages.values_list("translation_key", "title"))


def links_of(action):
    """(needs, enables): the live actions this one needs and those it enables,
    in the action's language, each once, in plan order (two queries)."""
    key = action.translation_key
    rows = ActionDependency.objects.filter(
        Q(action__translation_key=key) | Q(needed__translation_key=key)
    ).values_list("action__translation_key", "needed__translation_key")
    needs = {needed for source, needed in rows if source == key}
    enables = {source for source, needed in rows if needed == key}
    ordered = ActionPage.objects.live().filter(
        locale_id=action.locale_id, translation_key__in=needs | enables
    )
    ordered = sorted(ordered, key=lambda page: page.path)
    return (
        [page for page in ordered if page.translation_key in needs],
        [page for page in ordered if page.translation_key in enables],
    )


@dataclass
class Entry:
    """One action of the dependency view, numbered as in the diagram."""

    number: int
    action: object  # a progress.ActionNode
    needs: list = field(default_factory=list)
    enables: list = field(default_factory=list)
    level: int = 0  # the length of the longest chain of needs below it


def plan_dependencies(tree):
    """The plan's actions that need or enable another, in plan order, each
    with the entries it needs and enables and its level (one query)."""
    by_key = {node.page.translation_key: node for node in tree.actions}
    graph = dependency_graph()
    linked = {
        key
        for action, needs in graph.items()
        for key in (action, *needs)
        if key in by_key
    }
    entries = {}
    for node in tree.actions:
        key = node.page.translation_key
        if key in linked:
            entries[key] = Entry(number=len(entries) + 1, action=node)
    for action, needs in graph.items():
        for needed in needs:
            if action in entries and needed in entries:
                entries[action].needs.append(entries[needed])
                entries[needed].enables.append(entries[action])
    for entry in entries.values():
        entry.needs.sort(key=lambda e: e.number)
        entry.enables.sort(key=lambda e: e.number)
    _set_levels(entries.values())
    return list(entries.values())


def _set_levels(entries):
    """Level 0 needs nothing; otherwise one more than the highest level it
    needs. Stored links are acyclic (the admin refuses cycles); a cycle left
    by a direct database write stops at the depth of the graph."""
    entries = list(entries)
    for _round in range(len(entries)):
        changed = False
        for entry in entries:
            level = max((e.level + 1 for e in entry.needs), default=0)
            if level != entry.level and level < len(entries):
                entry.level, changed = level, True
        if not changed:
            break
