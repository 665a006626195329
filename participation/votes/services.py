"""Every write of vote data. Each function is one transaction."""

import logging

from django.db import IntegrityError, transaction
from django.utils import timezone
from wagtail.log_actions import log

from climate_site import client, ratelimit
from participation.votes import ballot_box, exports, results, rules, sealing, voter_keys
from participation.votes.models import (
    Ballot,
    BallotChannel,
    CountedBallot,
    PaperBallotEntry,
    PublishedReceipt,
    VoteCampaign,
    VoterRecord,
    VotingCode,
)

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


class Refused(Exception):
    """A step of the vote's lifecycle that its rules do not allow now."""

    def __init__(self, reason):
        super().__init__(reason)
        self.reason = reason


class WrongKey(Exception):
    """The text given is not this vote's private key."""


def cast_ballot(
    campaign_theme,
    ranking,
    channel,
    voter_key=None,
    today=None,
    options=None,
    open_at=None,
):
    """Seal a ballot and drop it in the box with, when the voter is known, the
    who-voted row, atomically; return its receipt.

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
    if not campaign.public_key:
        raise VotingClosed
    sealed = sealing.seal(
        ballot_box.sealing_box(campaign.public_key), ranking, campaign.ranks
    )
    ballot = Ballot(
        campaign=campaign,
        theme_id=campaign_theme.theme_id,
        channel=channel,
        sealed=sealed,
    )
    try:
        cast = ballot_box.drop(ballot, record=record, open_at=open_at)
    except IntegrityError as error:
        raise AlreadyVoted from error
    if not cast:
        raise VotingClosed
    return sealing.receipt(sealed)


def cast_online_ballot(
    voter_key, campaign_theme, ranking, channel, now=None, options=None
):
    """A ballot cast on the site (account or code): only while the vote is open."""
    now = now or timezone.now()
    if rules.phase(campaign_theme.campaign, now) != rules.Phase.OPEN:
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
        campaign=campaign, code_hash__in=voter_keys.code_voter_keys(code)
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


def enter_paper_ballot(agent, campaign_theme, ranking, code="", now=None):
    """An agent types in a paper ballot; return the receipt for its stub.

    The agent is recorded, not the ranking's author. Paper ballots collected
    during the vote may be entered until the certification, each entry
    logged; the campaign row is locked meanwhile, so a paper ballot never
    lands after the count. When the paper carries a voting code, the code's
    key goes in the register like an online code ballot, so a code votes once
    per theme across channels.
    """
    now = now or timezone.now()
    voter_key = None
    with transaction.atomic():
        campaign = VoteCampaign.objects.select_for_update().get(
            pk=campaign_theme.campaign_id
        )
        campaign_theme.campaign = campaign
        if not rules.accepts_paper_ballots(campaign, now):
            raise VotingClosed
        if code:
            # The stored hash, whichever secret it was made under, is the code's key.
            voter_key = (
                VotingCode.objects.filter(
                    campaign=campaign, code_hash__in=voter_keys.code_voter_keys(code)
                )
                .values_list("code_hash", flat=True)
                .first()
            )
            if voter_key is None:
                raise WrongCode
        receipt = cast_ballot(
            campaign_theme, ranking, BallotChannel.PAPER, voter_key=voter_key
        )
        PaperBallotEntry.objects.create(
            agent=agent, campaign=campaign, theme_id=campaign_theme.theme_id
        )
        log(
            campaign,
            "participation.vote_paper_ballot_entered",
            user=agent,
            data={
                "theme": campaign_theme.theme_id,
                "after_closing": rules.phase(campaign, now) == rules.Phase.CLOSED,
            },
        )
    return receipt


def generate_keys(campaign, user=None):
    """Make the vote's key pair; keep the public half, return the private one.

    The private key is shown once to the person generating it, for the vote's
    commission: the site never stores it, and without it nobody can count.
    """
    with transaction.atomic():
        locked = VoteCampaign.objects.select_for_update().get(pk=campaign.pk)
        reason = rules.key_generation_refusal(locked)
        if reason:
            raise Refused(reason)
        locked.public_key, private_text = sealing.new_key_pair(locked.pk)
        locked.save(update_fields=["public_key"])
        log(locked, "participation.vote_keys_generated", user=user)
    campaign.public_key = locked.public_key
    return private_text


def certify(campaign, private_key_text, certified_by_name, user=None, now=None):
    """Open every sealed ballot with the commission's key, count, and fix it all.

    In one transaction, with the campaign row locked (no ballot of any channel
    can land meanwhile or afterwards): the sealed ballots are opened, their
    rankings written as counted ballots sorted by content, their receipts
    published sorted, the results and the ballot file stored with the file's
    digest, the certifier named, and the sealed ballots destroyed.
    """
    now = now or timezone.now()
    with transaction.atomic():
        campaign = VoteCampaign.objects.select_for_update().get(pk=campaign.pk)
        reason = rules.certification_refusal(campaign, now)
        if reason:
            raise Refused(reason)
        try:
            key = sealing.private_key(
                private_key_text, campaign.pk, campaign.public_key
            )
        except sealing.NotTheVoteKey as error:
            raise WrongKey from error
        opened, receipts, turnout = [], [], {}
        sealed = Ballot.objects.filter(campaign=campaign).values_list(
            "theme_id", "channel", "sealed"
        )
        for theme, channel, box in sealed.iterator():
            opened.append((theme, sealing.open_sealed(key, box)))
            receipts.append(sealing.receipt(box))
            by_channel = turnout.setdefault(theme, {})
            by_channel[channel] = by_channel.get(channel, 0) + 1
        opened.sort()
        options = {ct.theme_id: ct.option_ids() for ct in campaign.ballot_themes.all()}
        counted = results.count(
            [(theme, ids, campaign.ranks) for theme, ids in options.items()], opened
        )
        for theme in counted:
            theme.turnout = results.ordered_turnout(turnout.get(theme.theme, {}))
        CountedBallot.objects.bulk_create(
            (
                CountedBallot(campaign=campaign, theme_id=theme, ranking=ranking)
                for theme, ranking in opened
            ),
            batch_size=2000,
        )
        PublishedReceipt.objects.bulk_create(
            (
                PublishedReceipt(campaign=campaign, code=code)
                for code in sorted(receipts)
            ),
            batch_size=2000,
        )
        campaign.ballot_file = exports.ballot_file(campaign, options, opened)
        campaign.ballot_file_digest = exports.digest(campaign.ballot_file)
        campaign.results = results.to_json(counted)
        campaign.certified_at = now
        campaign.certified_by = user
        campaign.certified_by_name = certified_by_name
        campaign.save()
        Ballot.objects.filter(campaign=campaign).delete()
        log(
            campaign,
            "participation.vote_certified",
            user=user,
            data={
                "certified_by": certified_by_name,
                "ballots": len(opened),
                "digest": campaign.ballot_file_digest,
            },
        )
    return campaign


def publish_results(campaign, user=None, now=None):
    """Make the certified results, the ballot file and the receipts public."""
    with transaction.atomic():
        campaign = VoteCampaign.objects.select_for_update().get(pk=campaign.pk)
        reason = rules.publication_refusal(campaign)
        if reason:
            raise Refused(reason)
        campaign.published_at = now or timezone.now()
        campaign.save(update_fields=["published_at"])
        log(campaign, "participation.vote_published", user=user)
    return campaign


def close_early(campaign, user, now=None):
    """Close the vote now (the only rule change allowed once ballots exist)."""
    now = now or timezone.now()
    with transaction.atomic():
        campaign = VoteCampaign.objects.select_for_update().get(pk=campaign.pk)
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


def apply_results_to_plan(campaign, user=None, now=None):
    """Write each objective's priority rank from the published results.

    Only a published vote that counts (not a trial) is applied.
    `priority_rank` is a synchronised field: the source (fr) page and each of
    its translations get the same rank, each through a published revision.
    Pages that show a given vote's priorities (a conference) read that vote's
    certified results, so applying a later vote leaves them as they were.
    """
    from climate_plan.models import ObjectivePage

    updated = 0
    with transaction.atomic():
        campaign = VoteCampaign.objects.select_for_update().get(pk=campaign.pk)
        reason = rules.application_refusal(campaign)
        if reason:
            raise Refused(reason)
        for theme in results.campaign_results(campaign):
            for row in theme.options:
                source = ObjectivePage.objects.get(pk=row.option)
                for page in [source, *source.get_translations().specific()]:
                    if page.priority_rank == row.rank:
                        continue
                    page.priority_rank = row.rank
                    page.save_revision(user=user, log_action=True).publish(user=user)
                    updated += 1
        campaign.applied_at = now or timezone.now()
        campaign.save(update_fields=["applied_at"])
        log(campaign, "participation.vote_results_applied", user=user)
    return updated
