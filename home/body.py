"""The stream every page body offers: the generic blocks plus the blocks of the
plan and of participation, so that editors can place any of them anywhere."""

from climate_plan.blocks import (
    IndicatorChartBlock,
    PrioritisedObjectivesBlock,
    StockTakeBlock,
)

from .blocks import GenericStreamBlock


class BodyStreamBlock(GenericStreamBlock):
    indicator_chart = IndicatorChartBlock()
    prioritised_objectives = PrioritisedObjectivesBlock()
    stock_take = StockTakeBlock()
