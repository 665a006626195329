"""The summary as staff edit it: one sentence per line, the references of the
proposals it comes from in square brackets at the end of the line.

    Des arceaux à vélos devant chaque école. [P-2021-0012, P-2021-0240]
"""

import re

from django.utils.translation import gettext as _

from participation.proposals.queries import REFERENCE

LINE = re.compile(r"^(?P<text>.*?)\s*\[(?P<references>[^\[\]]*)\]\s*$")
MAX_SENTENCES = 12
MAX_SENTENCE = 600


class FormatError(ValueError):
    """A line the summary cannot be read from; the message says which."""


def to_text(sentences):
    """[(text, [references])] → the editable text."""
    return "\n".join(
        f"{text} [{', '.join(references)}]" for text, references in sentences
    )


def parse(text):
    """The editable text → [(sentence, [references])], or FormatError."""
    lines = [line.strip() for line in (text or "").splitlines() if line.strip()]
    if len(lines) > MAX_SENTENCES:
        raise FormatError(
            _("A summary has at most %(count)s sentences.") % {"count": MAX_SENTENCES}
        )
    sentences = []
    for number, line in enumerate(lines, start=1):
        match = LINE.match(line)
        references = (
            [r.strip().upper() for r in match["references"].split(",") if r.strip()]
            if match
            else []
        )
        if not match or not match["text"] or not references:
            raise FormatError(
                _(
                    "Line %(number)s: end the sentence with the references of its "
                    "proposals in square brackets, e.g. [P-2021-0042]."
                )
                % {"number": number}
            )
        wrong = [r for r in references if not REFERENCE.fullmatch(r)]
        if wrong:
            raise FormatError(
                _("Line %(number)s: “%(reference)s” is not a proposal reference.")
                % {"number": number, "reference": wrong[0][:30]}
            )
        if len(match["text"]) > MAX_SENTENCE:
            raise FormatError(
                _("Line %(number)s is longer than %(count)s characters.")
                % {"number": number, "count": MAX_SENTENCE}
            )
        sentences.append((match["text"], list(dict.fromkeys(references))))
    return sentences
