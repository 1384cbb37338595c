import base64
import itertools
import json
import uuid
from functools import partial
from io import BytesIO

from flask import (
    abort,
    current_app,
    flash,
    redirect,
    render_template,
    request,
    send_file,
    url_for,
)
from notifications_utils.insensitive_dict import InsensitiveDict
from notifications_utils.pdf import pdf_page_count
from notifications_utils.recipient_validation.postal_address import PostalAddress
from notifications_utils.recipients import RecipientCSV
from pypdf.errors import PdfReadError
from requests import RequestException

from app import (
    current_service,
    notification_api_client,
    template_preview_client,
    upload_api_client,
)
from app.main import main
from app.main.forms import CsvUploadForm, LetterUploadPostageForm, PDFUploadForm
from app.models.contact_list import ContactList
from app.s3_client.s3_letter_upload_client import (
    LetterNotFoundError,
    backup_original_letter_to_s3,
    get_letter_metadata,
    get_letter_pdf_and_metadata,
    get_transient_letter_file_location,
    upload_letter_to_s3,
)
from app.utils.csv import Spreadsheet, get_errors_for_csv
from app.utils.letters import (
    get_letter_printing_statement,
    get_letter_validation_error,
)
from app.utils.pagination import (
    generate_next_dict,
    generate_previous_dict,
    get_page_from_request,
)
from app.utils.templates import get_sample_template
from app.utils.user import user_has_permissions














































































































































































































































































































































































































































































