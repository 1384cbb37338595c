import random
from datetime import datetime, timedelta
from urllib import parse

from flask import current_app
from notifications_utils.sanitise_text import SanitiseSMS
from notifications_utils.template import (
    HTMLEmailTemplate,
    PlainTextEmailTemplate,
    SMSMessageTemplate,
)

from app import create_uuid, db, notification_provider_clients, redis_store
from app.celery.research_mode_tasks import (
    send_email_response,
    send_sms_response,
)
from app.constants import (
    BRANDING_BOTH,
    BRANDING_ORG_BANNER,
    EMAIL_TYPE,
    KEY_TYPE_TEST,
    NOTIFICATION_SENDING,
    NOTIFICATION_SENT,
    NOTIFICATION_STATUS_TYPES_COMPLETED,
    NOTIFICATION_TECHNICAL_FAILURE,
    SMS_PROVIDER_ERROR_INTERVAL,
    SMS_PROVIDER_ERROR_THRESHOLD,
    SMS_TYPE,
)
from app.dao.email_branding_dao import dao_get_email_branding_by_id
from app.dao.notifications_dao import dao_update_notification
from app.dao.provider_details_dao import (
    dao_reduce_sms_provider_priority,
)
from app.exceptions import NotificationTechnicalFailureException
from app.models import Notification
from app.otel_metrics.notification import record_international_sms, record_send_duration
from app.serialised_models import SerialisedProviders, SerialisedService, SerialisedTemplate































































































































































































































































