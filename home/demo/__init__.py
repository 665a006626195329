"""Demo content: the Ivry-sur-Seine approach of 2021, written into the project.

`manage.py load_demo` runs each builder of the setting `AGIR_DEMO_BUILDERS`
(climate_site/settings/base.py, where the project names its apps) in order. A
builder is a function `build(demo)` taking the shared `Demo` state; it must be
idempotent (find by slug or natural key before creating).
"""
