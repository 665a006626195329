"""Path converters of the site's own URLs."""

from django.urls import register_converter

# The largest id a database column holds (a signed 64-bit integer).
MAX_ID = 2**63 - 1


class IdConverter:
    """A database id: digits that fit a 64-bit signed integer.

    Django's `int` matches any number of digits, and a lookup beyond the
    column's range is a database error (a 500) on raw queries; beyond
    `MAX_ID` this one does not match, so the address is a 404.
    """

    regex = "[0-9]{1,19}"

    def to_python(self, value):
        number = int(value)
        if number > MAX_ID:
            raise ValueError(value)
        return number

    def to_url(self, value):
        return str(value)


register_converter(IdConverter, "id")
