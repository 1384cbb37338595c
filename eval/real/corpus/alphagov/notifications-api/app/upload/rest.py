from datetime import datetime

from flask import Blueprint, abort, current_app, jsonify, request

from app.dao.jobs_dao import get_possibly_cached_notification_outcomes_for_job
from app.dao.uploads_dao import (
    dao_get_uploaded_letters_by_print_date,
    dao_get_uploads_by_service_id,
)
from app.errors import register_errors
from app.schemas import notification_with_template_schema
from app.utils import pagination_links















































































