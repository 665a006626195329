"""Every write of vote data. Each function is one transaction."""

import logging

from django.db import IntegrityError, transaction
from django.utils import timezone
from wagtail.log_actions import log

from climate_site import client, ratelimit
from participation.votes import ballot_box, rules, voter_keys
from participation.votes.models import (
    Ballot,
    BallotChannel,
    PaperBallotEntry,
    VoteCampaign,
    VoterRecord,
    VotingCode,
)
from participation.votes.results import campaign_results

logger = logging.getLogger(__name__)

# Wrong voting codes: per address, and per vote across addresses (`check_code`).
CODE_GUESSES = {"limit": 5, "period": 15 * 60}
VOTE_CODE_GUESSES = {"minimum": 50, "percent": 5, "period": 60 * 60}


class AlreadyVoted(Exception):
    """This voter already has a ballot in this theme."""


class InvalidBallot(Exception):
    def __init__(self, errors):
        super().__init__(errors)
        self.errors = errors


class VotingClosed(Exception):
    """The campaign is not open (online and code ballots only)."""


class CodeLocked(Exception):
    """Too many wrong codes from this address: try again later."""


class VoteCodesPaused(CodeLocked):
    """Too many wrong codes for this vote from all addresses: code entry pauses."""


class WrongCode(Exception):
    """No such code in this campaign."""


def cast_ballot(
    campaign_theme,
    ranking,
    channel,
    voter_key=None,
    today=None,
    options=None,
    open_at=None,
):
    """Record a ballot and, when the voter is known, the who-voted row, atomically.

    `ranking` lists objective page ids, first choice first. The register row is
    unique per (campaign, theme, voter key) in the database: a second attempt,
    even a simultaneous one, raises IntegrityError, which rolls the ballot back
    and surfaces as AlreadyVoted. Paper ballots without a code have no key (the
    ballot box did that job). `options`, the theme's objective ids, saves a
    query when the caller already has them. With `open_at`, the database also
    checks that the vote is open at that time, or VotingClosed is raised.
    """
    campaign = campaign_theme.campaign
    if options is None:
        options = campaign_theme.option_ids()
    errors = rules.ranking_errors(list(ranking), set(options), campaign.ranks)
    if errors:
        raise InvalidBallot(errors)
    today = today or timezone.localdate(open_at)
    record = (
        None
        if voter_key is None
        else VoterRecord(
            campaign=campaign,
            theme_id=campaign_theme.theme_id,
            voter_key=voter_key,
            voted_on=today,
        )
    )
    ballot = Ballot(
        campaign=campaign,
        theme_id=campaign_theme.theme_id,
        ranking=list(ranking),
        channel=channel,
        cast_on=today,
    )
    try:
        cast = ballot_box.drop(ballot, record=record, open_at=open_at)
    except IntegrityError as error:
        raise AlreadyVoted from error
    if not cast:
        raise VotingClosed
    return ballot


def cast_online_ballot(
    voter_key, campaign_theme, ranking, channel, now=None, options=None
):
    """A ballot cast on the site (account or code): only while the vote is open."""
    now = now or timezone.now()
    if rules.phase(campaign_theme.campaign, now) != "open":
        raise VotingClosed
    return cast_ballot(
        campaign_theme,
        ranking,
        channel,
        voter_key=voter_key,
        options=options,
        open_at=now,
    )


def generate_codes(campaign, number, user=None):
    """Create `number` single-use codes; return them in clear, this once only."""
    codes = [voter_keys.new_code() for _ in range(number)]
    with transaction.atomic():
        VotingCode.objects.bulk_create(
            VotingCode(campaign=campaign, code_hash=voter_keys.code_voter_key(code))
            for code in codes
        )
        log(
            campaign,
            "participation.vote_codes_generated",
            user=user,
            data={"number": number},
        )
    return codes


def code_guess_budget(campaign):
    """Wrong codes the whole vote takes per hour before code entry pauses.

    max(50, 5% of the codes issued): see `check_code` for why.
    """
    issued = VotingCode.objects.filter(campaign=campaign).count()
    return max(
        VOTE_CODE_GUESSES["minimum"], issued * VOTE_CODE_GUESSES["percent"] // 100
    )


def check_code(campaign, code, address):
    """The VotingCode matching `code`, counting wrong guesses per address and per vote.

    Two limits, both counted in the shared cache so they hold across processes:

    - per address (its /64 for IPv6): CODE_GUESSES["limit"] wrong codes within
      the period, then every attempt from there raises CodeLocked until the
      window ends. This stops one device, and is loose enough for the few
      people who share a connection (a family, a workplace behind one proxy).
    - per vote: `code_guess_budget` wrong codes per hour from all addresses
      together, then every code entry for the vote raises VoteCodesPaused until
      the hour ends. A guesser with many addresses can no longer rotate them.

    Why these numbers. A code is 12 characters from a 31-letter alphabet:
    31**12 ~ 7.9e17 possible codes. With C codes issued, one guess hits a valid
    code with probability C / 7.9e17. The per-vote budget caps all guesses at
    B = max(50, C / 20) per hour, so over a three-week vote (504 hours) an
    attacker makes at most 504 * B guesses and succeeds with probability at
    most 504 * B * C / 7.9e17: below 1e-10 for 1,000 codes, about 3e-7 for
    100,000 codes, whatever the number of addresses. Honest mistakes come
    nowhere near the budget: 5% of all code holders mistyping in the same hour
    is far beyond any turnout peak, and 50 per hour covers small votes.

    The price is that a determined attacker can pause code entry for a vote by
    spending its budget every hour; that is logged, voters are told to come
    back later or to see a participation agent (paper ballots do not go
    through this path), and accounts are unaffected.
    """
    limits = {"limit": CODE_GUESSES["limit"], "period": CODE_GUESSES["period"]}
    address = client.rate_limit_identity(address)
    if ratelimit.is_limited("vote-code", address, **limits):
        raise CodeLocked
    vote_limits = {
        "limit": code_guess_budget(campaign),
        "period": VOTE_CODE_GUESSES["period"],
    }
    if ratelimit.is_limited("vote-code-campaign", campaign.pk, **vote_limits):
        raise VoteCodesPaused
    found = VotingCode.objects.filter(
        campaign=campaign, code_hash=voter_keys.code_voter_key(code)
    ).first()
    if found is not None:
        return found
    ratelimit.allow("vote-code", address, **limits)
    if not ratelimit.allow("vote-code-campaign", campaign.pk, **vote_limits):
        raise VoteCodesPaused
    if ratelimit.is_limited("vote-code-campaign", campaign.pk, **vote_limits):
        logger.warning(
            "Code entry paused for vote campaign %s: %d wrong codes this hour",
            campaign.pk,
            vote_limits["limit"],
        )
        raise VoteCodesPaused
    if ratelimit.is_limited("vote-code", address, **limits):
        logger.warning("Voting codes locked for an address after wrong guesses")
        raise CodeLocked
    raise WrongCode


def enter_paper_ballot(agent, campaign_theme, ranking, code=""):
    """An agent types in a paper ballot; the agent is recorded, not the ranking's author.

    When the paper carries a voting code, the code's key goes in the register
    like an online code ballot, so a code votes once per theme across channels.
    """
    campaign = campaign_theme.campaign
    voter_key = None
    if code:
        if not VotingCode.objects.filter(
            campaign=campaign, code_hash=voter_keys.code_voter_key(code)
        ).exists():
            raise WrongCode
        voter_key = voter_keys.code_voter_key(code)
    with transaction.atomic():
        ballot = cast_ballot(
            campaign_theme, ranking, BallotChannel.PAPER, voter_key=voter_key
        )
        PaperBallotEntry.objects.create(
            agent=agent, campaign=campaign, theme_id=campaign_theme.theme_id
        )
    return ballot


def close_early(campaign, user, now=None):
    """Close the vote now (the only rule change allowed once ballots exist)."""
    now = now or timezone.now()
    with transaction.atomic():
        if campaign.closes_at > now:
            VoteCampaign.objects.filter(pk=campaign.pk).update(closes_at=now)
            campaign.closes_at = now
            log(campaign, "participation.vote_closed_early", user=user)
    return campaign


def log_refused_rule_change(campaign, user, fields):
    """Keep a trace of an attempt to change the rules of a vote under way."""
    logger.warning(
        "Refused a change to the rules of vote campaign %s (%s): ballots are already cast",
        campaign.pk,
        ", ".join(fields),
    )
    log(
        campaign,
        "participation.vote_rules_refused",
        user=user,
        data={"fields": list(fields)},
    )


def apply_results_to_plan(campaign, user=None):
    """Write each objective's priority rank from the results and publish it.

    `priority_rank` is a synchronised field: the source (fr) page and each of
    its translations get the same rank, each through a published revision.
    """
    from climate_plan.models import ObjectivePage

    updated = 0
    with transaction.atomic():
        for theme in campaign_results(campaign):
            for row in theme.options:
                source = ObjectivePage.objects.get(pk=row.option)
                for page in [source, *source.get_translations().specific()]:
                    if page.priority_rank == row.rank:
                        continue
                    page.priority_rank = row.rank
                    page.save_revision(user=user, log_action=True).publish(user=user)
                    updated += 1
        log(campaign, "participation.vote_results_applied", user=user)
    return updated
