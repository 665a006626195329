"""What a screen reader or a keyboard user would trip on in a page, read from its HTML.

`problems(html)` lists, in words, every id used twice and every reference
(`for`, `aria-labelledby`, `aria-describedby`, `aria-controls`, a link to
`#fragment`) that points at no element of the page. Tests assert it is empty
for each state a form can reach.
"""

from html.parser import HTMLParser

# Attributes holding one id, or a space-separated list of ids.
SINGLE_REFERENCES = ("for", "aria-controls", "aria-activedescendant")
LIST_REFERENCES = ("aria-labelledby", "aria-describedby", "aria-owns")


class _Ids(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.ids = []
        self.references = []  # (tag, attribute, id)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if attrs.get("id"):
            self.ids.append(attrs["id"])
        if tag == "a" and (attrs.get("name")):
            self.ids.append(attrs["name"])
        for name in SINGLE_REFERENCES:
            if attrs.get(name):
                self.references.append((tag, name, attrs[name]))
        for name in LIST_REFERENCES:
            for target in (attrs.get(name) or "").split():
                self.references.append((tag, name, target))
        href = attrs.get("href") or ""
        if tag == "a" and href.startswith("#") and len(href) > 1:
            self.references.append((tag, "href", href[1:]))

    handle_startendtag = handle_starttag


def problems(html):
    """Every duplicate id and dangling id reference of `html`, as sentences."""
    if isinstance(html, bytes):
        html = html.decode()
    parser = _Ids()
    parser.feed(html)
    seen, found = set(), []
    for element_id in parser.ids:
        if element_id in seen:
            found.append(f'id "{element_id}" is used more than once')
        seen.add(element_id)
    for tag, attribute, target in parser.references:
        if target not in seen:
            found.append(f'<{tag} {attribute}="{target}"> points at no element')
    return sorted(set(found))


def element(html, element_id):
    """The attributes of the element with this id, or None."""
    if isinstance(html, bytes):
        html = html.decode()
    found = {}

    class _Find(HTMLParser):
        def handle_starttag(self, tag, attrs):
            attrs = dict(attrs)
            if attrs.get("id") == element_id and not found:
                found.update(attrs, tag=tag)

        handle_startendtag = handle_starttag

    _Find(convert_charrefs=True).feed(html)
    return found or None
