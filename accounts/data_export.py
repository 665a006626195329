""" "Download my data": everything held about a person, as one JSON document.

Each module that stores personal data registers, with the
`register_account_data_exporters` Wagtail hook in its `wagtail_hooks` module,
a function returning its exporters by name; an exporter `func(user)` returns
JSON-serialisable data (dates and decimals are fine) about one user:

    @hooks.register("register_account_data_exporters")
    def proposal_exporters():
        return {"proposals": export_proposals}

    def export_proposals(user):
        return list(Proposal.objects.filter(author=user).values("title", "body", "created_at"))

The name ("proposals") names the exporter's part of the document; parts follow
the hooks' order.
"""

import json

from django.core.serializers.json import DjangoJSONEncoder
from django.utils import timezone
from wagtail import hooks

HOOK = "register_account_data_exporters"


def profile(user):
    return {
        "email": user.email,
        "public_pseudonym": user.display_name,
        "neighbourhood": user.neighbourhood.name if user.neighbourhood else None,
        "preferred_language": user.preferred_language,
        "date_joined": user.date_joined,
        "last_login": user.last_login,
        "notifications": {
            "proposal_update": user.notify_on_proposal_update,
            "reply": user.notify_on_reply,
            "comment": user.notify_on_comment,
        },
        "blocked_until": user.blocked_until,
        "blocked_reason": user.blocked_reason,
        "staff_roles": list(user.groups.values_list("name", flat=True)),
    }


def email_addresses(user):
    from allauth.account.models import EmailAddress

    return list(
        EmailAddress.objects.filter(user=user).values("email", "verified", "primary")
    )


def exporters():
    """{name: exporter} from every registered hook, in the hooks' order."""
    found = {}
    for hook in hooks.get_hooks(HOOK):
        found.update(hook())
    return found


def export_user_data(user):
    """The whole document about `user` (a dict), from every registered exporter."""
    document = {"generated_at": timezone.now()}
    for name, exporter in exporters().items():
        document[name] = exporter(user)
    return document


def export_user_data_json(user):
    return json.dumps(
        export_user_data(user), cls=DjangoJSONEncoder, indent=2, ensure_ascii=False
    )
