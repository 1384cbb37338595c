from dmapiclient.audit import AuditTypes
from sqlalchemy.exc import IntegrityError
from flask import abort, current_app, request

from .. import main
from ... import db
from ...models import BuyerEmailDomain, AuditEvent
from ...validation import validate_buyer_email_domain_json_or_400, is_approved_buyer_domain
from ...utils import (
    get_json_from_request,
    get_valid_page_or_1,
    json_has_required_keys,
    paginated_result_response,
    single_result_response,
    validate_and_return_updater_request,
)






















































