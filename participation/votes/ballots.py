"""Who is voting on this request, and what their ballots look like in their language.

Read-only helpers shared by the vote block and the vote views.
"""

from dataclasses import dataclass

from home.translations import localized_pages
from participation.votes import rules, voter_keys
from participation.votes.models import BallotChannel, VoterRecord, VotingCode

SESSION_CODES = "vote_codes"  # {campaign id: VotingCode id}; never the code itself
# {campaign theme id: receipt, or "" when the ballot had already been cast}: what
# the last confirmation did, kept server-side until the voter's next view of the
# ballot shows it once.
SESSION_OUTCOMES = "vote_outcomes"


@dataclass
class Voter:
    key: str
    channel: str


def session_code(request, campaign):
    """The VotingCode this browser proved it holds for the campaign, or None."""
    session = getattr(request, "session", None)
    code_id = (
        (session.get(SESSION_CODES) or {}).get(str(campaign.pk)) if session else None
    )
    if code_id is None:
        return None
    return VotingCode.objects.filter(pk=code_id, campaign=campaign).first()


def remember_code(request, code):
    codes = dict(request.session.get(SESSION_CODES) or {})
    codes[str(code.campaign_id)] = code.pk
    request.session[SESSION_CODES] = codes


def forget_code(request, campaign):
    codes = dict(request.session.get(SESSION_CODES) or {})
    codes.pop(str(campaign.pk), None)
    request.session[SESSION_CODES] = codes


def step_id(block_id, campaign_theme):
    """The id of a theme's current step in a vote block (its ballot, confirmation
    or outcome): forms post to it, so the answer opens there."""
    return f"vote-{block_id}-theme-{campaign_theme.pk}-step"


def remember_outcome(request, campaign_theme, receipt=""):
    """Keep what the confirmation of this theme's ballot did for the voter's next
    view of it: the receipt when counted, "" when a ballot was already cast."""
    outcomes = dict(request.session.get(SESSION_OUTCOMES) or {})
    outcomes[str(campaign_theme.pk)] = receipt
    request.session[SESSION_OUTCOMES] = outcomes


def take_outcome(request, campaign_theme):
    """The outcome kept for this theme (a receipt, or ""), given once; else None."""
    session = getattr(request, "session", None)
    outcomes = session.get(SESSION_OUTCOMES) if session is not None else None
    if not outcomes or str(campaign_theme.pk) not in outcomes:
        return None
    outcomes = dict(outcomes)
    outcome = outcomes.pop(str(campaign_theme.pk))
    session[SESSION_OUTCOMES] = outcomes
    return outcome


def current_voter(request, campaign, now=None):
    """(eligibility, Voter or None): a valid account first, else a remembered code."""
    user = getattr(request, "user", None)
    account_state = rules.eligibility(user, campaign, now=now)
    if account_state == rules.Eligibility.OK:
        key = voter_keys.account_voter_key(user)
        if key:
            return account_state, Voter(key, BallotChannel.ONLINE)
        # A verified address always gives a person key (claim_mailbox); an
        # account without one is treated as unconfirmed rather than keyed anew.
        account_state = rules.Eligibility.UNVERIFIED
    code = session_code(request, campaign) if campaign.allow_codes else None
    if code is not None:
        state = rules.eligibility(user, campaign, has_code=True, now=now)
        return state, (
            Voter(code.code_hash, BallotChannel.CODE)
            if state == rules.Eligibility.OK
            else None
        )
    return account_state, None


def voted_on(campaign, voter):
    """{theme id: day} for the themes this voter already voted in."""
    if voter is None:
        return {}
    return dict(
        VoterRecord.objects.filter(campaign=campaign, voter_key=voter.key).values_list(
            "theme_id", "voted_on"
        )
    )


def localized_titles(pages):
    """{source page id: title in the active language}, in one query."""
    return {pk: page.title for pk, page in localized_pages(pages).items()}


def ballot_themes(campaign):
    """[(campaign theme, theme title, [(objective id, title)])] in ballot order."""
    campaign_themes = list(
        campaign.ballot_themes.select_related("theme").prefetch_related("options")
    )
    objectives = {page.pk: page for ct in campaign_themes for page in ct.options.all()}
    titles = localized_titles(
        [ct.theme for ct in campaign_themes] + list(objectives.values())
    )
    result = []
    for ct in campaign_themes:
        options = sorted(ct.options.all(), key=lambda page: page.path)
        result.append(
            (ct, titles[ct.theme_id], [(page.pk, titles[page.pk]) for page in options])
        )
    return result


def theme_options(campaign_theme):
    """[(objective id, localised title)] of one campaign theme, in ballot order."""
    options = sorted(campaign_theme.options.all(), key=lambda page: page.path)
    titles = localized_titles(options)
    return [(page.pk, titles[page.pk]) for page in options]


def titled_results(campaign):
    """The campaign's results with theme and objective titles in the active language."""
    from climate_plan.models import ObjectivePage, ThemePage
    from participation.votes.results import campaign_results

    themes = campaign_results(campaign)
    pages = list(ThemePage.objects.filter(pk__in=[t.theme for t in themes])) + list(
        ObjectivePage.objects.filter(
            pk__in=[r.option for t in themes for r in t.options]
        )
    )
    titles = localized_titles(pages)
    for theme in themes:
        theme.title = titles.get(theme.theme, "")
        for row in theme.options:
            row.title = titles.get(row.option, "")
    return themes


def priority_changes(campaign):
    """[(objective title, rank now, rank after)] that applying the results makes."""
    from climate_plan.models import ObjectivePage

    ranks = {
        row.option: row.rank
        for theme in titled_results(campaign)
        for row in theme.options
    }
    changes = []
    for objective in ObjectivePage.objects.filter(pk__in=ranks).order_by("path"):
        if objective.priority_rank != ranks[objective.pk]:
            changes.append(
                (objective.title, objective.priority_rank, ranks[objective.pk])
            )
    return changes
