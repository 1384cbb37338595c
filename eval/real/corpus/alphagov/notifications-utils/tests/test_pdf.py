import base64
from io import BytesIO

import pypdf
import pytest
from pypdf.errors import PdfReadError

from notifications_utils.pdf import (
    extract_page_from_pdf,
    is_letter_too_long,
    pdf_page_count,
)
from tests.pdf_consts import multi_page_pdf, not_pdf, one_page_pdf



























































