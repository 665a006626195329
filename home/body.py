"""The stream every page body offers: the generic blocks plus the blocks of the
plan and of participation, so that editors can place any of them anywhere."""

from participation.blocks.votes import VoteResultsBlock, VoteWidgetBlock

from .blocks import GenericStreamBlock


class BodyStreamBlock(GenericStreamBlock):
    vote_widget = VoteWidgetBlock()
    vote_results = VoteResultsBlock()
