import datetime

from flask import abort, current_app, request
from dmapiclient.audit import AuditTypes

from .. import main
from ... import db
from ...models import AuditEvent, Outcome

from ...utils import (
    get_json_from_request,
    get_valid_page_or_1,
    json_has_required_keys,
    paginated_result_response,
    single_result_response,
    validate_and_return_updater_request,
)
from ...validation import validate_outcome_json_or_400



































































































