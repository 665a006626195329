"""The stream every page body offers: the generic blocks plus the blocks of the
plan and of participation, so that editors can place any of them anywhere."""

from climate_plan.blocks import (
    IndicatorChartBlock,
    PrioritisedObjectivesBlock,
    StockTakeBlock,
)
from home.blocks import GenericStreamBlock
from participation.comments.blocks import CommentsBlock
from participation.proposals.blocks import ProposalFormBlock, ProposalListBlock
from participation.votes.blocks import VoteResultsBlock, VoteWidgetBlock
from plan_reports.blocks import ReportComparisonBlock
from pledges.blocks import PledgeBlock


class BodyStreamBlock(GenericStreamBlock):
    indicator_chart = IndicatorChartBlock()
    prioritised_objectives = PrioritisedObjectivesBlock()
    stock_take = StockTakeBlock()
    report_comparison = ReportComparisonBlock()
    pledge = PledgeBlock()
    proposal_form = ProposalFormBlock()
    proposal_list = ProposalListBlock()
    comments = CommentsBlock()
    vote_widget = VoteWidgetBlock()
    vote_results = VoteResultsBlock()
