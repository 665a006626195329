"""The open data sets, in the order the API root and the documentation list them.

Each set is a `Dataset` (base.py): a queryset of what may be shown and its
fields; the JSON listing and the CSV download are built from the same fields.
"""

from open_data.datasets.plan import ACTION_UPDATES, ACTIONS, INDICATORS
from open_data.datasets.proposals import PROPOSALS
from open_data.datasets.reports import REPORTS
from open_data.datasets.votes import VOTES

DATASETS = [ACTIONS, ACTION_UPDATES, INDICATORS, PROPOSALS, VOTES, REPORTS]
BY_SLUG = {dataset.slug: dataset for dataset in DATASETS}
