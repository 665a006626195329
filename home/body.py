"""The stream every page body offers: the generic blocks plus the blocks of the
plan and of participation, so that editors can place any of them anywhere."""

from participation.blocks.comments import CommentsBlock
from participation.blocks.proposals import ProposalFormBlock, ProposalListBlock

from .blocks import GenericStreamBlock


class BodyStreamBlock(GenericStreamBlock):
    proposal_form = ProposalFormBlock()
    proposal_list = ProposalListBlock()
    comments = CommentsBlock()
