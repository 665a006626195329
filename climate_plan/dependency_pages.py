"""The plan's dependency view: a numbered list first (what needs what), then
a diagram drawn on the server with the same numbers, for those who read it
more easily as a picture."""

from dataclasses import dataclass

from django.template.response import TemplateResponse

from climate_plan.dependencies import plan_dependencies
from climate_plan.progress import plan_progress

COLUMN, ROW, RADIUS, MARGIN = 110, 48, 16, 28


@dataclass
class Node:
    entry: object
    x: float
    y: float


@dataclass
class Edge:
    x1: float
    y1: float
    x2: float
    y2: float


@dataclass
class Diagram:
    nodes: list
    edges: list
    width: int
    height: int


def diagram(entries):
    """Columns by level (an action stands right of what it needs), numbered
    nodes in plan order within a column; an arrow from each need to its action."""
    if not entries:
        return None
    columns = {}
    for entry in entries:
        columns.setdefault(entry.level, []).append(entry)
    nodes = {}
    for level, column in columns.items():
        for row, entry in enumerate(column):
            nodes[entry.number] = Node(
                entry, MARGIN + RADIUS + level * COLUMN, MARGIN + RADIUS + row * ROW
            )
    edges = []
    for entry in entries:
        to = nodes[entry.number]
        for needed in entry.needs:
            start = nodes[needed.number]
            edges.append(Edge(start.x + RADIUS, start.y, to.x - RADIUS - 4, to.y))
    width = 2 * (MARGIN + RADIUS) + (max(columns) * COLUMN)
    height = 2 * (MARGIN + RADIUS) + (max(len(c) for c in columns.values()) - 1) * ROW
    return Diagram(list(nodes.values()), edges, width, height)


def dependency_view(request, plan):
    """Every action that needs or enables another, grouped as a numbered list."""
    entries = plan_dependencies(plan_progress(plan))
    return TemplateResponse(
        request,
        "climate_plan/dependencies_page.html",
        {
            "page": plan,
            "self": plan,
            "request": request,
            "entries": entries,
            "diagram": diagram(entries),
        },
    )
