"""`{% machine_translation text language "anchor-" pk as shown %}`: how a text
written in `language` appears to the reader (machine_translation.display);
`{% include "machine_translation/notice.html" with shown=shown original=… %}`
then shows the link, the label and the original."""

from django import template

from machine_translation import display

register = template.Library()


@register.simple_tag(takes_context=True)
def machine_translation(context, text, language, *anchor):
    return display.show(
        context.get("request"), text, language, "".join(str(part) for part in anchor)
    )
