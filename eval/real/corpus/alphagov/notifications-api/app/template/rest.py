import base64
from io import BytesIO

import botocore
from flask import Blueprint, current_app, jsonify, request
from flask.ctx import has_request_context
from notifications_utils import SMS_CHAR_COUNT_LIMIT
from notifications_utils.json import RelaxedContainerJSONEncoder as RCJSONEncoder
from notifications_utils.pdf import extract_page_from_pdf
from notifications_utils.template import (
    LetterPreviewTemplate,
    SMSMessageTemplate,
)
from pypdf.errors import PdfReadError
from requests import post as requests_post
from sqlalchemy.orm.exc import NoResultFound

from app.constants import LETTER_TYPE, QR_CODE_TOO_LONG, SECOND_CLASS, SMS_TYPE
from app.dao.notifications_dao import get_notification_by_id
from app.dao.services_dao import dao_fetch_service_by_id
from app.dao.template_email_files_dao import (
    dao_archive_template_email_file,
    dao_get_template_email_file_by_id,
    dao_get_template_email_files_by_template_id,
)
from app.dao.template_folder_dao import (
    dao_get_template_folder_by_id_and_service_id,
)
from app.dao.templates_dao import (
    dao_create_template,
    dao_get_all_templates_for_service,
    dao_get_template_by_id,
    dao_get_template_by_id_and_service_id,
    dao_get_template_versions,
    dao_redact_template,
    dao_update_template,
    get_precompiled_letter_template,
)
from app.errors import InvalidRequest, register_errors
from app.letters.utils import get_letter_pdf_and_metadata
from app.models import Template
from app.notifications.validators import check_service_letter_contact_id
from app.schema_validation import validate
from app.schemas import (
    template_history_schema,
    template_schema,
)
from app.template.template_schemas import (
    post_create_template_schema,
    post_update_template_schema,
)
from app.utils import get_public_notify_type_text



















































































































































































































































































































