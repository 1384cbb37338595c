import base64
import functools
import re
import uuid
from datetime import datetime

from flask import abort, current_app, jsonify, request
from gds_metrics import Histogram
from notifications_utils.formatters import url
from notifications_utils.insensitive_dict import InsensitiveSet

from app import (
    api_user,
    authenticated_service,
    db,
    document_download_client,
    notify_celery,
)
from app.celery.letters_pdf_tasks import (
    get_pdf_for_templated_letter,
    sanitise_letter,
)
from app.celery.research_mode_tasks import create_fake_letter_callback
from app.config import QueueNames, TaskNames
from app.constants import (
    DEFAULT_DOCUMENT_DOWNLOAD_RETENTION_PERIOD,
    EMAIL_TYPE,
    KEY_TYPE_TEAM,
    KEY_TYPE_TEST,
    LETTER_TYPE,
    NOTIFICATION_CREATED,
    NOTIFICATION_DELIVERED,
    NOTIFICATION_PENDING_VIRUS_CHECK,
    NOTIFICATION_SENDING,
    SMS_TYPE,
)
from app.dao.templates_dao import get_precompiled_letter_template
from app.letters.utils import upload_letter_pdf
from app.notifications.process_letter_notifications import (
    create_letter_notification,
)
from app.notifications.process_notifications import (
    persist_notification,
    send_notification_to_queue_detached,
    simulated_recipient,
)
from app.notifications.validators import (
    check_if_service_can_send_files_by_email,
    check_is_message_too_long,
    check_rate_limiting,
    check_service_email_reply_to_id,
    check_service_has_permission,
    check_service_sms_sender_id,
    validate_address,
    validate_and_format_recipient,
    validate_template,
)
from app.schema_validation import validate
from app.utils import try_parse_and_format_phone_number
from app.v2.errors import BadRequestError
from app.v2.notifications import v2_notification_blueprint
from app.v2.notifications.create_response import (
    create_post_email_response_from_notification,
    create_post_letter_response_from_notification,
    create_post_sms_response_from_notification,
)
from app.v2.notifications.notification_schemas import (
    post_email_request,
    post_letter_request,
    post_precompiled_letter_request,
    post_sms_request,
    send_a_file_validation,
)
from app.v2.utils import get_valid_json









































































































































































































































































































































































































































































