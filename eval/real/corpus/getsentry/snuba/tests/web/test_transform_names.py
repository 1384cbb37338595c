import time
import uuid
from datetime import datetime

import pytest

from snuba import settings
from snuba.attribution import get_app_id
from snuba.attribution.attribution_info import AttributionInfo
from snuba.datasets.entities.entity_key import EntityKey
from snuba.datasets.entities.factory import get_entity
from snuba.datasets.factory import get_dataset
from snuba.processor import InsertEvent
from snuba.query import SelectedExpression
from snuba.query.conditions import in_condition
from snuba.query.data_source.simple import Entity
from snuba.query.expressions import Column, FunctionCall, Literal
from snuba.query.logical import Query
from snuba.query.query_settings import HTTPQuerySettings
from snuba.reader import Column as MetaColumn
from snuba.request import Request
from snuba.utils.metrics.timer import Timer
from snuba.web.query import run_query
from tests.helpers import write_unprocessed_events
























































































