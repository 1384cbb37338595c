import os
import pathlib
import secrets
from collections.abc import Callable
from time import monotonic

import jinja2
import requests
import werkzeug
from flask import (
    current_app,
    flash,
    g,
    make_response,
    redirect,
    render_template,
    request,
    session,
    url_for,
)
from flask_login import LoginManager
from flask_login import current_user as _current_user
from flask_wtf import CSRFProtect
from flask_wtf.csrf import CSRFError
from gds_metrics import GDSMetrics
from itsdangerous import BadSignature
from notifications_python_client.errors import HTTPError
from notifications_utils import request_helper
from notifications_utils.asset_fingerprinter import asset_fingerprinter
from notifications_utils.eventlet import EventletTimeout
from notifications_utils.file_types import format_file_type
from notifications_utils.formatters import (
    format_file_size,
    formatted_list,
    get_lines_with_normalised_whitespace,
)
from notifications_utils.json import FlaskRelaxedContainerJSONProvider
from notifications_utils.logging import flask as utils_logging
from notifications_utils.safe_string import make_string_safe_for_email_local_part, make_string_safe_for_id
from notifications_utils.sanitise_text import SanitiseASCII
from werkzeug.exceptions import HTTPException as WerkzeugHTTPException
from werkzeug.exceptions import abort
from werkzeug.local import LocalProxy










from app import webauthn_server
from app.commands import setup_commands
from app.config import Config, configs
from app.event_handlers import Events
from app.extensions import antivirus_client, redis_client, zendesk_client  # noqa
from app.formatters import (
    character_count,
    convert_to_boolean,
    extract_path_from_url,
    format_auth_type,
    format_billions,
    format_date,
    format_date_human,
    format_date_normal,
    format_date_numeric,
    format_date_short,
    format_datetime,
    format_datetime_human,
    format_datetime_normal,
    format_datetime_numeric,
    format_datetime_relative,
    format_datetime_short,
    format_day_of_week,
    format_delta,
    format_delta_days,
    format_invite_status,
    format_list_items,
    format_notification_status,
    format_notification_status_as_field_status,
    format_notification_status_as_time,
    format_notification_status_as_url,
    format_notification_type,
    format_pennies_as_currency,
    format_phone_number_human_readable,
    format_pluralise,
    format_pounds_as_currency,
    format_provider,
    format_retention_period,
    format_thousands,
    format_time,
    format_yes_no,
    insert_wbr,
    iteration_count,
    message_count,
    message_count_label,
    message_count_noun,
    message_finished_processing_notification,
    nl2br,
    recipient_count,
    recipient_count_label,
    redact_mobile_number,
    sentence_case,
    valid_phone_number,
)
from app.models.organisation import Organisation
from app.models.service import Service
from app.models.user import AnonymousUser, User
from app.navigation import (
    CaseworkNavigation,
    HeaderNavigation,
    MainNavigation,
    OrgNavigation,
    PlatformAdminNavigation,
)
from app.notify_client import InviteTokenError
from app.notify_client.api_key_api_client import api_key_api_client  # noqa
from app.notify_client.billing_api_client import billing_api_client  # noqa
from app.notify_client.complaint_api_client import complaint_api_client  # noqa
from app.notify_client.contact_list_api_client import contact_list_api_client  # noqa
from app.notify_client.document_download_api_client import document_download_api_client  # noqa
from app.notify_client.email_branding_client import email_branding_client  # noqa
from app.notify_client.events_api_client import events_api_client  # noqa
from app.notify_client.inbound_number_client import inbound_number_client  # noqa
from app.notify_client.invite_api_client import invite_api_client  # noqa
from app.notify_client.job_api_client import job_api_client  # noqa
from app.notify_client.letter_attachment_client import letter_attachment_client  # noqa
from app.notify_client.letter_branding_client import letter_branding_client  # noqa
from app.notify_client.letter_jobs_client import letter_jobs_client  # noqa
from app.notify_client.letter_rate_api_client import letter_rate_api_client  # noqa
from app.notify_client.notification_api_client import notification_api_client  # noqa
from app.notify_client.org_invite_api_client import org_invite_api_client  # noqa
from app.notify_client.organisations_api_client import organisations_client  # noqa
from app.notify_client.performance_dashboard_api_client import (
    performance_dashboard_api_client,  # noqa
)
from app.notify_client.platform_admin_api_client import admin_api_client  # noqa
from app.notify_client.protected_sender_id_api_client import protected_sender_id_api_client  # noqa
from app.notify_client.provider_client import provider_client  # noqa
from app.notify_client.report_request_api_client import report_request_api_client  # noqa
from app.notify_client.service_api_client import service_api_client  # noqa
from app.notify_client.sms_rate_client import sms_rate_api_client  # noqa
from app.notify_client.status_api_client import status_api_client  # noqa
from app.notify_client.template_email_file_client import template_email_file_client  # noqa
from app.notify_client.template_folder_api_client import template_folder_api_client  # noqa
from app.notify_client.template_statistics_api_client import template_statistics_client  # noqa
from app.notify_client.unsubscribe_api_client import unsubscribe_api_client  # noqa
from app.notify_client.upload_api_client import upload_api_client  # noqa
from app.notify_client.user_api_client import user_api_client  # noqa
from app.notify_session import NotifyAdminSessionInterface
from app.s3_client.logo_client import logo_client
from app.template_previews import template_preview_client  # noqa
from app.url_converters import (
    AgreementTypeConverter,
    Base64UUIDConverter,
    BrandingTypeConverter,
    DailyLimitTypeConverter,
    LetterFileExtensionConverter,
    SimpleDateTypeConverter,
    TemplateTypeConverter,
    TicketTypeConverter,
)
from app.utils.user_id import get_user_id_from_flask_login_session







































































































































































































































































































































































































































    from app.main import json_updates as json_updates_blueprint
    from app.main import main as main_blueprint
    from app.main import no_cookie as no_cookie_blueprint
    from app.status import status as status_blueprint














    from flask_login import user_logged_in



















































































































