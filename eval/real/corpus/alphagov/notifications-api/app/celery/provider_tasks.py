import logging
from datetime import datetime
from uuid import UUID

from botocore.exceptions import ClientError as BotoClientError
from flask import current_app
from notifications_utils.recipient_validation.postal_address import PostalAddress
from sqlalchemy.orm.exc import NoResultFound

from app import dvla_client, notify_celery, signing
from app.clients.email import EmailClientNonRetryableException
from app.clients.email.aws_ses import AwsSesClientThrottlingSendRateException
from app.clients.letter.dvla import (
    DvlaDuplicatePrintRequestException,
    DvlaRetryableException,
    DvlaThrottlingException,
)
from app.clients.sms import SmsClientResponseException
from app.config import QueueNames
from app.constants import (
    KEY_TYPE_NORMAL,
    LETTER_TYPE,
    NOTIFICATION_CREATED,
    NOTIFICATION_SENDING,
    NOTIFICATION_TECHNICAL_FAILURE,
)
from app.dao import notifications_dao
from app.dao.notifications_dao import update_notification_status_by_id
from app.dao.provider_details_dao import (
    get_provider_details_by_notification_type,
)
from app.delivery import send_to_providers
from app.exceptions import NotificationTechnicalFailureException
from app.letters.utils import LetterPDFNotFound, find_letter_pdf_in_s3
















































































































































































