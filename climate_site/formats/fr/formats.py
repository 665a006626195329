# "4 830", "310 000": thousands grouped by a narrow no-break space (U+202F).
THOUSAND_SEPARATOR = "\u202f"
DECIMAL_SEPARATOR = ","
NUMBER_GROUPING = 3
