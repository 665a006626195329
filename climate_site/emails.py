"""What every email of the site shares: its name, the city's, its address,
where to write, and the recipient's language.

Emails come from DEFAULT_FROM_EMAIL, an address nobody reads: none of them asks
for a reply; each ends by naming the city's contact address instead.
"""

from django.conf import settings
from django.utils import translation

from climate_site.site_host import base_url


def site_email_context():
    """The names and addresses emails cite (the default site's settings)."""
    from wagtail.models import Site

    from home.models import SiteSettings

    site = Site.objects.filter(is_default_site=True).first()
    site_settings = SiteSettings.for_site(site) if site else None
    return {
        "site_name": settings.WAGTAIL_SITE_NAME,
        "city_name": site_settings.city_name if site_settings else "",
        "contact_email": site_settings.contact_email if site_settings else "",
        "base_url": base_url(),
    }


def recipient_language(user=None, fallback=None):
    """The language to write to `user` in: theirs if they chose one the site
    has, else `fallback` (the language they use the site in), else the default."""
    languages = {code for code, _name in settings.LANGUAGES}
    for language in (getattr(user, "preferred_language", ""), fallback):
        if language in languages:
            return language
    return settings.LANGUAGE_CODE


def subject_prefix():
    """ "[Agir · Ivry-sur-Seine] ": every subject says whose email it is."""
    context = site_email_context()
    names = [name for name in (context["site_name"], context["city_name"]) if name]
    return f"[{' · '.join(names)}] "


def email_language(user=None):
    """A context manager writing in the recipient's language (see above)."""
    return translation.override(recipient_language(user, translation.get_language()))


def send_site_email(
    address,
    template,
    context,
    *,
    language,
    subject_template=None,
    html_template=None,
    headers=None,
):
    """Send `template`.txt (body) and `template`_subject.txt (or
    `subject_template`.txt) to `address`, written in `language`, with the
    site's names and addresses in context; `html_template`.html, when given,
    is the HTML part beside the text, and `headers` extra headers
    (List-Unsubscribe...)."""
    from django.core.mail import EmailMultiAlternatives
    from django.template.loader import render_to_string

    with translation.override(language):
        context = {**site_email_context(), **context}
        subject = render_to_string(
            f"{subject_template or template + '_subject'}.txt", context
        )
        body = render_to_string(f"{template}.txt", context)
        html = (
            render_to_string(f"{html_template}.html", context)
            if html_template
            else None
        )
        subject = subject_prefix() + " ".join(subject.split())
    message = EmailMultiAlternatives(subject, body, None, [address], headers=headers)
    if html:
        message.attach_alternative(html, "text/html")
    message.send()
