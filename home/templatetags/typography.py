"""`localdate`, `localtime_of_day` and `number`: dates and numbers as the
reader's language writes them (home.typography). Loaded in every template
(TEMPLATES OPTIONS "builtins")."""

from django import template
from django.utils.safestring import mark_safe

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


@register.filter
def lang_of(value=None):
    """`<div{{ page|lang_of }}>`: ` lang="fr"` when the page, snippet or
    language code is not the reader's language (an untranslated fallback),
    nothing otherwise. `{{ None|lang_of }}` is the source language, in which
    staff write official answers and reasons."""
    return mark_safe(typography.lang_attribute(value))  # a language code only
