import uuid
from datetime import datetime
from urllib.parse import urlencode

from flask import Blueprint, abort, current_app, jsonify, request
from notifications_utils.json import RelaxedContainerJSONEncoder as RCJSONEncoder
from notifications_utils.recipient_validation.phone_number import PhoneNumber
from sqlalchemy.exc import IntegrityError

from app.config import QueueNames
from app.constants import EMAIL_TYPE, KEY_TYPE_NORMAL, SMS_TYPE
from app.dao.organisation_dao import dao_get_organisation_by_id
from app.dao.organisation_user_permissions_dao import organisation_user_permissions_dao
from app.dao.permissions_dao import permission_dao
from app.dao.service_user_dao import (
    dao_get_service_user,
    dao_update_service_user,
)
from app.dao.services_dao import dao_fetch_service_by_id
from app.dao.template_folder_dao import (
    dao_get_template_folder_by_id_and_service_id,
)
from app.dao.templates_dao import dao_get_template_by_id
from app.dao.users_dao import (
    count_user_verify_codes,
    create_secret_code,
    create_user_code,
    dao_archive_user,
    get_user_and_accounts,
    get_user_by_email,
    get_user_by_id,
    get_user_code,
    get_users_by_partial_email,
    increment_failed_login_count,
    reset_failed_login_count,
    save_model_user,
    save_user_attribute,
    update_user_password,
    use_user_code,
    users_permissions_can_be_changed,
)
from app.dao.webauthn_credential_dao import (
    dao_get_webauthn_credential_by_user_and_id,
    dao_update_webauthn_credential_logged_in_at,
)
from app.errors import InvalidRequest, register_errors
from app.models import OrganisationUserPermissions, Permission, Service
from app.notifications.process_notifications import (
    persist_notification,
    send_notification_to_queue,
)
from app.notifications.validators import validate_and_format_recipient
from app.schema_validation import validate
from app.schemas import (
    create_user_schema,
    email_data_request_schema,
    partial_email_data_request_schema,
    user_update_password_schema_load_json,
    user_update_schema_load_json,
)
from app.user.users_schema import (
    post_send_user_email_code_schema,
    post_send_user_sms_code_schema,
    post_set_organisation_user_permissions_schema,
    post_set_permissions_schema,
    post_verify_code_schema,
    post_verify_webauthn_schema,
)
from app.utils import url_with_token





























































































































































































































































































































































































































































































































































































