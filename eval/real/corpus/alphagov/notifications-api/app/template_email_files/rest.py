import datetime

from flask import Blueprint, jsonify, request
from notifications_utils.insensitive_dict import InsensitiveSet

from app.constants import EMAIL_TYPE
from app.dao.services_dao import dao_fetch_service_by_id
from app.dao.template_email_files_dao import (
    dao_create_pending_template_email_file,
    dao_get_template_email_file_by_id,
    dao_get_template_email_files_by_template_id,
    dao_make_pending_template_email_file_live,
    dao_update_pending_template_email_file,
    dao_update_template_email_file,
)
from app.dao.templates_dao import dao_get_template_by_id_and_service_id
from app.errors import InvalidRequest, register_errors
from app.models import TemplateEmailFile
from app.schema_validation import validate
from app.schemas import template_email_files_schema
from app.template_email_files.template_email_files_schemas import (
    post_archive_template_email_files_schema,
    post_create_template_email_files_schema,
)































































































