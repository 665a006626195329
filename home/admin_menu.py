"""An admin menu item shown to whoever one rule lets through."""

from wagtail.admin.menu import MenuItem


class RuleMenuItem(MenuItem):
    """A menu item shown when `rule(user)` is true, e.g. `rules.can_moderate`.

    The rule is the one the item's views check, so the menu never offers a
    page that would then be refused.
    """

    def __init__(self, *args, rule, **kwargs):
        super().__init__(*args, **kwargs)
        self.rule = rule

    def is_shown(self, request):
        return bool(self.rule(request.user))
