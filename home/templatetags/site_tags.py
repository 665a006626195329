from django import template
from django.conf import settings
from django.template.loader import render_to_string
from django.utils.safestring import mark_safe
from wagtail.models import Locale, Page

from home import chrome, navigation, open_now
from home.models import FooterText, SiteSettings

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
        links = [link for link in links if link["exact"]]
    return {"links": links, "request": request, "default_code": settings.LANGUAGE_CODE}


@register.inclusion_tag("includes/main_navigation.html", takes_context=True)
def main_navigation(context):
    request = context.get("request")
    menu = navigation.menu(request) or {"home": None, "items": []}
    current = context.get("page")
    current_path = getattr(current, "path", "")
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
        "home_url": menu["home"],
        "actions": actions,
        "items": [
            {
                **item,
                "active": bool(current_path) and current_path.startswith(item["path"]),
            }
            for item in menu["items"]
            if item["url"] not in action_pages
        ],
    }


def footer_text():
    locale = Locale.get_active()
    return (
        FooterText.objects.filter(locale=locale).first() or FooterText.objects.first()
    )


@register.simple_tag(takes_context=True)
def site_footer(context):
    """The footer, the same on every page of a site and language."""
    request = context.get("request")

    def build():
        return render_to_string(
            "includes/site_footer.html",
            {"site": SiteSettings.for_request(request), "footer": footer_text()},
        )

    if request is None:
        return mark_safe(build())
    return mark_safe(chrome.remember(request, "footer", build))


@register.simple_tag(takes_context=True)
def home_url(context):
    """The URL of the home page in the current language."""
    request = context.get("request")
    return navigation.home_url(request) if request is not None else "/"


@register.simple_tag
def openings_now():
    """What residents can take part in now, the leading one first."""
    return open_now.openings()


@register.simple_tag(takes_context=True)
def breadcrumbs(context):
    """The trail to the page (home page first), empty outside pages."""
    page = context.get("page")
    if not isinstance(page, Page):
        return []
    return navigation.breadcrumbs(context.get("request"), page)
