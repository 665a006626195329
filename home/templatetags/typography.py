"""`localdate`, `localtime_of_day` and `number`: dates and numbers as the
reader's language writes them (home.typography). Loaded in every template
(TEMPLATES OPTIONS "builtins")."""

from django import template

from home import typography

register = template.Library()


@register.filter
def localdate(value, arg=""):
    """`{{ day|localdate }}` "1er décembre 2026"; `{{ moment|localdate:"time" }}`
    "1er décembre 2026 à 20 h 30"."""
    return typography.format_date(value, with_time=arg == "time")


@register.filter
def localtime_of_day(value):
    """`{{ moment|localtime_of_day }}` "20 h 30" in French, "20:30" in English."""
    return typography.format_time(value)


@register.filter
def number(value, decimals=None):
    """`{{ total|number }}` "4 830"; `{{ share|number:1 }}` "12,5"."""
    return typography.format_number(value, decimals)
