from flask import (
    Blueprint,
    current_app,
    jsonify,
    make_response,
    redirect,
    request,
    send_file,
)
from notifications_utils.base64_uuid import base64_to_bytes
from notifications_utils.file_types import extension_from_mime_type, mime_type_from_extension
from notifications_utils.recipient_validation.errors import InvalidEmailError

from app import document_store, redis_client
from app.utils.files import split_filename
from app.utils.signed_data import (
    sign_service_and_document_id,
    verify_signed_service_and_document_id,
)
from app.utils.store import DocumentStoreError
from app.utils.urls import get_direct_file_url, get_frontend_download_url
from app.utils.validation import clean_and_validate_email_address

































































































































































































