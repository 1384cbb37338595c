from flask import Blueprint, abort, current_app, jsonify, request
from sqlalchemy.exc import IntegrityError

from app import db
from app.config import QueueNames
from app.constants import INVITE_PENDING, KEY_TYPE_NORMAL, NHS_ORGANISATION_TYPES, OrganisationUserPermissionTypes
from app.dao.annual_billing_dao import set_default_free_allowance_for_service
from app.dao.fact_billing_dao import fetch_usage_for_organisation
from app.dao.invited_org_user_dao import get_invited_org_users_for_organisation
from app.dao.organisation_dao import (
    dao_add_email_branding_list_to_organisation_pool,
    dao_add_letter_branding_list_to_organisation_pool,
    dao_add_service_to_organisation,
    dao_add_user_to_organisation,
    dao_archive_organisation,
    dao_create_organisation,
    dao_get_email_branding_pool_for_organisation,
    dao_get_letter_branding_pool_for_organisation,
    dao_get_organisation_by_email_address,
    dao_get_organisation_by_id,
    dao_get_organisation_services,
    dao_get_organisations,
    dao_get_organisations_by_partial_name,
    dao_get_users_for_organisation,
    dao_remove_email_branding_from_organisation_pool,
    dao_remove_letter_branding_from_organisation_pool,
    dao_remove_user_from_organisation,
    dao_update_organisation,
)
from app.dao.services_dao import dao_fetch_service_by_id
from app.dao.templates_dao import dao_get_template_by_id
from app.dao.users_dao import get_user_by_id
from app.errors import InvalidRequest, register_errors
from app.models import Organisation
from app.notifications.process_notifications import (
    persist_notification,
    send_notification_to_queue,
)
from app.organisation.organisation_schema import (
    post_create_organisation_schema,
    post_link_service_to_organisation_schema,
    post_notify_org_member_about_next_steps_of_go_live_request,
    post_notify_service_member_of_rejected_go_live_request,
    post_update_org_email_branding_pool_schema,
    post_update_org_letter_branding_pool_schema,
    post_update_organisation_schema,
)
from app.organisation.sender import send_notification_to_organisation_users
from app.schema_validation import validate





















































































































































































































































































































































































































