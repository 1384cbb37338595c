from flask import Blueprint, current_app, jsonify
from itsdangerous import BadData
from notifications_utils.url_safe_token import check_token

from app import redis_store
from app.dao.notification_history_dao import get_notification_history_by_id
from app.dao.notifications_dao import get_notification_by_id
from app.dao.unsubscribe_request_dao import (
    create_unsubscribe_request_dao,
    get_unbatched_unsubscribe_requests_dao,
    get_unsubscribe_request_by_notification_id_dao,
    get_unsubscribe_request_report_by_id_dao,
    get_unsubscribe_request_reports_dao,
)
from app.dao.users_dao import unsubscribe_user_from_notify_services
from app.errors import InvalidRequest, register_errors
from app.models import UnsubscribeRequestReport

































































































