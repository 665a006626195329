"""Demo content: the Ivry-sur-Seine approach of 2021, written into the project.

`manage.py load_demo` runs each builder of `BUILDERS` in order. A builder is a
function `build(demo)` taking the shared `Demo` state; it must be idempotent
(find by slug or natural key before creating).
"""

BUILDERS = [
    "home.demo.site.build",
    "climate_plan.demo.plan.build",
    "climate_plan.demo.exhibition.build",
    "climate_plan.demo.conferences.build",
    "participation.events.demo.build",
    "accounts.demo.build",
    # after the plan: it uses the themes, objectives, neighbourhoods and events
    "participation.proposals.demo.build",
    # Comments go last: they discuss whatever the builders above created.
    "participation.comments.demo.build",
    "participation.votes.demo.build",
]
