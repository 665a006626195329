"""May this person vote now, is this ballot valid, may results show? Pure rules."""

from django.utils import timezone

from accounts.rules import has_verified_email, is_blocked


class Phase:
    """Where a campaign stands in time; the blocks and dashboard word each."""

    UPCOMING = "upcoming"
    OPEN = "open"
    CLOSED = "closed"


class Eligibility:
    """Why someone may or may not vote; the block words each case."""

    OK = "ok"
    NOT_OPEN_YET = "not_open_yet"
    CLOSED = "closed"
    SIGN_IN = "sign_in"  # anonymous, or an account channel that is not allowed
    UNVERIFIED = "unverified"
    BLOCKED = "blocked"
    NOT_READY = "not_ready"  # open, but the vote's keys are not generated yet


def phase(campaign, now=None):
    """Whether the vote has not opened yet, is open, or has closed (a `Phase`).

    Open over [opens_at, closes_at): from the opening instant, until just
    before the closing one. The ballot box checks the same window in SQL when
    it writes (`ballot_box`), since "close early" may move it meanwhile.
    """
    now = now or timezone.now()
    if now < campaign.opens_at:
        return Phase.UPCOMING
    if now >= campaign.closes_at:
        return Phase.CLOSED
    return Phase.OPEN


def eligibility(user, campaign, has_code=False, now=None):
    """May this visitor cast ballots in the campaign now, and if not, why not?

    A visitor holding a verified voting code may vote without an account; a
    signed-in visitor votes with a verified, unblocked account.
    """
    current = phase(campaign, now)
    if current == Phase.UPCOMING:
        return Eligibility.NOT_OPEN_YET
    if current == Phase.CLOSED or campaign.certified_at is not None:
        return Eligibility.CLOSED
    if not campaign.public_key:
        return Eligibility.NOT_READY
    if has_code and campaign.allow_codes:
        return Eligibility.OK
    if not getattr(user, "is_authenticated", False) or not campaign.allow_accounts:
        return Eligibility.SIGN_IN
    if is_blocked(user, now):
        return Eligibility.BLOCKED
    if not has_verified_email(user):
        return Eligibility.UNVERIFIED
    return Eligibility.OK


class Stage:
    """Where a vote stands in its lifecycle, as staff see it."""

    UPCOMING = "upcoming"
    OPEN = "open"
    PAPER_COUNT = "paper_count"  # online voting over; paper ballots may come in
    CERTIFIED = "certified"
    PUBLISHED = "published"


def stage(campaign, now=None):
    """open → paper count → certified → published; fixed once certified."""
    if campaign.published_at is not None:
        return Stage.PUBLISHED
    if campaign.certified_at is not None:
        return Stage.CERTIFIED
    return {Phase.UPCOMING: Stage.UPCOMING, Phase.OPEN: Stage.OPEN}.get(
        phase(campaign, now), Stage.PAPER_COUNT
    )


def results_visible(campaign, now=None):
    """Results show once certified and published, never before: there are no
    live results, since only the count opens the sealed ballots."""
    return campaign.published_at is not None


def accepts_paper_ballots(campaign, now=None):
    """Agents enter paper ballots from the opening until the certification."""
    return (
        campaign.allow_paper
        and campaign.certified_at is None
        and phase(campaign, now) != Phase.UPCOMING
    )


def key_generation_refusal(campaign):
    """Why the vote's keys cannot be generated now, or None."""
    if campaign.public_key:
        return "keys_exist"
    return None


def certification_refusal(campaign, now=None):
    """Why the vote cannot be counted and certified now, or None."""
    if campaign.is_trial:
        return "trial"
    if campaign.certified_at is not None:
        return "certified"
    if phase(campaign, now) != Phase.CLOSED:
        return "not_closed"
    if not campaign.public_key:
        return "no_keys"
    return None


def publication_refusal(campaign):
    """Why the certified results cannot be published now, or None."""
    if campaign.is_trial:
        return "trial"
    if campaign.certified_at is None:
        return "not_certified"
    if campaign.published_at is not None:
        return "published"
    return None


def application_refusal(campaign):
    """Why the results cannot be applied to the plan now, or None."""
    if campaign.is_trial:
        return "trial"
    if campaign.published_at is None:
        return "not_published"
    return None


def ranking_errors(ranking, options, ranks):
    """What is wrong with a ranking, as (position, code) pairs; empty when valid.

    `ranking` has one entry per rank position, None where left blank. Codes:
    'empty' (nothing ranked), 'gap' (a blank before a filled rank), 'duplicate'
    (the same objective twice), 'foreign' (not an option of this theme),
    'too_many' (more positions than the campaign's ranks).
    """
    errors = []
    if len(ranking) > ranks:
        errors.append((ranks + 1, "too_many"))
    filled = [i for i, choice in enumerate(ranking, start=1) if choice is not None]
    if not filled:
        return [(1, "empty")]
    for position in range(1, max(filled)):
        if ranking[position - 1] is None:
            errors.append((position, "gap"))
    seen = set()
    for position, choice in enumerate(ranking, start=1):
        if choice is None:
            continue
        if choice not in options:
            errors.append((position, "foreign"))
        elif choice in seen:
            errors.append((position, "duplicate"))
        seen.add(choice)
    return errors


def can_manage_campaigns(user):
    """Administrators and moderators run vote campaigns (dashboard, codes, closing)."""
    return user.has_perm("participation.change_votecampaign")


def can_enter_paper_ballots(user):
    """Participation agents (and campaign managers) enter paper ballots."""
    return user.has_perm("participation.enter_paper_ballots") or can_manage_campaigns(
        user
    )
