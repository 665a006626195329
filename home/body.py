"""The stream every page body offers: the generic blocks plus the blocks of the
plan and of participation, so that editors can place any of them anywhere."""

from participation.blocks.comments import CommentsBlock

from .blocks import GenericStreamBlock


class BodyStreamBlock(GenericStreamBlock):
    comments = CommentsBlock()
