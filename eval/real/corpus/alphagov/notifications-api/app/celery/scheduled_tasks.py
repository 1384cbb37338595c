import csv
import io
from collections import defaultdict
from datetime import date, datetime, timedelta

import jinja2
import sentry_sdk
from flask import current_app
from notifications_utils.clients.zendesk.zendesk_client import (
    NotifySupportTicket,
    NotifySupportTicketAttachment,
    NotifySupportTicketComment,
    NotifySupportTicketStatus,
    NotifyTicketType,
)
from notifications_utils.timezones import convert_utc_to_bst
from redis.exceptions import LockError
from sqlalchemy import and_, between, quoted_name, text
from sqlalchemy.exc import SQLAlchemyError

from app import db, dvla_client, notify_celery, redis_store, zendesk_client
from app.aws import s3
from app.celery.letters_pdf_tasks import get_pdf_for_templated_letter
from app.celery.tasks import (
    get_id_task_args_kwargs_for_job_row,
    get_recipient_csv_and_template_and_sender_id,
    process_incomplete_jobs,
    process_job,
    process_job_row,
)
from app.clients.letter.dvla import DvlaRetryableException
from app.config import QueueNames, TaskNames
from app.constants import (
    EMAIL_TYPE,
    JOB_STATUS_ERROR,
    JOB_STATUS_FINISHED_ALL_NOTIFICATIONS_CREATED,
    JOB_STATUS_IN_PROGRESS,
    JOB_STATUS_PENDING,
    KEY_TYPE_NORMAL,
    SMS_TYPE,
    CacheKeys,
)
from app.cronitor import cronitor
from app.dao.annual_billing_dao import set_default_free_allowance_for_service
from app.dao.date_util import get_current_financial_year_start_year
from app.dao.inbound_numbers_dao import dao_get_available_inbound_numbers
from app.dao.invited_org_user_dao import (
    delete_org_invitations_created_more_than_two_days_ago,
)
from app.dao.invited_user_dao import (
    delete_invitations_created_more_than_two_days_ago,
)
from app.dao.jobs_dao import (
    dao_set_scheduled_jobs_to_pending,
    dao_update_job,
    find_jobs_that_completed_processing,
    find_jobs_with_missing_rows,
    find_missing_row_for_job,
)
from app.dao.notifications_dao import (
    SlowProviderDeliveryReport,
    dao_letters_in_technical_failure,
    dao_old_letters_with_created_status,
    dao_precompiled_letters_still_pending_virus_check,
    get_slow_text_message_delivery_reports_by_provider,
    is_delivery_slow_for_providers,
    letters_missing_from_sending_bucket,
    notifications_not_yet_sent,
)
from app.dao.provider_details_dao import (
    dao_adjust_provider_priority_back_to_resting_points,
    dao_reduce_sms_provider_priority,
    get_provider_details_by_notification_type,
)
from app.dao.services_dao import (
    dao_fetch_service_by_id,
    dao_find_services_sending_to_tv_numbers,
    dao_find_services_with_high_failure_rates,
)
from app.dao.template_email_files_dao import dao_archive_pending_files, dao_get_template_email_files_by_template_id
from app.dao.templates_dao import dao_get_template_by_id
from app.dao.users_dao import delete_codes_older_created_more_than_a_day_ago, get_users_for_research
from app.letters.utils import generate_letter_pdf_filename
from app.models import (
    AnnualBilling,
    EmailBranding,
    Event,
    Job,
    Notification,
    Organisation,
    Service,
    User,
)
from app.notifications.process_notifications import persist_notification, send_notification_to_queue
from app.otel_metrics.provider import (
    record_info,
    record_priority,
    record_sms_legacy_not_delivered_within,
    record_updated_at,
)
from app.utils import get_london_midnight_in_utc













































































































































































































































































































































































































































































































































































































































































































































































































































































