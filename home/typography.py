"""Dates and numbers as the reader's language writes them.

"1er décembre 2026", "1 December 2026", "1 de diciembre de 2026"; "4 830"
(narrow no-break space), "4,830", "4.830". The separators come from the
project's format modules (climate_site/formats), so Django's own number
formatting (`floatformat:"g"`, `number_format`) agrees with these.
"""

import datetime
import re
from decimal import Decimal, InvalidOperation

from django.utils import timezone
from django.utils.formats import date_format, number_format, time_format
from django.utils.translation import get_language

NBSP = "\u00a0"


def _language():
    return (get_language() or "fr").split("-")[0]


def _local(value):
    if isinstance(value, datetime.datetime) and timezone.is_aware(value):
        return timezone.localtime(value)
    return value


def format_date(value, with_time=False):
    """The date as a sentence writes it; with `with_time`, the time of day too.

    French writes the first of the month as an ordinal ("1er décembre 2026")
    and the time with an h ("à 20 h 30"). Anything that is not a date comes
    back unchanged, so a template can pass an empty value through.
    """
    if not isinstance(value, datetime.date):
        return value
    value = _local(value)
    text = date_format(value, "DATE_FORMAT")
    if _language() == "fr" and value.day == 1:
        text = "1er" + text[1:]
    if with_time and isinstance(value, datetime.datetime):
        if _language() == "fr":
            return f"{text} à {format_time(value)}"
        return f"{text}, {format_time(value)}"
    return text


def format_time(value):
    """The time of day: "20 h 30" and "20 h" in French, "20:30" elsewhere."""
    if not isinstance(value, datetime.datetime | datetime.time):
        return value
    value = _local(value)
    if _language() == "fr":
        minutes = f"{NBSP}{value.minute:02d}" if value.minute else ""
        return f"{value.hour}{NBSP}h{minutes}"
    return time_format(value, "H:i")


def format_number(value, decimals=None):
    """The number with its thousands grouped and the language's decimal mark.

    `decimals` fixes the number of decimals; by default whole numbers show
    none and others at most two, trailing zeros dropped. A value that is not a
    number comes back unchanged.
    """
    if isinstance(value, bool) or value is None or value == "":
        return value
    try:
        number = Decimal(str(value))
    except (InvalidOperation, ValueError, TypeError):
        return value
    if not number.is_finite():
        return value
    if decimals is None:
        number = round(number, 2).normalize()
        places = max(0, -number.as_tuple().exponent)
    else:
        places = int(decimals)
        number = round(number, places)
    return number_format(number, places, use_l10n=True, force_grouping=True)


_SPACE_BEFORE = re.compile(r"[ \u202f]([:;?!»])")
_SPACE_AFTER = re.compile(r"« ")


def french_spacing(text):
    """French punctuation spaced as French typography wants: a no-break space
    (U+00A0) before : ; ? ! and » and after «, where a plain space was typed."""
    return _SPACE_AFTER.sub("«" + NBSP, _SPACE_BEFORE.sub(NBSP + r"\1", text))


_LOCALE_CODES = {}
_LANGUAGE_CODE = re.compile(r"[a-z]{2,3}(-[A-Za-z0-9]{1,8})*")


def content_language(obj=None):
    """The language `obj` is written in: its locale's for translatable objects
    (a page shown as the fallback of a missing translation keeps its own
    language), a language code as is, and the source language (what staff
    write in: official answers, moderators' reasons) for None."""
    from django.conf import settings

    if obj is None or obj == "":
        return settings.LANGUAGE_CODE
    if isinstance(obj, str):
        return obj
    if isinstance(getattr(obj, "language", None), str) and obj.language:
        return obj.language
    locale_id = getattr(obj, "locale_id", None)
    if locale_id is None:
        return settings.LANGUAGE_CODE
    if locale_id not in _LOCALE_CODES:
        from wagtail.models import Locale

        _LOCALE_CODES.clear()
        _LOCALE_CODES.update(Locale.objects.values_list("id", "language_code"))
    return _LOCALE_CODES.get(locale_id, settings.LANGUAGE_CODE)


def lang_attribute(obj=None):
    """` lang="fr"` when `obj` is in another language than the page, else ""."""
    code = content_language(obj)
    if code == _language() or not _LANGUAGE_CODE.fullmatch(code or ""):
        return ""
    return f' lang="{code}"'
