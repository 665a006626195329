"""Display helpers of the plan: they format, they never compute progress."""

from django import template

register = template.Library()


@register.inclusion_tag("climate_plan/includes/progress_bar.html")
def progress_bar(value, label=""):
    """A progress bar with its percentage in words; None reads "not started"."""
    width = None if value is None else max(0, min(100, round(value)))
    return {"value": value, "width": width, "label": label}


@register.inclusion_tag("climate_plan/includes/status_badge.html")
def status_badge(status, label):
    return {"status": status, "label": label}
