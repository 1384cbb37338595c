import itertools
import uuid
from datetime import datetime
from uuid import UUID

from flask import Blueprint, current_app, jsonify, request
from notifications_utils.json import RelaxedContainerJSONEncoder as RCJSONEncoder
from notifications_utils.letter_timings import (
    letter_can_be_cancelled,
    too_late_to_cancel_letter,
)
from notifications_utils.timezones import convert_utc_to_bst
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm.exc import NoResultFound
from werkzeug.datastructures import MultiDict

from app import db
from app.aws import s3
from app.celery.tasks import process_report_request
from app.config import QueueNames
from app.constants import (
    EMAIL_TYPE,
    KEY_TYPE_NORMAL,
    LETTER_TYPE,
    MOBILE_TYPE,
    NOTIFICATION_CANCELLED,
    NOTIFICATION_TYPES,
    REPORT_REQUEST_NOTIFICATIONS,
    REPORT_REQUEST_PENDING,
    SERVICE_JOIN_REQUEST_APPROVED,
)
from app.dao import fact_billing_dao, fact_notification_status_dao, notifications_dao
from app.dao.annual_billing_dao import set_default_free_allowance_for_service
from app.dao.api_key_dao import (
    expire_api_key,
    get_model_api_keys,
    get_unsigned_secret,
    save_model_api_key,
)
from app.dao.dao_utils import dao_rollback
from app.dao.date_util import get_financial_year
from app.dao.fact_notification_status_dao import (
    fetch_monthly_template_usage_for_service,
    fetch_notification_status_for_service_by_month,
    fetch_notification_status_for_service_for_day,
    fetch_notification_status_for_service_for_today_and_7_previous_days,
    fetch_stats_for_all_services_by_date_range,
)
from app.dao.organisation_dao import dao_get_organisation_by_service_id
from app.dao.report_requests_dao import (
    dao_create_report_request,
    dao_get_active_report_request_by_id,
    dao_get_oldest_ongoing_report_request,
)
from app.dao.returned_letters_dao import (
    count_orphaned_returned_letters,
    fetch_most_recent_returned_letter,
    fetch_recent_returned_letter_count,
    fetch_returned_letter_summary,
    fetch_returned_letters,
)
from app.dao.service_contact_list_dao import (
    dao_archive_contact_list,
    dao_get_contact_list_by_id,
    dao_get_contact_lists,
    save_service_contact_list,
)
from app.dao.service_data_retention_dao import (
    fetch_service_data_retention,
    fetch_service_data_retention_by_id,
    fetch_service_data_retention_by_notification_type,
    insert_service_data_retention,
    update_service_data_retention,
)
from app.dao.service_email_reply_to_dao import (
    add_reply_to_email_address_for_service,
    archive_reply_to_email_address,
    dao_get_reply_to_by_id,
    dao_get_reply_to_by_service_id,
    update_reply_to_email_address,
)
from app.dao.service_guest_list_dao import (
    dao_add_and_commit_guest_list_contacts,
    dao_fetch_service_guest_list,
    dao_remove_service_guest_list,
)
from app.dao.service_join_requests_dao import (
    dao_cancel_pending_service_join_requests,
    dao_create_service_join_request,
    dao_get_service_join_request_by_id_and_service_id,
    dao_update_service_join_request_by_id,
)
from app.dao.service_letter_contact_dao import (
    add_letter_contact_for_service,
    archive_letter_contact,
    dao_get_letter_contact_by_id,
    dao_get_letter_contacts_by_service_id,
    update_letter_contact,
)
from app.dao.service_sms_sender_dao import (
    archive_sms_sender,
    dao_add_sms_sender_for_service,
    dao_get_service_sms_senders_by_id,
    dao_get_sms_senders_by_service_id,
    dao_update_service_sms_sender,
)
from app.dao.services_dao import (
    dao_add_user_to_service,
    dao_archive_service,
    dao_create_service,
    dao_fetch_all_services,
    dao_fetch_all_services_by_user,
    dao_fetch_live_services_data,
    dao_fetch_service_by_id,
    dao_fetch_todays_stats_for_all_services,
    dao_fetch_todays_stats_for_service,
    dao_remove_user_from_service,
    dao_update_service,
    get_services_by_partial_name,
)
from app.dao.templates_dao import dao_get_template_by_id
from app.dao.unsubscribe_request_dao import (
    assign_unbatched_unsubscribe_requests_to_report_dao,
    create_unsubscribe_request_reports_dao,
    get_latest_unsubscribe_request_date_dao,
    get_unsubscribe_request_report_by_id_dao,
    get_unsubscribe_requests_data_for_download_dao,
    get_unsubscribe_requests_statistics_dao,
    update_unsubscribe_request_report_processed_by_date_dao,
)
from app.dao.users_dao import get_user_by_id, save_user_attribute, user_can_be_removed_from_service
from app.errors import InvalidRequest, register_errors
from app.letters.utils import adjust_daily_service_limits_for_cancelled_letters, letter_print_day
from app.models import (
    EmailBranding,
    LetterBranding,
    Permission,
    ReportRequest,
    Service,
    ServiceContactList,
    Template,
    UnsubscribeRequestReport,
)
from app.notifications.process_notifications import (
    persist_notification,
    send_notification_to_queue,
)
from app.one_click_unsubscribe.rest import create_unsubscribe_request_reports_summary
from app.schema_validation import validate
from app.schemas import (
    api_key_schema,
    detailed_service_schema,
    email_data_request_schema,
    notification_with_template_schema,
    notifications_filter_schema,
    service_schema,
)
from app.service import statistics
from app.service.api_key_schema import post_revoke_api_key_schema
from app.service.report_request_schema import add_report_request_schema
from app.service.send_notification import (
    send_one_off_notification,
    send_pdf_letter_notification,
)
from app.service.send_pdf_letter_schema import send_pdf_letter_request
from app.service.sender import send_notification_to_service_users
from app.service.service_contact_list_schema import (
    create_service_contact_list_schema,
)
from app.service.service_data_retention_schema import (
    add_service_data_retention_request,
    update_service_data_retention_request,
)
from app.service.service_join_request_schema import service_join_request_schema, service_join_request_update_schema
from app.service.service_senders_schema import (
    add_service_email_reply_to_request,
    add_service_letter_contact_block_request,
    add_service_sms_sender_request,
)
from app.service.utils import get_guest_list_objects
from app.user.users_schema import post_set_permissions_schema
from app.utils import (
    DATE_FORMAT,
    DATETIME_FORMAT_NO_TIMEZONE,
    get_prev_next_pagination_links,
    midnight_n_days_ago,
    utc_string_to_bst_string,
)















































































































































































































































    from app.models import ApiKey, Service
    from app.schemas import (
        api_key_history_schema,
        service_history_schema,
    )









































































































































































































































































































































































































































































































































































































































































































































































































































































































































































































































































































































































































































