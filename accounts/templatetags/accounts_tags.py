from django import template

from accounts import rules

register = template.Library()


@register.filter
def block_is_permanent(user):
    return rules.block_is_permanent(user)
