from django.conf import settings


def create_missing_locales(**kwargs):
    """Every language in settings has a Wagtail locale: adding one is a settings change."""
    from wagtail.models import Locale

    for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
        Locale.objects.get_or_create(language_code=code)
