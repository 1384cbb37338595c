from contextlib import suppress

from flask import Blueprint, jsonify, request
from flask_sqlalchemy import model
from sqlalchemy.exc import NoResultFound

from app.dao.date_util import parse_date_range
from app.dao.users_dao import get_users_list
from app.errors import register_errors
from app.models import (
    ApiKey,
    Complaint,
    EmailBranding,
    InboundNumber,
    InboundSms,
    Job,
    LetterBranding,
    Notification,
    Organisation,
    ProviderDetails,
    Service,
    ServiceCallbackApi,
    ServiceContactList,
    ServiceDataRetention,
    ServiceEmailReplyTo,
    ServiceSmsSender,
    Template,
    TemplateFolder,
    User,
)
from app.platform_admin.platform_admin_schemas import get_users_list_schema
from app.schema_validation import validate

























































































