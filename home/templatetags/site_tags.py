from django import template
from django.conf import settings
from wagtail.models import Locale

from home import navigation, open_now
from home.models import FooterText

register = template.Library()


@register.inclusion_tag("includes/language_switcher.html", takes_context=True)
def language_switcher(context, home_only=False):
    """Links to this page in the other languages; `home_only` (error pages)
    leads to each language's home page instead."""
    request = context.get("request")
    if home_only:
        return {"links": navigation.home_links(request)}
    return {
        "links": navigation.language_links(
            request, context.get("page"), context.get("page_route", "")
        )
    }


@register.inclusion_tag("includes/alternate_links.html", takes_context=True)
def alternate_links(context):
    request = context.get("request")
    page = context.get("page")
    links = navigation.language_links(request, page, context.get("page_route", ""))
    if page is not None:
        # Only pages that really exist in a language are alternates.
        links = [
            link
            for link in links
            if page.get_translations(inclusive=True)
            .live()
            .filter(locale__language_code=link["code"])
            .exists()
        ]
    return {"links": links, "request": request, "default_code": settings.LANGUAGE_CODE}


@register.inclusion_tag("includes/main_navigation.html", takes_context=True)
def main_navigation(context):
    request = context.get("request")
    home, items = navigation.main_menu(request)
    current = context.get("page")
    current_path = current.path if current is not None else ""
    openings = open_now.openings()
    actions = [
        opening
        for opening in (
            open_now.first_of_kind(openings, "propose"),
            open_now.first_of_kind(openings, "vote"),
        )
        if opening is not None
    ]
    # A page the quick actions lead to is not listed twice.
    action_pages = {action.url.split("#", 1)[0] for action in actions}
    return {
        "request": request,
        "settings": context.get("settings"),
        "home": home,
        "actions": actions,
        "items": [
            {
                "page": item,
                "active": bool(current_path) and current_path.startswith(item.path),
            }
            for item in items
            if item.url not in action_pages
        ],
    }


@register.simple_tag
def footer_text():
    locale = Locale.get_active()
    return (
        FooterText.objects.filter(locale=locale).first() or FooterText.objects.first()
    )


@register.simple_tag(takes_context=True)
def home_url(context):
    """The URL of the home page in the current language."""
    request = context.get("request")
    home = navigation.localized_home(request) if request is not None else None
    return home.url if home is not None and home.url else "/"


@register.simple_tag
def openings_now():
    """What residents can take part in now, the leading one first."""
    return open_now.openings()
