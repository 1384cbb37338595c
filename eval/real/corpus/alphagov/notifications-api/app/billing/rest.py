from flask import Blueprint, abort, jsonify, request

from app import db
from app.billing.billing_schemas import (
    create_or_update_free_sms_fragment_limit_schema,
    serialize_ft_billing_remove_emails,
    serialize_ft_billing_yearly_totals,
)
from app.dao.annual_billing_dao import (
    dao_create_or_update_annual_billing_for_year,
    dao_get_default_annual_allowance_for_service,
    dao_get_free_sms_fragment_limit_for_year,
    set_default_free_allowance_for_service,
)
from app.dao.date_util import get_current_financial_year_start_year
from app.dao.fact_billing_dao import (
    fetch_usage_for_service_annual,
    fetch_usage_for_service_by_month,
)
from app.dao.services_dao import dao_fetch_service_by_id
from app.errors import register_errors
from app.models import Service
from app.schema_validation import validate



















































































