import uuid
from datetime import datetime

from flask import current_app
from gds_metrics import Histogram
from notifications_utils.clients import redis
from notifications_utils.formatters import strip_and_remove_obscure_whitespace
from notifications_utils.recipient_validation.email_address import (
    format_email_address,
    validate_and_format_email_address,
)
from notifications_utils.recipient_validation.phone_number import UK_PREFIX
from notifications_utils.template import (
    LetterPrintTemplate,
    PlainTextEmailTemplate,
    SMSMessageTemplate,
)

from app import document_download_client, redis_store
from app.celery import provider_tasks
from app.celery.letters_pdf_tasks import get_pdf_for_templated_letter
from app.config import QueueNames
from app.constants import (
    EMAIL_TYPE,
    INTERNATIONAL_POSTAGE_TYPES,
    INTERNATIONAL_SMS_TYPE,
    KEY_TYPE_TEST,
    LETTER_TYPE,
    NOTIFICATION_CREATED,
    SMS_TYPE,
)
from app.dao.notifications_dao import (
    dao_create_notification,
    dao_delete_notifications_by_id,
)
from app.models import Notification
from app.utils import (
    parse_and_format_phone_number,
    try_download_template_email_file_from_s3,
)
from app.v2.errors import BadRequestError, QrCodeTooLongError































































































































































































































