from flask import Blueprint, jsonify, request

from app import db
from app.dao.inbound_numbers_dao import (
    dao_allocate_number_for_service,
    dao_get_available_inbound_numbers,
    dao_get_inbound_number_for_service,
    dao_get_inbound_numbers,
    dao_set_inbound_number_active_flag,
)
from app.dao.service_sms_sender_dao import (
    dao_add_sms_sender_for_service,
    dao_get_sms_senders_by_service_id,
    update_existing_sms_sender_with_inbound_number,
)
from app.errors import register_errors
from app.inbound_number.inbound_number_schema import (
    add_inbound_number_to_service_request,
)
from app.schema_validation import validate



































































