"""Dates and numbers as each language writes them (FORMAT_MODULE_PATH).

Django's own formats are kept except where they differ from the usage of the
language: French groups thousands with a narrow no-break space, Spanish with
a point, English writes the day before the month in full.
"""
